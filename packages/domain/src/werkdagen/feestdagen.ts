import { z } from 'zod';
import { type Datum, dagnummer, datumVan, naarDatum, weekdag } from './amsterdam-tijd';

export const FeestdagNaam = z.enum([
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
]);
export type FeestdagNaam = z.infer<typeof FeestdagNaam>;

export const feestdagLabel: Record<FeestdagNaam, string> = {
  nieuwjaarsdag: 'Nieuwjaarsdag',
  'goede-vrijdag': 'Goede Vrijdag',
  'eerste-paasdag': 'Eerste Paasdag',
  'tweede-paasdag': 'Tweede Paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  'eerste-pinksterdag': 'Eerste Pinksterdag',
  'tweede-pinksterdag': 'Tweede Pinksterdag',
  'eerste-kerstdag': 'Eerste Kerstdag',
  'tweede-kerstdag': 'Tweede Kerstdag',
};

/**
 * Which days the organisation treats as free. The defaults follow Algemene termijnenwet art. 3
 * (Goede Vrijdag and 5 mei every year); a cao may differ, so each is configurable.
 */
export const WerkdagOpties = z.object({
  goedeVrijdag: z.boolean().default(true),
  /** `lustrum`: only in years divisible by 5 (2025, 2030), as many cao's do. */
  bevrijdingsdag: z.enum(['elk-jaar', 'lustrum']).default('elk-jaar'),
  /** Organisation-specific closing days, e.g. the Friday after Hemelvaartsdag. */
  extraVrijeDagen: z.array(z.iso.date({ error: 'Geef een vrije dag als JJJJ-MM-DD.' })).default([]),
});
export type WerkdagOpties = z.infer<typeof WerkdagOpties>;
export type WerkdagOptiesInvoer = z.input<typeof WerkdagOpties>;

export const standaardWerkdagOpties: WerkdagOpties = WerkdagOpties.parse({});

export interface Feestdag {
  datum: Datum;
  naam: FeestdagNaam;
}

const EERSTE_JAAR = 1583; // first full Gregorian year
const LAATSTE_JAAR = 9999;

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    throw new RangeError(`Jaar ${jaar} valt buiten ${EERSTE_JAAR}–${LAATSTE_JAAR}.`);
  }
}

/** Easter Sunday by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paasdatum(jaar: number): Datum {
  controleerJaar(jaar);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return datumVan(jaar, maand, dag);
}

/** Koningsdag is 27 april, or 26 april when the 27th is a Sunday (the rule since 2014). */
function koningsdag(jaar: number): Datum {
  const zevenentwintig = dagnummer(datumVan(jaar, 4, 27));
  return naarDatum(weekdag(zevenentwintig) === 0 ? zevenentwintig - 1 : zevenentwintig);
}

/** The Dutch public holidays of a year that the options make free, sorted by date. */
export function feestdagen(jaar: number, opties: WerkdagOptiesInvoer = {}): Feestdag[] {
  controleerJaar(jaar);
  const o = WerkdagOpties.parse(opties);
  const pasen = dagnummer(paasdatum(jaar));
  const naPasen = (dagen: number): Datum => naarDatum(pasen + dagen);
  const lijst: (Feestdag | false)[] = [
    { datum: datumVan(jaar, 1, 1), naam: 'nieuwjaarsdag' },
    o.goedeVrijdag && { datum: naPasen(-2), naam: 'goede-vrijdag' },
    { datum: naPasen(0), naam: 'eerste-paasdag' },
    { datum: naPasen(1), naam: 'tweede-paasdag' },
    { datum: koningsdag(jaar), naam: 'koningsdag' },
    (o.bevrijdingsdag === 'elk-jaar' || jaar % 5 === 0) && {
      datum: datumVan(jaar, 5, 5),
      naam: 'bevrijdingsdag',
    },
    { datum: naPasen(39), naam: 'hemelvaartsdag' },
    { datum: naPasen(49), naam: 'eerste-pinksterdag' },
    { datum: naPasen(50), naam: 'tweede-pinksterdag' },
    { datum: datumVan(jaar, 12, 25), naam: 'eerste-kerstdag' },
    { datum: datumVan(jaar, 12, 26), naam: 'tweede-kerstdag' },
  ];
  return lijst.filter((f): f is Feestdag => f !== false).sort((x, y) => x.datum.localeCompare(y.datum));
}

/** The holiday on a date, if any (Bevrijdingsdag can coincide with Hemelvaartsdag; the first is given). */
export function feestdagOp(datum: Datum, opties: WerkdagOptiesInvoer = {}): FeestdagNaam | undefined {
  const jaar = Number(datum.slice(0, 4));
  return feestdagen(jaar, opties).find((f) => f.datum === datum)?.naam;
}
