import type { Duur } from '@deelwijs/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naarMs } from '../werkdagen/amsterdam-tijd';
import { duurInMs, isVerstreken, msTot, tijdstipNa } from './termijnen';

const UUR = 3_600_000;
const duur = (aantal: number, eenheid: Duur['eenheid']): Duur => ({ aantal, eenheid });

describe('tijdstipNa', () => {
  it.each([
    ['werkdagen over a weekend', '2025-01-10T14:00:00Z', duur(1, 'werkdagen'), '2025-01-13T14:00:00.000Z'],
    ['werkdagen into DST', '2025-03-28T09:00:00Z', duur(1, 'werkdagen'), '2025-03-31T08:00:00.000Z'],
    [
      'kalenderdagen keep the wall clock over DST',
      '2025-03-20T09:00:00Z',
      duur(14, 'kalenderdagen'),
      '2025-04-03T08:00:00.000Z',
    ],
    [
      'kalenderdagen out of DST',
      '2025-10-20T08:00:00Z',
      duur(30, 'kalenderdagen'),
      '2025-11-19T09:00:00.000Z',
    ],
    [
      'uren are elapsed time, also over the DST night',
      '2025-03-30T00:30:00Z',
      duur(4, 'uren'),
      '2025-03-30T04:30:00.000Z',
    ],
    ['uren ignore weekends', '2025-01-10T21:00:00Z', duur(4, 'uren'), '2025-01-11T01:00:00.000Z'],
    ['minuten', '2025-01-10T21:00:00Z', duur(90, 'minuten'), '2025-01-10T22:30:00.000Z'],
    ['seconden', '2025-01-10T21:00:00.500Z', duur(3, 'seconden'), '2025-01-10T21:00:03.500Z'],
  ])('%s', (_, start, d, verwacht) => {
    expect(tijdstipNa(start, d)).toBe(verwacht);
  });

  it('accepts a Date as well as a string', () => {
    expect(tijdstipNa(new Date('2025-01-10T14:00:00Z'), duur(1, 'werkdagen'))).toBe(
      '2025-01-13T14:00:00.000Z',
    );
  });

  it('passes the working-day options on', () => {
    expect(tijdstipNa('2025-04-17T07:00:00Z', duur(1, 'werkdagen'), { goedeVrijdag: false })).toBe(
      '2025-04-18T07:00:00.000Z',
    );
  });
});

describe('duurInMs', () => {
  it.each([
    ['71 hours into DST', '2025-03-28T09:00:00Z', duur(1, 'werkdagen'), 71 * UUR],
    ['73 hours out of DST', '2025-10-24T08:00:00Z', duur(1, 'werkdagen'), 73 * UUR],
    ['14 days minus the lost hour', '2025-03-20T09:00:00Z', duur(14, 'kalenderdagen'), 14 * 24 * UUR - UUR],
    ['4 hours', '2025-03-30T00:30:00Z', duur(4, 'uren'), 4 * UUR],
  ])('%s', (_, start, d, ms) => {
    expect(duurInMs(start, d)).toBe(ms);
  });

  const eenheid = fc.constantFrom<Duur['eenheid']>(
    'werkdagen',
    'kalenderdagen',
    'uren',
    'minuten',
    'seconden',
  );
  const start = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) })
    .map((ms) => new Date(ms).toISOString());

  it('due is strictly after start, and the timer ends exactly at it', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), eenheid, (s, aantal, e) => {
        const d = duur(aantal, e);
        const ms = duurInMs(s, d);
        expect(ms).toBeGreaterThan(0);
        expect(naarMs(s) + ms).toBe(naarMs(tijdstipNa(s, d)));
      }),
    );
  });

  it('a longer duration is never due earlier', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), eenheid, (s, aantal, e) => {
        expect(duurInMs(s, duur(aantal + 1, e))).toBeGreaterThan(duurInMs(s, duur(aantal, e)));
      }),
    );
  });
});

describe('msTot and isVerstreken', () => {
  it('never gives a negative timer', () => {
    expect(msTot('2025-01-10T10:00:00Z', '2025-01-10T09:00:00Z')).toBe(0);
    expect(msTot('2025-01-10T09:00:00Z', '2025-01-10T10:00:00Z')).toBe(UUR);
  });
  it('counts the due moment itself as passed', () => {
    expect(isVerstreken('2025-01-10T10:00:00Z', '2025-01-10T10:00:00Z')).toBe(true);
    expect(isVerstreken('2025-01-10T10:00:00Z', '2025-01-10T09:59:59.999Z')).toBe(false);
  });
});
