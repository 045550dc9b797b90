import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagnummer, weekdag } from './amsterdam-tijd';
import { type FeestdagNaam, feestdagen, feestdagOp, paasdatum } from './feestdagen';

/** Knuth's computus (TAOCP 1.3.2), an independent oracle for the Anonymous Gregorian algorithm. */
function pasenKnuth(jaar: number): string {
  const g = (jaar % 19) + 1;
  const c = Math.floor(jaar / 100) + 1;
  const x = Math.floor((3 * c) / 4) - 12;
  const z = Math.floor((8 * c + 5) / 25) - 5;
  const d = Math.floor((5 * jaar) / 4) - x - 10;
  let e = (((11 * g + 20 + z - x) % 30) + 30) % 30;
  if ((e === 25 && g > 11) || e === 24) e++;
  let n = 44 - e;
  if (n < 21) n += 30;
  n = n + 7 - ((d + n) % 7);
  const [maand, dag] = n > 31 ? [4, n - 31] : [3, n];
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

describe('paasdatum', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (jaar, datum) => {
    expect(paasdatum(jaar)).toBe(datum);
  });

  it('agrees with Knuth, falls on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (jaar) => {
        const pasen = paasdatum(jaar);
        expect(pasen).toBe(pasenKnuth(jaar));
        expect(weekdag(dagnummer(pasen))).toBe(0);
        expect(pasen.slice(5) >= '03-22' && pasen.slice(5) <= '04-25').toBe(true);
      }),
    );
  });

  it.each([1582, 10000, 2025.5])('refuses year %s', (jaar) => {
    expect(() => paasdatum(jaar)).toThrow(RangeError);
  });
});

const verwacht: Record<number, Partial<Record<FeestdagNaam, string>>> = {
  2024: {
    nieuwjaarsdag: '2024-01-01',
    'goede-vrijdag': '2024-03-29',
    'eerste-paasdag': '2024-03-31',
    'tweede-paasdag': '2024-04-01',
    koningsdag: '2024-04-27',
    bevrijdingsdag: '2024-05-05',
    hemelvaartsdag: '2024-05-09',
    'eerste-pinksterdag': '2024-05-19',
    'tweede-pinksterdag': '2024-05-20',
    'eerste-kerstdag': '2024-12-25',
    'tweede-kerstdag': '2024-12-26',
  },
  2025: {
    'goede-vrijdag': '2025-04-18',
    'eerste-paasdag': '2025-04-20',
    'tweede-paasdag': '2025-04-21',
    koningsdag: '2025-04-26', // 27 april 2025 is a Sunday
    bevrijdingsdag: '2025-05-05',
    hemelvaartsdag: '2025-05-29',
    'eerste-pinksterdag': '2025-06-08',
    'tweede-pinksterdag': '2025-06-09',
  },
  2026: {
    'goede-vrijdag': '2026-04-03',
    'eerste-paasdag': '2026-04-05',
    'tweede-paasdag': '2026-04-06',
    koningsdag: '2026-04-27',
    hemelvaartsdag: '2026-05-14',
    'eerste-pinksterdag': '2026-05-24',
    'tweede-pinksterdag': '2026-05-25',
  },
  2027: {
    'goede-vrijdag': '2027-03-26',
    'eerste-paasdag': '2027-03-28',
    'tweede-paasdag': '2027-03-29',
    koningsdag: '2027-04-27',
    hemelvaartsdag: '2027-05-06',
    'eerste-pinksterdag': '2027-05-16',
    'tweede-pinksterdag': '2027-05-17',
  },
};

describe('feestdagen', () => {
  const gevallen = Object.entries(verwacht).flatMap(([jaar, dagen]) =>
    Object.entries(dagen).map(([naam, datum]) => [Number(jaar), naam, datum] as const),
  );
  it.each(gevallen)('%i: %s on %s', (jaar, naam, datum) => {
    expect(feestdagen(jaar).find((f) => f.naam === naam)?.datum).toBe(datum);
    expect(feestdagOp(datum)).toBe(naam);
  });

  it('lists eleven days by default, sorted', () => {
    const lijst = feestdagen(2026);
    expect(lijst).toHaveLength(11);
    expect(lijst.map((f) => f.datum)).toEqual([...lijst.map((f) => f.datum)].sort());
  });

  it('leaves out Goede Vrijdag when the organisation works that day', () => {
    expect(feestdagen(2026, { goedeVrijdag: false }).map((f) => f.naam)).not.toContain('goede-vrijdag');
    expect(feestdagOp('2026-04-03', { goedeVrijdag: false })).toBeUndefined();
  });

  it.each([
    [2025, true],
    [2026, false],
    [2030, true],
    [2031, false],
  ])('Bevrijdingsdag only in lustrum years when so configured: %i → %s', (jaar, vrij) => {
    const namen = feestdagen(jaar, { bevrijdingsdag: 'lustrum' }).map((f) => f.naam);
    expect(namen.includes('bevrijdingsdag')).toBe(vrij);
  });

  it('keeps both when Bevrijdingsdag is Hemelvaartsdag (2005)', () => {
    const op5mei = feestdagen(2005).filter((f) => f.datum === '2005-05-05');
    expect(op5mei.map((f) => f.naam).sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });

  it('never puts Koningsdag on a Sunday, and only on 26 or 27 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 9999 }), (jaar) => {
        const k = feestdagen(jaar).find((f) => f.naam === 'koningsdag');
        expect(k).toBeDefined();
        expect(weekdag(dagnummer(k?.datum ?? ''))).not.toBe(0);
        expect([`${jaar}-04-26`, `${jaar}-04-27`]).toContain(k?.datum);
      }),
    );
  });
});
