import { z } from 'zod';

/**
 * Europe/Amsterdam local time, computed by hand: the EU rule (CEST from the last Sunday of March
 * 01:00 UTC to the last Sunday of October 01:00 UTC) instead of Intl, so every machine and every
 * workflow replay gets the same answer. The rule has applied since 1996; earlier years get it too.
 */

/** A moment: an ISO 8601 string with `Z` or an offset, or a Date. */
export type Tijdstip = string | Date;

/** ISO moment with an explicit offset; a string without one would be read in the host's timezone. */
export const IsoTijdstip = z.iso.datetime({
  offset: true,
  error: 'Geef een tijdstip als JJJJ-MM-DDTuu:mm:ssZ of met een tijdverschil (+01:00).',
});

/** A calendar date (JJJJ-MM-DD), in Amsterdam. */
export const Datum = z.iso.date({ error: 'Geef een datum als JJJJ-MM-DD.' });
export type Datum = z.infer<typeof Datum>;

export interface LokaleTijd {
  uur: number;
  minuut: number;
  seconde: number;
  milliseconde: number;
}

const UUR_MS = 3_600_000;
export const DAG_MS = 86_400_000;
const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch; refuses strings without offset and invalid dates. */
export function naarMs(tijdstip: Tijdstip): number {
  if (typeof tijdstip === 'string' && !IsoTijdstip.safeParse(tijdstip).success) {
    throw new RangeError(`Ongeldig tijdstip: "${tijdstip}". Gebruik ISO 8601 met Z of een tijdverschil.`);
  }
  const ms = typeof tijdstip === 'string' ? Date.parse(tijdstip) : tijdstip.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Ongeldig tijdstip: ${String(tijdstip)}`);
  return ms;
}

export const naarIso = (ms: number): string => new Date(ms).toISOString();

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMs(jaar: number, maandIndex: number, dag: number, tijd?: LokaleTijd): number {
  const d = new Date(0);
  d.setUTCFullYear(jaar, maandIndex, dag);
  d.setUTCHours(tijd?.uur ?? 0, tijd?.minuut ?? 0, tijd?.seconde ?? 0, tijd?.milliseconde ?? 0);
  return d.getTime();
}

/** Days since 1970-01-01 for a calendar date. */
export function dagnummer(datum: Datum): number {
  const m = DATUM.exec(datum);
  if (!m) throw new RangeError(`Ongeldige datum: "${datum}". Gebruik JJJJ-MM-DD.`);
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = utcMs(jaar, maand - 1, dag);
  if (naarDatum(ms / DAG_MS) !== datum) throw new RangeError(`Deze datum bestaat niet: "${datum}".`);
  return ms / DAG_MS;
}

export function naarDatum(dagnr: number): Datum {
  const d = new Date(dagnr * DAG_MS);
  const jaar = String(d.getUTCFullYear()).padStart(4, '0');
  const maand = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dag = String(d.getUTCDate()).padStart(2, '0');
  return `${jaar}-${maand}-${dag}`;
}

export const datumVan = (jaar: number, maand: number, dag: number): Datum =>
  naarDatum(utcMs(jaar, maand - 1, dag) / DAG_MS);

/** 0 = zondag … 6 = zaterdag. 1970-01-01 was a Thursday. */
export const weekdag = (dagnr: number): number => (((dagnr + 4) % 7) + 7) % 7;

/** Day of month of the last Sunday of `maand` (1–12). */
function laatsteZondag(jaar: number, maand: number): number {
  const laatsteDag = utcMs(jaar, maand, 0) / DAG_MS;
  return new Date(laatsteDag * DAG_MS).getUTCDate() - weekdag(laatsteDag);
}

/** The two switch moments of a year, in ms UTC. */
export function zomertijd(jaar: number): { begin: number; einde: number } {
  return {
    begin: utcMs(jaar, 2, laatsteZondag(jaar, 3), { uur: 1, minuut: 0, seconde: 0, milliseconde: 0 }),
    einde: utcMs(jaar, 9, laatsteZondag(jaar, 10), { uur: 1, minuut: 0, seconde: 0, milliseconde: 0 }),
  };
}

/** Offset of Amsterdam from UTC at a moment: 1 hour (CET) or 2 hours (CEST). */
export function amsterdamOffsetMs(ms: number): number {
  const { begin, einde } = zomertijd(new Date(ms).getUTCFullYear());
  return ms >= begin && ms < einde ? 2 * UUR_MS : UUR_MS;
}

/** The Amsterdam calendar day (as day number) and wall-clock time of a moment. */
export function naarLokaal(ms: number): { dagnr: number; tijd: LokaleTijd } {
  const lokaal = ms + amsterdamOffsetMs(ms);
  const dagnr = Math.floor(lokaal / DAG_MS);
  const d = new Date(lokaal);
  return {
    dagnr,
    tijd: {
      uur: d.getUTCHours(),
      minuut: d.getUTCMinutes(),
      seconde: d.getUTCSeconds(),
      milliseconde: d.getUTCMilliseconds(),
    },
  };
}

/**
 * The moment of an Amsterdam wall-clock time. In the autumn hour that occurs twice, the first
 * (summer time) is taken; a spring time that does not exist (02:xx) moves one hour on, like a clock.
 */
export function vanLokaal(dagnr: number, tijd: LokaleTijd): number {
  const naief =
    dagnr * DAG_MS + ((tijd.uur * 60 + tijd.minuut) * 60 + tijd.seconde) * 1000 + tijd.milliseconde;
  const alsZomer = naief - 2 * UUR_MS;
  if (amsterdamOffsetMs(alsZomer) === 2 * UUR_MS) return alsZomer;
  return naief - UUR_MS;
}

/** The Amsterdam calendar date of a moment. */
export const lokaleDatum = (tijdstip: Tijdstip): Datum => naarDatum(naarLokaal(naarMs(tijdstip)).dagnr);

/** Same Amsterdam wall-clock time, `n` calendar days later (so a day across a DST switch is 23 or 25 hours). */
export function kalenderdagenNa(start: Tijdstip, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal dagen moet een geheel getal zijn, niet ${n}.`);
  const { dagnr, tijd } = naarLokaal(naarMs(start));
  return naarIso(vanLokaal(dagnr + n, tijd));
}
