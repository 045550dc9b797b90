import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { naarIso, naarMs, type Tijdstip } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import { tijdstipNa } from './termijnen';

/** One attempt to get consent; `beantwoord` means the client (or representative) said yes or no. */
export interface PogingMoment {
  op: Tijdstip;
  beantwoord: boolean;
  /**
   * After this attempt nobody is left to ask: every party that must consent answered, or one said
   * no. Absent on attempts told before the workflow knew it; then any answer counted as the last.
   */
  iedereenGeantwoord?: boolean;
}

/** Consent clock: remind when no attempt was recorded; prompt a decision (afweging 4a), never share. */
export function toestemmingsklok(
  beleid: Beleid,
  gestartOp: Tijdstip,
  opties: WerkdagOptiesInvoer = {},
): { herinneringZonderPoging: string; beslismoment: string } {
  return {
    herinneringZonderPoging: tijdstipNa(gestartOp, beleid.toestemming.herinneringZonderPoging, opties),
    beslismoment: tijdstipNa(gestartOp, beleid.toestemming.beslismomentZonderAntwoord, opties),
  };
}

export interface ToestemmingStand {
  /** Remind the casemanager: no attempt recorded and the reminder moment has passed. */
  herinneren: boolean;
  /** Why the casemanager must now decide (afweging 4a), or null. */
  beslissen: null | 'max-pogingen' | 'termijn-verstreken';
  /** When to look again (for a workflow timer), or null when this clock has nothing left to do. */
  volgendeControle: string | null;
}

/**
 * Where the consent clock stands at `nu`. It stops once nobody is left to ask; attempts dated
 * after `nu` are not yet known and do not count.
 */
export function toestemmingStand(
  beleid: Beleid,
  invoer: { gestartOp: Tijdstip; pogingen: readonly PogingMoment[] },
  nu: Tijdstip,
  opties: WerkdagOptiesInvoer = {},
): ToestemmingStand {
  const nuMs = naarMs(nu);
  const bekend = invoer.pogingen.filter((p) => naarMs(p.op) <= nuMs);
  if (bekend.some((p) => p.iedereenGeantwoord ?? p.beantwoord))
    return { herinneren: false, beslissen: null, volgendeControle: null };
  // An answer from one of several parties is no failed attempt; the maximum counts the unanswered.
  const zonderAntwoord = bekend.filter((p) => !p.beantwoord).length;

  const klok = toestemmingsklok(beleid, invoer.gestartOp, opties);
  const herinneringMs = naarMs(klok.herinneringZonderPoging);
  const beslisMs = naarMs(klok.beslismoment);
  const herinneren = bekend.length === 0 && nuMs >= herinneringMs;
  const beslissen =
    zonderAntwoord >= beleid.toestemming.maxPogingen
      ? 'max-pogingen'
      : nuMs >= beslisMs
        ? 'termijn-verstreken'
        : null;
  const toekomst = [
    bekend.length === 0 && nuMs < herinneringMs ? herinneringMs : undefined,
    beslissen === null ? beslisMs : undefined,
  ].filter((ms): ms is number => ms !== undefined);
  return {
    herinneren,
    beslissen,
    volgendeControle: toekomst.length > 0 ? naarIso(Math.min(...toekomst)) : null,
  };
}

/** Collegiale toetsing: a reminder to the reviewer, then escalation to the leidinggevende. */
export function collegialeToetsingKlok(
  beleid: Beleid,
  gevraagdOp: Tijdstip,
  opties: WerkdagOptiesInvoer = {},
): { herinnering: string; escalatie: string } {
  return {
    herinnering: tijdstipNa(gevraagdOp, beleid.collegialeToetsing.herinnering, opties),
    escalatie: tijdstipNa(gevraagdOp, beleid.collegialeToetsing.escalatie, opties),
  };
}

/** Akkoord leidinggevende: the normal term, or the short one when marked urgent (vitaal belang). */
export function akkoordLeidinggevendeKlok(
  beleid: Beleid,
  gevraagdOp: Tijdstip,
  spoed: boolean,
  opties: WerkdagOptiesInvoer = {},
): { uiterlijk: string } {
  const { termijn, termijnSpoed } = beleid.akkoordLeidinggevende;
  return { uiterlijk: tijdstipNa(gevraagdOp, spoed ? termijnSpoed : termijn, opties) };
}

/** Acute vitaal belang: shared first, the leidinggevende's signature must follow by this moment. */
export function vitaalBelangKlok(
  beleid: Beleid,
  gedeeldOp: Tijdstip,
  opties: WerkdagOptiesInvoer = {},
): { akkoordUiterlijk: string } {
  return { akkoordUiterlijk: tijdstipNa(gedeeldOp, beleid.vitaalBelang.akkoordAchteraf, opties) };
}

/** An approved postponement of informeren achteraf (see `valideerUitstel`). */
export interface UitstelPeriode {
  vanaf: Tijdstip;
  tot: Tijdstip;
}

/**
 * The deadline after approved uitstel periods. An uitstel only moves the deadline when it starts
 * on or before the deadline then in force: one granted after the deadline passed does not undo
 * the lateness.
 */
function uiterlijkMetUitstel(basisMs: number, uitstel: readonly UitstelPeriode[]): number {
  const gesorteerd = [...uitstel]
    .map((u) => ({ vanaf: naarMs(u.vanaf), tot: naarMs(u.tot) }))
    .sort((a, b) => a.vanaf - b.vanaf);
  let uiterlijk = basisMs;
  for (const u of gesorteerd) if (u.vanaf <= uiterlijk && u.tot > uiterlijk) uiterlijk = u.tot;
  return uiterlijk;
}

export interface InformerenAchterafKlok {
  /** Reminders from the policy, skipping those that fall inside an uitstel. */
  herinneringen: string[];
  /** When the client must have been told, after any uitstel. */
  uiterlijk: string;
  /** When each uitstel runs out and must be re-assessed. */
  herbeoordelingen: string[];
}

/** Informeren achteraf (AVG art. 14(3)): reminders, the deadline and uitstel re-assessments. */
export function informerenAchterafKlok(
  beleid: Beleid,
  gedeeldOp: Tijdstip,
  uitstel: readonly UitstelPeriode[] = [],
  opties: WerkdagOptiesInvoer = {},
): InformerenAchterafKlok {
  const basis = naarMs(tijdstipNa(gedeeldOp, beleid.informerenAchteraf.termijn, opties));
  const uiterlijk = uiterlijkMetUitstel(basis, uitstel);
  const binnenUitstel = (ms: number) => uitstel.some((u) => ms >= naarMs(u.vanaf) && ms < naarMs(u.tot));
  const herinneringen = beleid.informerenAchteraf.herinneringen
    .map((d) => naarMs(tijdstipNa(gedeeldOp, d, opties)))
    .filter((ms) => ms < uiterlijk && !binnenUitstel(ms))
    .sort((a, b) => a - b)
    .map(naarIso);
  const herbeoordelingen = uitstel
    .map((u) => naarMs(u.tot))
    .sort((a, b) => a - b)
    .map(naarIso);
  return { herinneringen, uiterlijk: naarIso(uiterlijk), herbeoordelingen };
}

/**
 * Whether the client was not told in time: still not informed at `nu` after the deadline, or
 * informed after it. The privacy officer's list shows the first kind.
 */
export function isTeLaat(
  beleid: Beleid,
  invoer: { gedeeldOp: Tijdstip; geinformeerdOp?: Tijdstip; uitstel?: readonly UitstelPeriode[] },
  nu: Tijdstip,
  opties: WerkdagOptiesInvoer = {},
): boolean {
  const { uiterlijk } = informerenAchterafKlok(beleid, invoer.gedeeldOp, invoer.uitstel ?? [], opties);
  const nuMs = naarMs(nu);
  const geinformeerdMs = invoer.geinformeerdOp === undefined ? undefined : naarMs(invoer.geinformeerdOp);
  const moment = geinformeerdMs !== undefined && geinformeerdMs <= nuMs ? geinformeerdMs : nuMs;
  return moment > naarMs(uiterlijk);
}
