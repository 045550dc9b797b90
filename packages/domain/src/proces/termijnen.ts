import type { Beleid } from '@deelwijs/content';
import type { Afweging4In, Afweging4Stand, Toetser } from '../doorbreking/doorbreking.schema';
import {
  akkoordLeidinggevendeKlok,
  collegialeToetsingKlok,
  type InformerenAchterafKlok,
  informerenAchterafKlok,
  toestemmingsklok,
  vitaalBelangKlok,
} from '../termijnen/klokken';
import { isVerstreken } from '../termijnen/termijnen';
import { naarMs } from '../werkdagen/amsterdam-tijd';
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

/** The clocks of afweging 4. */
export type Doorbrekingstermijn = Extract<
  Procestermijn,
  { klok: 'collegiale-toetsing' | 'akkoord-leidinggevende' | 'akkoord-achteraf' }
>;

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
): Doorbrekingstermijn | null {
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

/** Who a doorbreking waits for: the reviewer it lies with (a collega or the pool), or a leidinggevende. */
export type WachtOp = { op: 'toetser'; toetser: Toetser } | { op: 'leidinggevende'; achteraf: boolean };

/** Where the clocks of a doorbreking stand at `nu`, for the workflow's timers and reminders. */
export interface DoorbrekingStand {
  wachtOp: WachtOp;
  /** The reviewer's reminder moment has passed. */
  herinneren: boolean;
  /** The review is overdue: escalate to the leidinggevende. */
  escaleren: boolean;
  /** The signature is overdue: remind, and put it on the privacy officer's list. */
  teLaat: boolean;
  /** When to look again, or null when every moment has passed. */
  volgendeControle: string | null;
}

/**
 * Pure: the state of a doorbreking's clocks at `nu` (PRODUCT.md: reviewer reminded after 1 working
 * day, escalated after 2; signature due in 2 working days, 4 hours when urgent, 1 working day after
 * acute sharing). Null when no doorbreking waits for someone.
 */
export function doorbrekingStand(
  p: DeelverzoekProces,
  beleid: Beleid,
  nu: string,
  opties: WerkdagOptiesInvoer = {},
): DoorbrekingStand | null {
  if (p.status !== 'afweging-4') return null;
  const termijn = doorbrekingstermijn(p.afweging4, beleid, opties);
  if (!termijn) return null;
  const nuMs = naarMs(nu);
  const volgende = (...momenten: string[]) => momenten.find((m) => naarMs(m) > nuMs) ?? null;
  if (termijn.klok === 'collegiale-toetsing') {
    const toetser = (p.afweging4 as Afweging4In<'collegiale-toetsing'>).toetsingsverzoek.toetser;
    return {
      wachtOp: { op: 'toetser', toetser },
      herinneren: isVerstreken(termijn.herinnering, nu),
      escaleren: isVerstreken(termijn.escalatie, nu),
      teLaat: false,
      volgendeControle: volgende(termijn.herinnering, termijn.escalatie),
    };
  }
  return {
    wachtOp: { op: 'leidinggevende', achteraf: termijn.klok === 'akkoord-achteraf' },
    herinneren: false,
    escaleren: false,
    teLaat: isVerstreken(termijn.uiterlijk, nu),
    volgendeControle: volgende(termijn.uiterlijk),
  };
}
