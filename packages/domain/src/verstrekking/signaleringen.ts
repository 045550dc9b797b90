import type { ProcesIn } from '../proces/proces.schema';
import { type Overtreding, overtreding } from '../regels/resultaat';
import { partijLabel } from '../toestemming/toestemming';
import { partijSleutel } from '../vertegenwoordiging/wie-moet-toestemmen';

/**
 * The parties to be told rather than asked who are not yet recorded as told: a verstrekking now is
 * flagged with these, not blocked. Exported so a screen can warn before the professional shares.
 */
export function verstrekkingSignaleringen(p: ProcesIn<'verstrekking' | 'afweging-4'>): Overtreding[] {
  const wie = p.wieMoetToestemmen;
  if (!wie) return [];
  const gedaan = new Set((p.geinformeerd ?? []).map((g) => partijSleutel(g.partij)));
  return wie.informeren
    .filter((partij) => !gedaan.has(partijSleutel(partij)))
    .map((partij) =>
      overtreding(
        'partij-niet-geinformeerd',
        `Er is gedeeld voordat vastlag dat ${partijLabel(partij)} op een passende manier is verteld wat er gebeurt.`,
        wie.bron,
      ),
    );
}
