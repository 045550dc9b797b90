import { statusLabel } from '../deelverzoek/deelverzoek.schema';
import { EERSTE_STATUS, type StartDeelverzoek, startDeelverzoek } from '../deelverzoek/start';
import { opdrachtVan_2025_1 } from '../doorbreking/voorstel-2025-1';
import { controleerOpdrachtRol } from '../functiescheiding/opdracht-rollen';
import type { Professional } from '../professional/professional.schema';
import { doorbrekingInStappen } from '../regels/regelversie';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import type { Client } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { celVoor } from './overgangen';
import { type DeelverzoekProces, Opdracht, type ProcesContext, type ProcesStap } from './proces.schema';

const BRON_PROCES = 'Handleiding hoofdstuk 4 (de afwegingen in volgorde)';

/**
 * Reads a command with the shapes its process knows: one of an older content version keeps the
 * shapes it started with (its history replays them), and also takes today's.
 */
export const leesOpdracht = (p: DeelverzoekProces, invoer: unknown) =>
  Opdracht.safeParse(doorbrekingInStappen(p) ? invoer : opdrachtVan_2025_1(invoer));

/**
 * Runs one command on a deelverzoek: refuses it with Dutch violations (each citing its source),
 * or returns the new state and the dossieraantekeningen to write. Pure: same input, same output.
 */
export function voerUit(p: DeelverzoekProces, invoer: Opdracht, ctx: ProcesContext): Resultaat<ProcesStap> {
  const inStappen = doorbrekingInStappen(p);
  const parsed = leesOpdracht(p, invoer);
  if (!parsed.success) {
    return geweigerd(
      ...parsed.error.issues.map((i) =>
        overtreding('ongeldige-invoer', `${i.path.join('.')}: ${i.message}`, BRON_PROCES),
      ),
    );
  }
  const o = parsed.data;
  const cel = celVoor(p.status, o.soort);
  if (!cel || (cel.fasen !== undefined && !cel.fasen.some((f) => f === p.afweging4?.fase))) {
    return geweigerd(
      overtreding(
        'opdracht-past-niet-bij-status',
        `Dit kan nu niet: het deelverzoek staat op "${statusLabel[p.status]}"${p.afweging4 ? ` (fase ${p.afweging4.fase})` : ''}.`,
        BRON_PROCES,
      ),
    );
  }
  // The status first: a step that cannot happen now says so, whoever asks. Roles per command bind
  // from the content version that introduced them.
  const rol = inStappen ? controleerOpdrachtRol(o.soort, ctx.door) : undefined;
  if (rol) return geweigerd(rol);
  return cel.handler(p, o, ctx);
}

export interface StartProces {
  start: StartDeelverzoek;
  client: Client;
  professional: Professional;
}

/** Opens the process at afweging 1 with the first dossieraantekening. */
export function startProces({ start, client, professional }: StartProces): ProcesStap {
  const { deelverzoek, aantekeningen } = startDeelverzoek(start);
  const proces: DeelverzoekProces = {
    status: EERSTE_STATUS,
    deelverzoek,
    volgnummer: aantekeningen.length,
    client,
    professional,
    pogingen: [],
    toestemmingen: [],
    uitstel: [],
  };
  return { proces, deelverzoek, aantekeningen };
}
