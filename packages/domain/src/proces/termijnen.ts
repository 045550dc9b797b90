import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import type { Afweging4Stand, DoorbrekingWacht, Toetser } from '../doorbreking/doorbreking.schema';
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

/** Whom the doorbreking of `p` waits on now and since when, or null when it waits on nobody. */
export function doorbrekingWacht(p: DeelverzoekProces): DoorbrekingWacht | null {
  if (p.status !== 'afweging-4') return null;
  const a4 = p.afweging4;
  switch (a4.fase) {
    case 'collegiale-toetsing':
      return { op: 'toetser', ...a4.toetsingsverzoek };
    case 'akkoord':
      return { op: 'leidinggevende', achteraf: false, spoed: a4.spoed, vanaf: a4.collegialeToetsing.op };
    case 'akkoord-achteraf':
      return { op: 'leidinggevende', achteraf: true, spoed: a4.spoed, vanaf: a4.acuut.op };
    default:
      return null;
  }
}

/** The clocks of one wait at `nu`: what `doorbrekingStand` says, without the process around it. */
export function wachtStand(
  beleid: Beleid,
  wacht: DoorbrekingWacht,
  nu: string,
  opties: WerkdagOptiesInvoer = {},
): Omit<DoorbrekingStand, 'wachtOp'> {
  const nuMs = naarMs(nu);
  const volgende = (...momenten: string[]) => momenten.find((m) => naarMs(m) > nuMs) ?? null;
  if (wacht.op === 'toetser') {
    const klok = collegialeToetsingKlok(beleid, wacht.gevraagdOp, opties);
    return {
      herinneren: isVerstreken(klok.herinnering, nu),
      escaleren: isVerstreken(klok.escalatie, nu),
      teLaat: false,
      volgendeControle: volgende(klok.herinnering, klok.escalatie),
    };
  }
  const uiterlijk = wacht.achteraf
    ? vitaalBelangKlok(beleid, wacht.vanaf, opties).akkoordUiterlijk
    : akkoordLeidinggevendeKlok(beleid, wacht.vanaf, wacht.spoed, opties).uiterlijk;
  return {
    herinneren: false,
    escaleren: false,
    teLaat: isVerstreken(uiterlijk, nu),
    volgendeControle: volgende(uiterlijk),
  };
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
  const wacht = doorbrekingWacht(p);
  if (!wacht) return null;
  const wachtOp: WachtOp =
    wacht.op === 'toetser'
      ? { op: 'toetser', toetser: wacht.toetser }
      : { op: 'leidinggevende', achteraf: wacht.achteraf };
  return { wachtOp, ...wachtStand(beleid, wacht, nu, opties) };
}
