import { standaardBewaarbeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { bewaargrens, bewaargrenzen } from './bewaargrens';

describe('bewaargrens', () => {
  it('counts years as calendar years and days as 24 hours', () => {
    expect(bewaargrens({ aantal: 20, eenheid: 'jaren' }, '2026-12-03T14:00:00.000Z')).toBe(
      '2006-12-03T14:00:00.000Z',
    );
    expect(bewaargrens({ aantal: 30, eenheid: 'dagen' }, '2026-03-31T00:00:00.000Z')).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });

  it('moves a leap day to the first of March in a year without one', () => {
    expect(bewaargrens({ aantal: 5, eenheid: 'jaren' }, '2028-02-29T12:00:00.000Z')).toBe(
      '2023-03-01T12:00:00.000Z',
    );
  });

  it('refuses a moment that is not one', () => {
    expect(() => bewaargrens({ aantal: 1, eenheid: 'dagen' }, 'gisteren')).toThrow(RangeError);
  });

  it('gives every kind of the policy its own limit', () => {
    const nu = '2026-12-03T14:00:00.000Z';
    expect(bewaargrenzen(standaardBewaarbeleid, nu)).toEqual({
      dossieraantekeningen: '2006-12-03T14:00:00.000Z',
      clientgegevens: '2006-12-03T14:00:00.000Z',
      toegangslog: '2021-12-03T14:00:00.000Z',
      verwerkingslog: '2021-12-03T14:00:00.000Z',
      sessies: '2026-11-03T14:00:00.000Z',
      inlogpogingen: '2026-11-03T14:00:00.000Z',
      notificaties: '2025-12-03T14:00:00.000Z',
      idempotentie: '2026-12-02T14:00:00.000Z',
      rolwijzigingen: '2021-12-03T14:00:00.000Z',
      uitnodigingen: '2026-11-03T14:00:00.000Z',
    });
  });
});
