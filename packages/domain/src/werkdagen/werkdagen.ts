import {
  type Datum,
  dagnummer,
  naarDatum,
  naarIso,
  naarLokaal,
  naarMs,
  type Tijdstip,
  vanLokaal,
  weekdag,
} from './amsterdam-tijd';
import { feestdagen, WerkdagOpties, type WerkdagOptiesInvoer } from './feestdagen';

const ALLEEN_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Decides working days for one set of options; remembers holidays per year within one call. */
function werkdagKeurder(opties: WerkdagOptiesInvoer): (dagnr: number) => boolean {
  const o = WerkdagOpties.parse(opties);
  const extra = new Set(o.extraVrijeDagen.map(dagnummer));
  const perJaar = new Map<number, Set<number>>();
  return (dagnr) => {
    const wd = weekdag(dagnr);
    if (wd === 0 || wd === 6 || extra.has(dagnr)) return false;
    const jaar = Number(naarDatum(dagnr).slice(0, 4));
    let vrij = perJaar.get(jaar);
    if (!vrij) {
      vrij = new Set(feestdagen(jaar, o).map((f) => dagnummer(f.datum)));
      perJaar.set(jaar, vrij);
    }
    return !vrij.has(dagnr);
  };
}

/**
 * Whether a day is a working day: Monday–Friday, not a Dutch public holiday and not an extra free
 * day of the organisation. A `JJJJ-MM-DD` string is a calendar date; a moment counts by its date
 * in Amsterdam.
 */
export function isWerkdag(datumOfTijdstip: Datum | Tijdstip, opties: WerkdagOptiesInvoer = {}): boolean {
  const dagnr =
    typeof datumOfTijdstip === 'string' && ALLEEN_DATUM.test(datumOfTijdstip)
      ? dagnummer(datumOfTijdstip)
      : naarLokaal(naarMs(datumOfTijdstip)).dagnr;
  return werkdagKeurder(opties)(dagnr);
}

/**
 * The deadline `n` working days after `start`, in Amsterdam time:
 * - start on a working day: the same wall-clock time on the n-th working day after the start's
 *   date (Friday 15:00 + 1 → Monday 15:00);
 * - start on a weekend or holiday: the clock starts at 00:00 of the next working day, so the
 *   professional gets n whole working days (Saturday 10:00 + 1 → Tuesday 00:00);
 * - n = 0 gives that (possibly moved) start.
 * The result always lies on a working day; working days never have a DST switch, so the
 * wall-clock time always exists.
 */
export function telWerkdagenOp(start: Tijdstip, n: number, opties: WerkdagOptiesInvoer = {}): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Het aantal werkdagen moet een geheel getal van 0 of meer zijn, niet ${n}.`);
  }
  const isWerk = werkdagKeurder(opties);
  let { dagnr, tijd } = naarLokaal(naarMs(start));
  if (!isWerk(dagnr)) {
    do dagnr++;
    while (!isWerk(dagnr));
    tijd = { uur: 0, minuut: 0, seconde: 0, milliseconde: 0 };
  }
  for (let geteld = 0; geteld < n; ) {
    dagnr++;
    if (isWerk(dagnr)) geteld++;
  }
  return naarIso(vanLokaal(dagnr, tijd));
}

/** The first working day on or after a date. */
export function eerstvolgendeWerkdag(datum: Datum, opties: WerkdagOptiesInvoer = {}): Datum {
  const isWerk = werkdagKeurder(opties);
  let dagnr = dagnummer(datum);
  while (!isWerk(dagnr)) dagnr++;
  return naarDatum(dagnr);
}

/**
 * How many working days are left before a deadline, in Amsterdam time: the working days after the
 * date of `nu` up to and including the date of `uiterlijk` (Friday → next Tuesday is 2). Today does
 * not count, as it is already under way; 0 when the deadline is today, or has passed.
 */
export function werkdagenTot(nu: Tijdstip, uiterlijk: Tijdstip, opties: WerkdagOptiesInvoer = {}): number {
  const isWerk = werkdagKeurder(opties);
  const eind = naarLokaal(naarMs(uiterlijk)).dagnr;
  let n = 0;
  for (let dagnr = naarLokaal(naarMs(nu)).dagnr + 1; dagnr <= eind; dagnr++) if (isWerk(dagnr)) n++;
  return n;
}
