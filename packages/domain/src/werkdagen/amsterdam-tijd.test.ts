import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamOffsetMs,
  dagnummer,
  kalenderdagenNa,
  lokaleDatum,
  naarDatum,
  naarLokaal,
  naarMs,
  vanLokaal,
  zomertijd,
} from './amsterdam-tijd';

const UUR = 3_600_000;

/** The offset Intl reports, as an oracle; the module itself never uses Intl. */
function intlOffsetMs(ms: number): number {
  const delen = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const deel = (t: string) => Number(delen.find((p) => p.type === t)?.value);
  const alsUtc = Date.UTC(
    deel('year'),
    deel('month') - 1,
    deel('day'),
    deel('hour'),
    deel('minute'),
    deel('second'),
  );
  return alsUtc - Math.floor(ms / 1000) * 1000;
}

describe('amsterdam-tijd', () => {
  it.each([
    [2024, '2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z'],
    [2025, '2025-03-30T01:00:00.000Z', '2025-10-26T01:00:00.000Z'],
    [2026, '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
    [2027, '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z'],
  ])('DST %i runs from %s to %s', (jaar, begin, einde) => {
    const z = zomertijd(jaar);
    expect(new Date(z.begin).toISOString()).toBe(begin);
    expect(new Date(z.einde).toISOString()).toBe(einde);
  });

  it.each([
    ['2025-03-30T00:59:59.999Z', 1],
    ['2025-03-30T01:00:00.000Z', 2],
    ['2025-10-26T00:59:59.999Z', 2],
    ['2025-10-26T01:00:00.000Z', 1],
  ])('offset at %s is %i hour(s)', (moment, uren) => {
    expect(amsterdamOffsetMs(naarMs(moment))).toBe(uren * UUR);
  });

  it('matches the IANA zone for 1996–2099', () => {
    const van = Date.UTC(1996, 0, 1);
    const tot = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: van, max: tot }), (ms) => {
        expect(amsterdamOffsetMs(ms)).toBe(intlOffsetMs(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps local time back to the same moment, except the repeated autumn hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const { dagnr, tijd } = naarLokaal(ms);
        const terug = vanLokaal(dagnr, tijd);
        expect([0, UUR]).toContain(ms - terug); // the earlier of the two autumn moments
        if (ms - terug === UUR) expect(amsterdamOffsetMs(ms)).toBe(UUR);
      }),
    );
  });

  it('moves a non-existent spring time one hour on, and takes summer time for the repeated hour', () => {
    const dag = dagnummer('2025-03-30');
    expect(new Date(vanLokaal(dag, { uur: 2, minuut: 30, seconde: 0, milliseconde: 0 })).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    const herfst = dagnummer('2025-10-26');
    expect(
      new Date(vanLokaal(herfst, { uur: 2, minuut: 30, seconde: 0, milliseconde: 0 })).toISOString(),
    ).toBe('2025-10-26T00:30:00.000Z');
  });

  it.each([
    ['2025-01-10T23:30:00Z', '2025-01-11'], // 00:30 CET on Saturday
    ['2025-06-30T22:00:00Z', '2025-07-01'], // midnight CEST
    ['2025-06-30T21:59:59.999Z', '2025-06-30'],
    ['2025-06-30T23:30:00+02:00', '2025-06-30'],
    ['2025-06-30T23:30:00+01:30', '2025-07-01'], // 22:00Z is midnight CEST
  ])('lokaleDatum(%s) = %s', (moment, datum) => {
    expect(lokaleDatum(moment)).toBe(datum);
  });

  it.each([
    ['2025-03-20T09:00:00Z', 14, '2025-04-03T08:00:00.000Z'], // 10:00 CET → 10:00 CEST
    ['2025-10-20T08:00:00Z', 7, '2025-10-27T09:00:00.000Z'], // 10:00 CEST → 10:00 CET
    ['2025-03-29T01:30:00Z', 1, '2025-03-30T01:30:00.000Z'], // 02:30 does not exist on the 30th → 03:30 CEST
    ['2024-02-28T12:00:00Z', 1, '2024-02-29T12:00:00.000Z'],
  ])('kalenderdagenNa(%s, %i) = %s', (start, n, verwacht) => {
    expect(kalenderdagenNa(start, n)).toBe(verwacht);
  });

  it.each(['2025-01-10T10:00:00', '2025-01-10', 'morgen', '2025-02-30T10:00:00Z'])(
    'refuses the ambiguous or invalid moment %s',
    (moment) => {
      expect(() => naarMs(moment)).toThrow(RangeError);
    },
  );

  it('refuses dates that do not exist', () => {
    expect(() => dagnummer('2025-02-29')).toThrow(RangeError);
    expect(naarDatum(dagnummer('2024-02-29'))).toBe('2024-02-29');
  });
});
