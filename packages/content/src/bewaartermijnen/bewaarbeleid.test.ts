import { describe, expect, it } from 'vitest';
import {
  BEWAARSOORT_LABEL,
  BEWAARSOORTEN,
  Bewaarbeleid,
  bewaarduurInWoorden,
  MINIMALE_BEWAARTERMIJN,
} from './bewaarbeleid';
import { standaardBewaarbeleid } from './standaard-bewaarbeleid';

const met = (soort: (typeof BEWAARSOORTEN)[number], termijn: unknown) => ({
  ...standaardBewaarbeleid,
  termijnen: {
    ...standaardBewaarbeleid.termijnen,
    [soort]: { ...standaardBewaarbeleid.termijnen[soort], termijn },
  },
});

describe('the retention policy', () => {
  it('has a period for every kind of record, none below its minimum', () => {
    expect(Object.keys(standaardBewaarbeleid.termijnen).sort()).toEqual([...BEWAARSOORTEN].sort());
    expect(Bewaarbeleid.safeParse(standaardBewaarbeleid).success).toBe(true);
  });

  it('keeps the periods the law names: 20 years for the dossier, 5 for the access log', () => {
    const { dossieraantekeningen, toegangslog } = standaardBewaarbeleid.termijnen;
    expect(dossieraantekeningen.termijn).toEqual({ aantal: 20, eenheid: 'jaren' });
    expect(dossieraantekeningen.bronnen.map((b) => b.wet)).toEqual(['Jeugdwet', 'WGBO']);
    expect(toegangslog.termijn).toEqual({ aantal: 5, eenheid: 'jaren' });
    expect(toegangslog.bronnen.map((b) => b.wet)).toEqual(['NEN 7513']);
  });

  it('refuses a period below the minimum, naming the kind', () => {
    const uitslag = Bewaarbeleid.safeParse(met('dossieraantekeningen', { aantal: 19, eenheid: 'jaren' }));
    expect(uitslag.success).toBe(false);
    expect(uitslag.error?.issues).toEqual([
      expect.objectContaining({
        path: ['termijnen', 'dossieraantekeningen', 'termijn'],
        message: 'De bewaartermijn van dossieraantekeningen is minstens 20 jaar.',
      }),
    ]);
    expect(Bewaarbeleid.safeParse(met('toegangslog', { aantal: 1824, eenheid: 'dagen' })).success).toBe(
      false,
    );
    expect(Bewaarbeleid.safeParse(met('toegangslog', { aantal: 1825, eenheid: 'dagen' })).success).toBe(true);
  });

  it('refuses a missing kind, an unknown unit and a period of zero', () => {
    const { notificaties: _weg, ...rest } = standaardBewaarbeleid.termijnen;
    expect(Bewaarbeleid.safeParse({ ...standaardBewaarbeleid, termijnen: rest }).success).toBe(false);
    expect(Bewaarbeleid.safeParse(met('sessies', { aantal: 2, eenheid: 'weken' })).success).toBe(false);
    expect(Bewaarbeleid.safeParse(met('sessies', { aantal: 0, eenheid: 'dagen' })).success).toBe(false);
  });

  it('sets every minimum at or below the default', () => {
    for (const soort of BEWAARSOORTEN)
      expect(Bewaarbeleid.safeParse(met(soort, MINIMALE_BEWAARTERMIJN[soort])).success, soort).toBe(true);
  });
});

describe('the retention labels', () => {
  it('names every kind and says a period in words', () => {
    expect(Object.keys(BEWAARSOORT_LABEL).sort()).toEqual([...BEWAARSOORTEN].sort());
    expect(bewaarduurInWoorden({ aantal: 20, eenheid: 'jaren' })).toBe('20 jaar');
    expect(bewaarduurInWoorden({ aantal: 1, eenheid: 'dagen' })).toBe('1 dag');
    expect(bewaarduurInWoorden({ aantal: 30, eenheid: 'dagen' })).toBe('30 dagen');
  });
});
