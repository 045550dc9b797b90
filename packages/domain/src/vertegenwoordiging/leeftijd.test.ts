import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leeftijdOp } from './leeftijd';

describe('leeftijdOp', () => {
  it.each([
    ['2014-05-10', '2026-05-09', 11],
    ['2014-05-10', '2026-05-10', 12], // on the birthday itself
    ['2010-12-31', '2026-12-30', 15],
    ['2010-12-31', '2026-12-31', 16],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16], // leap year: the real birthday
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17], // common year: one year older on 1 March
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2000-01-01', '2000-01-01', 0],
  ])('born %s, on %s: %i', (geboren, peil, leeftijd) => {
    expect(leeftijdOp(geboren, peil)).toBe(leeftijd);
  });

  it('counts the birthday from midnight in Amsterdam, not in UTC', () => {
    // 22:30 UTC on 9 May is 00:30 on 10 May in Amsterdam (CEST).
    expect(leeftijdOp('2014-05-10', '2026-05-09T22:30:00Z')).toBe(12);
    expect(leeftijdOp('2014-05-10', '2026-05-09T21:30:00Z')).toBe(11);
  });

  it('refuses impossible dates', () => {
    expect(() => leeftijdOp('2023-02-29', '2026-01-01')).toThrow(RangeError);
  });

  const datum = fc
    .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('grows by one on each birthday and never goes down', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 1, max: 120 }), (geboren, jaren) => {
        const jaar = Number(geboren.slice(0, 4)) + jaren;
        const verjaardag = `${jaar}${geboren.slice(4)}`;
        const isSchrikkel = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
        const echt = geboren.slice(5) === '02-29' && !isSchrikkel(jaar) ? `${jaar}-03-01` : verjaardag;
        expect(leeftijdOp(geboren, echt)).toBe(jaren);
        const dagErvoor = new Date(Date.parse(`${echt}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(leeftijdOp(geboren, dagErvoor)).toBe(jaren - 1);
      }),
    );
  });
});
