import {
  EigenWerkGroepId,
  handtekeningSignaalLabel,
  informerenAchterafRouteLabel,
  type ToezichtWerkGroepId,
} from '@deelwijs/content';
import type {
  DeelverzoekView,
  HandtekeningSignaal,
  InformerenAchterafSignaal,
  ToestemmingVastgelopenSignaal,
} from '@deelwijs/contract';

/** One group of a werkvoorraad: its kind and its items, the most urgent first. */
export interface Groep<G, T> {
  groep: G;
  items: T[];
}

/** A deadline to sort by; none sorts last (nothing presses). */
const moment = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/** The earliest deadline first; a stable sort, so equal deadlines keep the API's order. */
const eerstDe = <T>(items: T[], wanneer: (t: T) => string | null) =>
  [...items].sort((a, b) => moment(wanneer(a)) - moment(wanneer(b)));

/** The groups in content's order, without those that stay empty. */
const inVolgorde = <G extends string, T>(volgorde: readonly G[], van: (t: T) => G, items: T[]) =>
  volgorde
    .map((groep) => ({ groep, items: items.filter((t) => van(t) === groep) }))
    .filter((g) => g.items.length > 0);

/** Where no clock runs, the step a deelverzoek stands in says what its casemanager does next. */
const zonderKlok = (status: DeelverzoekView['status']): EigenWerkGroepId =>
  status === 'verstrekking'
    ? 'verstrekken'
    : status === 'toestemming'
      ? 'toestemming-vragen'
      : status === 'informeren-achteraf'
        ? 'informeren-achteraf'
        : 'afwegen';

/**
 * What an open deelverzoek asks of its casemanager: its next action, or the step it stands in when
 * no clock runs. A next action content does not know (a newer API) falls back to the step, so the
 * deelverzoek is still shown.
 */
export const eigenWerkGroep = (d: Pick<DeelverzoekView, 'volgendeActie' | 'status'>): EigenWerkGroepId => {
  const groep = EigenWerkGroepId.safeParse(d.volgendeActie);
  return groep.success ? groep.data : zonderKlok(d.status);
};

/** A casemanager's own open deelverzoeken by what must happen next, the nearest deadline first in each. */
export const eigenWerkInGroepen = (
  deelverzoeken: DeelverzoekView[],
): Groep<EigenWerkGroepId, DeelverzoekView>[] =>
  inVolgorde(
    EigenWerkGroepId.options,
    eigenWerkGroep,
    eerstDe(deelverzoeken, (d) => d.volgendeActieOp),
  );

/** One thing the privacy officer must look at, from one of the toezicht's lists. */
export interface ToezichtItem {
  deelverzoekId: string;
  pseudoniem: string;
  team: string;
  /** Why it is on the list, in content's words. */
  waarom: string;
  /** The deadline that passed or comes; null when nothing is awaited any more (refused afterwards). */
  uiterlijk: string | null;
  /** The policy set that deadline in werkdagen. */
  inWerkdagen: boolean;
  /** When a leidinggevende refused afterwards. */
  afgewezenOp: string | null;
}

export interface ToezichtLijsten {
  informeren: InformerenAchterafSignaal[];
  handtekeningen: HandtekeningSignaal[];
  vastgelopen: ToestemmingVastgelopenSignaal[];
}

const pogingen = (n: number) =>
  n === 0 ? 'Cliënt nog niet gevraagd' : `Toestemming ${n === 1 ? '1 keer' : `${n} keer`} gevraagd`;

/**
 * The privacy officer's werkvoorraad from the toezicht's lists: clients to be told afterwards, then
 * late or refused signatures, then stalled consent; in each the longest overdue first. A signature
 * refused afterwards no longer has a deadline: it stands first, by when it was refused.
 */
export const toezichtWerkInGroepen = (l: ToezichtLijsten): Groep<ToezichtWerkGroepId, ToezichtItem>[] => {
  const groepen: Groep<ToezichtWerkGroepId, ToezichtItem>[] = [
    {
      groep: 'informeren-achteraf',
      items: eerstDe(l.informeren, (s) => s.uiterlijk).map((s) => ({
        deelverzoekId: s.deelverzoekId,
        pseudoniem: s.client.pseudoniem,
        team: s.team,
        waarom: informerenAchterafRouteLabel[s.route],
        uiterlijk: s.uiterlijk,
        inWerkdagen: s.inWerkdagen,
        afgewezenOp: null,
      })),
    },
    {
      groep: 'handtekening',
      items: [
        ...eerstDe(
          l.handtekeningen.filter((s) => s.uiterlijk === null),
          (s) => s.afgewezenOp,
        ),
        ...eerstDe(
          l.handtekeningen.filter((s) => s.uiterlijk !== null),
          (s) => s.uiterlijk,
        ),
      ].map((s) => ({
        deelverzoekId: s.deelverzoekId,
        pseudoniem: s.client.pseudoniem,
        team: s.team,
        waarom: handtekeningSignaalLabel[s.signaal],
        uiterlijk: s.uiterlijk,
        inWerkdagen: s.inWerkdagen,
        afgewezenOp: s.afgewezenOp,
      })),
    },
    {
      groep: 'toestemming-vastgelopen',
      items: eerstDe(l.vastgelopen, (s) => s.sinds).map((s) => ({
        deelverzoekId: s.deelverzoekId,
        pseudoniem: s.client.pseudoniem,
        team: s.team,
        waarom: pogingen(s.pogingen),
        uiterlijk: s.sinds,
        inWerkdagen: false,
        afgewezenOp: null,
      })),
    },
  ];
  return groepen.filter((g) => g.items.length > 0);
};
