import type { DossieraantekeningView } from '@deelwijs/contract';
import {
  type Afweging4Fase,
  type DeelverzoekProces,
  type Medewerker,
  type ProcesInFase,
  werkVoorMedewerker,
} from '@deelwijs/domain';

/** What every afweging-4 step gets: the process, who is looking, the deadline, and the file. */
export interface Afweging4Props<F extends Afweging4Fase> {
  proces: ProcesInFase<F>;
  wie: Medewerker;
  /** When the step now due must be done (the API computes it under the organisation's policy). */
  uiterlijk: string | null;
  aantekeningen: readonly DossieraantekeningView[];
}

/** Whether the doorbreking waits for this person now (the same rule the werkvoorraad uses). */
export const wachtOp = (p: DeelverzoekProces, wie: Medewerker): boolean =>
  werkVoorMedewerker(p, wie) !== null;
