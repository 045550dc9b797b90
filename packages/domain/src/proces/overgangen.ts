import { afweging1 } from '../afweging-1/afweging-1.opdrachten';
import { afweging2 } from '../afweging-2/afweging-2.opdrachten';
import { afweging3 } from '../afweging-3/afweging-3.opdrachten';
import { intrekken } from '../deelverzoek/deelverzoek.opdrachten';
import type { DeelverzoekStatus } from '../deelverzoek/deelverzoek.schema';
import {
  acuteVerstrekking,
  akkoordLeidinggevende,
  collegialeToetsing,
  doorbrekingsvoorstel,
  startAfweging4,
  toetserToewijzen,
  toetsingOppakken,
  voorstelWijzigen,
} from '../doorbreking/doorbreking.opdrachten';
import type { Afweging4Fase } from '../doorbreking/doorbreking.schema';
import {
  informerenAchteraf,
  uitstel,
  uitstelBesluit,
} from '../informeren-achteraf/informeren-achteraf.opdrachten';
import type { Resultaat } from '../regels/resultaat';
import {
  partijGeinformeerd,
  toestemmingIntrekken,
  toestemmingspoging,
} from '../toestemming/toestemming.opdrachten';
import { meldrechtOverleg, verstrekking } from '../verstrekking/verstrekking.opdrachten';
import type {
  DeelverzoekProces,
  OpdrachtSoort,
  OpdrachtVan,
  ProcesContext,
  ProcesIn,
  ProcesInFase,
  ProcesStap,
} from './proces.schema';

type Handler<P, K extends OpdrachtSoort> = (
  p: P,
  o: OpdrachtVan<K>,
  ctx: ProcesContext,
) => Resultaat<ProcesStap>;

/** One cell of the table: who handles the command there, and where it may lead. */
type Cel<S extends DeelverzoekStatus, K extends OpdrachtSoort> =
  | { handler: Handler<ProcesIn<S>, K>; fasen?: never; naar: readonly DeelverzoekStatus[] }
  | (S extends 'afweging-4' ? CelInFasen<FaseGroep, K> : never);

/** The phases a command of afweging 4 may belong to together; a new group is one entry. */
type FaseGroep =
  | { [F in Afweging4Fase]: readonly [F] }[Afweging4Fase]
  | readonly ['collegiale-toetsing', 'akkoord']
  | readonly ['akkoord', 'akkoord-achteraf'];

/** Within afweging 4 a command belongs to some phases of the doorbreking, and handles only those. */
type CelInFasen<G extends FaseGroep, K extends OpdrachtSoort> = G extends unknown
  ? { fasen: G; handler: Handler<ProcesInFase<G[number]>, K>; naar: readonly DeelverzoekStatus[] }
  : never;

type Overgangen = {
  readonly [S in DeelverzoekStatus]?: { readonly [K in OpdrachtSoort]?: Cel<S, K> };
};

/** In every open status: withdrawing, and afweging 1, whose own rule refuses a second answer. */
const inElkeOpenStatus = {
  'afweging-1': { handler: afweging1, naar: [] },
  intrekken: { handler: intrekken, naar: ['ingetrokken'] },
} as const;

/**
 * Handbook chapter 4 as data: per status, which command may be given, what handles it, and where
 * it may lead. A closed status takes no command. A new kind of command is one row and one handler.
 */
export const overgangen = {
  'afweging-1': {
    ...inElkeOpenStatus,
    'afweging-1': { handler: afweging1, naar: ['afweging-2', 'doorverwezen'] },
  },
  'afweging-2': {
    ...inElkeOpenStatus,
    'afweging-2': { handler: afweging2, naar: ['afweging-3', 'niet-gedeeld'] },
  },
  'afweging-3': {
    ...inElkeOpenStatus,
    'afweging-3': { handler: afweging3, naar: ['toestemming', 'verstrekking', 'niet-gedeeld'] },
  },
  toestemming: {
    ...inElkeOpenStatus,
    toestemmingspoging: { handler: toestemmingspoging, naar: ['toestemming', 'verstrekking'] },
    'toestemming-intrekken': { handler: toestemmingIntrekken, naar: ['toestemming'] },
    'partij-geinformeerd': { handler: partijGeinformeerd, naar: ['toestemming'] },
    'start-afweging-4': { handler: startAfweging4, naar: ['afweging-4'] },
  },
  'afweging-4': {
    ...inElkeOpenStatus,
    'partij-geinformeerd': { handler: partijGeinformeerd, naar: ['afweging-4'] },
    doorbrekingsvoorstel: {
      fasen: ['voorstel'],
      handler: doorbrekingsvoorstel,
      naar: ['afweging-4', 'afweging-3', 'niet-gedeeld'],
    },
    'acute-verstrekking': { fasen: ['voorstel'], handler: acuteVerstrekking, naar: ['afweging-4'] },
    'voorstel-wijzigen': {
      fasen: ['collegiale-toetsing', 'akkoord'],
      handler: voorstelWijzigen,
      naar: ['afweging-4', 'afweging-3', 'niet-gedeeld'],
    },
    'toetser-toewijzen': { fasen: ['collegiale-toetsing'], handler: toetserToewijzen, naar: ['afweging-4'] },
    'toetsing-oppakken': { fasen: ['collegiale-toetsing'], handler: toetsingOppakken, naar: ['afweging-4'] },
    'collegiale-toetsing': {
      fasen: ['collegiale-toetsing'],
      handler: collegialeToetsing,
      naar: ['afweging-4'],
    },
    'akkoord-leidinggevende': {
      fasen: ['akkoord', 'akkoord-achteraf'],
      handler: akkoordLeidinggevende,
      naar: ['verstrekking', 'niet-gedeeld', 'informeren-achteraf', 'gedeeld-zonder-toestemming'],
    },
  },
  verstrekking: {
    ...inElkeOpenStatus,
    'partij-geinformeerd': { handler: partijGeinformeerd, naar: ['verstrekking'] },
    'meldrecht-overleg': { handler: meldrechtOverleg, naar: ['verstrekking'] },
    verstrekking: {
      handler: verstrekking,
      naar: ['gedeeld-met-toestemming', 'gedeeld-zonder-toestemming', 'informeren-achteraf'],
    },
    'toestemming-intrekken': { handler: toestemmingIntrekken, naar: ['verstrekking', 'toestemming'] },
  },
  'informeren-achteraf': {
    ...inElkeOpenStatus,
    // Shared already: withdrawing has its own rule, which refuses.
    intrekken: { handler: intrekken, naar: [] },
    'partij-geinformeerd': { handler: partijGeinformeerd, naar: ['informeren-achteraf'] },
    uitstel: { handler: uitstel, naar: ['informeren-achteraf'] },
    'uitstel-besluit': { handler: uitstelBesluit, naar: ['informeren-achteraf'] },
    'informeren-achteraf': { handler: informerenAchteraf, naar: ['gedeeld-zonder-toestemming'] },
  },
} as const satisfies Overgangen;

type Tabel = typeof overgangen;

/** The statuses the table lets a process in status S move to (checked by the compiler where used). */
export type NaarVan<S extends DeelverzoekStatus> = S extends keyof Tabel
  ? { [K in keyof Tabel[S]]: Tabel[S][K] extends { naar: readonly (infer N)[] } ? N : never }[keyof Tabel[S]]
  : never;

/** A cell as `voerUit` uses it, once the status, the kind and the phase are known to match. */
export interface GevondenCel {
  handler: (p: DeelverzoekProces, o: OpdrachtVan<OpdrachtSoort>, ctx: ProcesContext) => Resultaat<ProcesStap>;
  fasen?: readonly Afweging4Fase[];
  naar: readonly DeelverzoekStatus[];
}

/** The table's cell for this status and command, if the table has one. */
export function celVoor(status: DeelverzoekStatus, soort: OpdrachtSoort): GevondenCel | undefined {
  const tabel: Overgangen = overgangen;
  // The table's type binds each handler to its status, kind and phase; voerUit checks all three first.
  return tabel[status]?.[soort] as GevondenCel | undefined;
}
