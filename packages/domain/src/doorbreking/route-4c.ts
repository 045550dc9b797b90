import { beroepsgeheim, type UitzonderingId } from '@deelwijs/content/beroepsgeheim/beroepsgeheim';
import { bronAfweging } from '../regels/bron';

/** What the professional with medical or youth-care secrecy knows about the case (afweging 4c). */
export interface Situatie4c {
  /** The client (or representative) gave explicit consent. */
  toestemming: boolean;
  /** A law obliges to provide these data (e.g. the voogd or the Raad voor de Kinderbescherming asks). */
  wettelijkePlicht: boolean;
  /** A suspicion of huiselijk geweld or kindermishandeling: the meldrecht to Veilig Thuis. */
  meldrecht: boolean;
  /** All five conditions of a conflict van plichten hold. */
  conflictVanPlichten: boolean;
}

export type Route4c = UitzonderingId | 'niet-delen';

/** What a route asks before anything is shared. */
export interface Route4cEisen {
  route: Route4c;
  /** A doorbreking on conflict van plichten always needs the leidinggevende's signature. */
  akkoordLeidinggevende: boolean;
  /** Meldcode: consult a deskundige collega first, and record it. */
  deskundigeCollegaRaadplegen: boolean;
  /** Meldrecht: no signature, but the leidinggevende is told. */
  leidinggevendeInformeren: boolean;
  /** Review of the proposal by a deskundige collega (conflict van plichten). */
  collegialeToetsing: boolean;
  bron: string;
}

/** The ways through secrecy, in the order of the handbook's 4c chart; the first that holds is taken. */
const VOLGORDE: readonly { route: UitzonderingId; geldt: (s: Situatie4c) => boolean }[] = [
  { route: 'toestemming', geldt: (s) => s.toestemming },
  { route: 'wettelijke-plicht', geldt: (s) => s.wettelijkePlicht },
  { route: 'meldrecht', geldt: (s) => s.meldrecht },
  { route: 'conflict-van-plichten', geldt: (s) => s.conflictVanPlichten },
];

const uitzondering = (id: UitzonderingId) => beroepsgeheim.uitzonderingen.find((u) => u.id === id);

/**
 * Afweging 4c: secrecy opens only by consent, a legal duty, the meldrecht or a conflict van
 * plichten with all five conditions; otherwise nothing is shared. Whether a signature is needed
 * comes from the content (`vereistAkkoordLeidinggevende`).
 */
export function route4c(s: Situatie4c): Route4cEisen {
  const route = VOLGORDE.find((r) => r.geldt(s))?.route ?? 'niet-delen';
  return {
    route,
    akkoordLeidinggevende:
      route !== 'niet-delen' && uitzondering(route)?.vereistAkkoordLeidinggevende === true,
    deskundigeCollegaRaadplegen: route === 'meldrecht' || route === 'conflict-van-plichten',
    leidinggevendeInformeren: route === 'meldrecht',
    collegialeToetsing: route === 'conflict-van-plichten',
    bron: bronAfweging('4c'),
  };
}
