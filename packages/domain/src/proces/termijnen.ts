import type { Beleid } from '@deelwijs/content';
import type { Afweging4Stand } from '../doorbreking/doorbreking.schema';
import {
  akkoordLeidinggevendeKlok,
  collegialeToetsingKlok,
  type InformerenAchterafKlok,
  informerenAchterafKlok,
  toestemmingsklok,
  vitaalBelangKlok,
} from '../termijnen/klokken';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import type { DeelverzoekProces } from './proces.schema';

/** The clock that runs in the current step, with its due moments (from the organisation's policy). */
export type Procestermijn =
  | { klok: 'toestemming'; herinneringZonderPoging: string; beslismoment: string }
  | { klok: 'collegiale-toetsing'; herinnering: string; escalatie: string }
  | { klok: 'akkoord-leidinggevende'; uiterlijk: string; spoed: boolean }
  /** Shared at once in acute danger: the signature must follow by `uiterlijk`. */
  | { klok: 'akkoord-achteraf'; uiterlijk: string }
  | ({ klok: 'informeren-achteraf' } & InformerenAchterafKlok);

/** Which clock runs now, or null when none does (a weighing step, or closed). */
export function procestermijn(
  p: DeelverzoekProces,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer = {},
): Procestermijn | null {
  switch (p.status) {
    case 'toestemming':
      return { klok: 'toestemming', ...toestemmingsklok(beleid, p.toestemmingGevraagdVanaf, opties) };
    case 'afweging-4':
      return doorbrekingstermijn(p.afweging4, beleid, opties);
    case 'informeren-achteraf':
      return {
        klok: 'informeren-achteraf',
        ...informerenAchterafKlok(beleid, p.verstrekking.op, p.uitstel, opties),
      };
    default:
      return null;
  }
}

/**
 * In afweging 4 the reviewer's clock runs from the review request (reminder, then escalation to the
 * leidinggevende), then the signer's from the review (short when urgent), or after an acute
 * verstrekking the signature's from that verstrekking. None while the proposal is being written.
 */
export function doorbrekingstermijn(
  a4: Afweging4Stand,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer,
): Procestermijn | null {
  switch (a4.fase) {
    case 'collegiale-toetsing':
      return {
        klok: 'collegiale-toetsing',
        ...collegialeToetsingKlok(beleid, a4.toetsingsverzoek.gevraagdOp, opties),
      };
    case 'akkoord': {
      const { uiterlijk } = akkoordLeidinggevendeKlok(beleid, a4.collegialeToetsing.op, a4.spoed, opties);
      return { klok: 'akkoord-leidinggevende', uiterlijk, spoed: a4.spoed };
    }
    case 'akkoord-achteraf':
      // Once decided the process has left afweging 4; here the signature is still due.
      return {
        klok: 'akkoord-achteraf',
        uiterlijk: vitaalBelangKlok(beleid, a4.acuut.op, opties).akkoordUiterlijk,
      };
    default:
      return null;
  }
}
