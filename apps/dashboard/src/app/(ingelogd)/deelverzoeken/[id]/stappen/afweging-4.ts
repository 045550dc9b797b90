import { standaardBeleid } from '@deelwijs/content';
import type { DossieraantekeningView } from '@deelwijs/contract';
import {
  type Afweging4Fase,
  type DeelverzoekProces,
  type Medewerker,
  type ProcesInFase,
  wachtOpMedewerker,
} from '@deelwijs/domain';

/** What every afweging-4 step gets: the process, who is looking, the deadline, and the file. */
export interface Afweging4Props<F extends Afweging4Fase> {
  proces: ProcesInFase<F>;
  wie: Medewerker;
  /** When the step now due must be done (the API computes it under the organisation's policy). */
  uiterlijk: string | null;
  aantekeningen: readonly DossieraantekeningView[];
}

/**
 * Whether the doorbreking waits for this person now. Who it waits for does not depend on the
 * policy's durations, so the standard policy serves; the deadlines shown come from the API.
 */
export const wachtOp = (p: DeelverzoekProces, wie: Medewerker): boolean =>
  wachtOpMedewerker(p, standaardBeleid, new Date().toISOString(), wie);
