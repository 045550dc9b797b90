import type { Actor, Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import { type Deelverzoek, type DeelverzoekStatus, NieuwDeelverzoek } from './deelverzoek.schema';

/** Where every deelverzoek begins: does the question belong to me? */
export const EERSTE_STATUS = 'afweging-1' satisfies DeelverzoekStatus;

export interface StartDeelverzoek {
  id: string;
  aanvraag: NieuwDeelverzoek;
  door: Actor;
  /** ISO timestamp supplied by the caller: the domain has no clock. */
  op: string;
  contentVersie: string;
  beleidVersie: string;
}

export interface DeelverzoekStap {
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
}

/** Ids are derived from the deelverzoek and a sequence, so a retried write is recognised as the same entry. */
export const aantekeningId = (deelverzoekId: string, volgnummer: number): string =>
  `${deelverzoekId}:${String(volgnummer).padStart(4, '0')}`;

/** Opens a deelverzoek at afweging 1 and writes its first dossieraantekening. */
export function startDeelverzoek(start: StartDeelverzoek): DeelverzoekStap {
  const aanvraag = NieuwDeelverzoek.parse(start.aanvraag);
  const deelverzoek: Deelverzoek = {
    ...aanvraag,
    id: start.id,
    status: EERSTE_STATUS,
    aangemaaktDoor: start.door,
    aangemaaktOp: start.op,
    contentVersie: start.contentVersie,
    beleidVersie: start.beleidVersie,
  };
  const ontvangers = aanvraag.ontvangers.map((o) => (o.rol ? `${o.organisatie} (${o.rol})` : o.organisatie));
  return {
    deelverzoek,
    aantekeningen: [
      {
        id: aantekeningId(start.id, 1),
        deelverzoekId: start.id,
        clientId: aanvraag.clientId,
        soort: 'deelverzoek-gestart',
        tekst: `Deelverzoek gestart. Doel: ${aanvraag.doel} Beoogde ontvangers: ${ontvangers.join(', ')}.`,
        door: start.door,
        op: start.op,
        contentVersie: start.contentVersie,
        beleidVersie: start.beleidVersie,
      },
    ],
  };
}
