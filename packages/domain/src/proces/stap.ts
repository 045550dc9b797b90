import { isAfgesloten, statusLabel } from '../deelverzoek/deelverzoek.schema';
import { aantekeningId } from '../deelverzoek/start';
import type { AantekeningSoort, Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import { gelukt, type Resultaat } from '../regels/resultaat';
import type { DeelverzoekProces, ProcesContext, ProcesStap } from './proces.schema';

/** One dossieraantekening a step writes. */
export interface Notitie {
  soort: AantekeningSoort;
  tekst: string;
}

type ZonderDossiervelden<T> = T extends unknown ? Omit<T, 'deelverzoek' | 'volgnummer'> : never;

/** The next state as a handler writes it, by status; the deelverzoek and the numbering follow from it. */
export type Volgende = ZonderDossiervelden<DeelverzoekProces>;

/**
 * Moves the process to its next state, writes its dossieraantekeningen with consecutive ids, and
 * closes the file with an afsluiting when the new status is a closed one: no outcome without its entry.
 */
export function stapNaar(
  vorige: DeelverzoekProces,
  ctx: ProcesContext,
  volgende: Volgende,
  notities: readonly Notitie[],
  ontvangers = vorige.deelverzoek.ontvangers,
): ProcesStap {
  const { status } = volgende;
  const alle =
    isAfgesloten(status) && !notities.some((n) => n.soort === 'afsluiting')
      ? [...notities, { soort: 'afsluiting' as const, tekst: `${statusLabel[status]}.` }]
      : notities;
  const d = vorige.deelverzoek;
  const aantekeningen: Dossieraantekening[] = alle.map((n, i) => ({
    id: aantekeningId(d.id, vorige.volgnummer + 1 + i),
    deelverzoekId: d.id,
    clientId: d.clientId,
    soort: n.soort,
    tekst: n.tekst,
    door: { gebruikerId: ctx.door.gebruikerId },
    op: ctx.op,
    contentVersie: d.contentVersie,
    beleidVersie: d.beleidVersie,
  }));
  const deelverzoek = { ...d, ontvangers, status };
  // The owner stays with the process through every step, whatever shape the handler built.
  const eigenaar = volgende.eigenaar ?? vorige.eigenaar;
  const proces = {
    ...volgende,
    ...(eigenaar ? { eigenaar } : {}),
    deelverzoek,
    volgnummer: vorige.volgnummer + alle.length,
  };
  return { proces, deelverzoek, aantekeningen };
}

/** A step that goes through, as a handler returns it. */
export const naar = (...args: Parameters<typeof stapNaar>): Resultaat<ProcesStap> =>
  gelukt(stapNaar(...args));
