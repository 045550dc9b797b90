import { statusLabel } from '../deelverzoek/deelverzoek.schema';
import { EERSTE_STATUS, type StartDeelverzoek, startDeelverzoek } from '../deelverzoek/start';
import { controleerOpdrachtRol } from '../functiescheiding/opdracht-rollen';
import type { Professional } from '../professional/professional.schema';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import type { Client } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { celVoor } from './overgangen';
import { type DeelverzoekProces, Opdracht, type ProcesContext, type ProcesStap } from './proces.schema';

const BRON_PROCES = 'Handleiding hoofdstuk 4 (de afwegingen in volgorde)';

/**
 * Runs one command on a deelverzoek: refuses it with Dutch violations (each citing its source),
 * or returns the new state and the dossieraantekeningen to write. Pure: same input, same output.
 */
export function voerUit(p: DeelverzoekProces, invoer: Opdracht, ctx: ProcesContext): Resultaat<ProcesStap> {
  const parsed = Opdracht.safeParse(invoer);
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
  // The status first: a step that cannot happen now says so, whoever asks.
  const rol = controleerOpdrachtRol(o.soort, ctx.door);
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
