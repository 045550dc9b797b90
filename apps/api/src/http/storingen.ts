import { databasefoutIn, isDatabaseNietBereikbaar } from '@deelwijs/db';
import {
  isGrpcServiceError,
  NamespaceNotFoundError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { type ProblemException, problemen } from './problem';

/**
 * The one place that decides what an error of a part (database, Temporal) means for the caller. "Not
 * now" (a part is away or too slow) becomes a 503 with Retry-After, so a caller tries again instead of
 * seeing a 500; a value the database cannot store (SQLSTATE class 22) is bad input, a 400.
 */

// gRPC status codes: CANCELLED 1, DEADLINE_EXCEEDED 4, RESOURCE_EXHAUSTED 8, ABORTED 10, UNAVAILABLE 14.
const GRPC_VOORBIJGAAND = new Set([1, 4, 8, 10, 14]);

function temporalNietBereikbaar(fout: unknown): boolean {
  let huidige = fout;
  for (let i = 0; i < 6 && huidige; i++) {
    if (isGrpcServiceError(huidige) && GRPC_VOORBIJGAAND.has(huidige.code)) return true;
    if (huidige instanceof NamespaceNotFoundError) return true;
    huidige = (huidige as { cause?: unknown }).cause;
  }
  return false;
}

export const DATABASE_WEG =
  'De database is even niet bereikbaar. Er is niets verloren gegaan; probeer het over een paar seconden opnieuw.';
export const TEMPORAL_WEG =
  'De procesverwerking (Temporal) is even niet bereikbaar. Er is niets verloren gegaan; probeer het over een paar seconden opnieuw.';
export const VERWERKING_TRAAG =
  'De verwerking reageert nu niet op tijd. Mogelijk wordt de stap alsnog vastgelegd zodra de verwerking weer draait: kijk in het dossier voordat u hem opnieuw doet.';

export const WAARDE_ONMOGELIJK =
  'Een van de ingevulde waarden kan niet worden opgeslagen, bijvoorbeeld een datum die niet bestaat. Er is niets opgeslagen; controleer de invoer.';

/** The problem for an error whose meaning is known (a part away, a value the database refuses), else undefined. */
export function alsStoring(fout: unknown): ProblemException | undefined {
  if (databasefoutIn(fout)?.code.startsWith('22')) return problemen.ongeldigeInvoer([], WAARDE_ONMOGELIJK);
  if (fout instanceof WorkflowUpdateRPCTimeoutOrCancelledError)
    return problemen.nietBeschikbaar(VERWERKING_TRAAG, { cause: fout });
  if (temporalNietBereikbaar(fout)) return problemen.nietBeschikbaar(TEMPORAL_WEG, { cause: fout });
  if (isDatabaseNietBereikbaar(fout)) return problemen.nietBeschikbaar(DATABASE_WEG, { cause: fout });
  return undefined;
}
