import { describe, expect, it } from 'vitest';
import { changelog, vergelijkVersies } from './changelog';
import { handleiding_2025_1_0 } from './handleiding';
import { Handleiding } from './handleiding.schema';
import {
  beschikbareVersies,
  contentVersieInRegister,
  contentVersies,
  laadHandleiding,
  nieuwsteVersie,
  OnbekendeContentVersieFout,
  OngeldigeContentFout,
} from './register';
import { CONTENT_VERSIE } from './versie';

/** A second version derived from the first, as a future release would be. */
function afgeleid(versie: string): Handleiding {
  return {
    ...structuredClone(handleiding_2025_1_0),
    versie,
    changelog: [
      { versie, datum: '2027-01-01', wijzigingen: ['Testversie.'] },
      ...handleiding_2025_1_0.changelog,
    ],
  };
}

describe('content versions', () => {
  it('validates the whole handbook', () => {
    const r = Handleiding.safeParse(handleiding_2025_1_0);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 5), null, 2)).toBe(true);
  });

  it('loads the newest version by default, which is CONTENT_VERSIE', () => {
    expect(contentVersieInRegister).toBe(true);
    expect(nieuwsteVersie()).toBe(CONTENT_VERSIE);
    expect(laadHandleiding().versie).toBe(CONTENT_VERSIE);
    expect(laadHandleiding('2025.1.0').bijlage1.regels).toHaveLength(19);
    // 2025.2.0 changes only the rules of afweging 4; its data are those of 2025.1.0.
    expect(laadHandleiding('2025.2.0').bijlage1).toEqual(laadHandleiding('2025.1.0').bijlage1);
    expect(laadHandleiding('2025.2.0').changelog.map((c) => c.versie)).toEqual(['2025.2.0', '2025.1.0']);
  });

  it('refuses an unknown version with a clear Dutch error', () => {
    expect(() => laadHandleiding('1999.0.0')).toThrow(OnbekendeContentVersieFout);
    expect(() => laadHandleiding('1999.0.0')).toThrow(
      "Contentversie '1999.0.0' bestaat niet. Beschikbare versies: 2025.1.0, 2025.2.0.",
    );
    expect(() => laadHandleiding('toString')).toThrow(OnbekendeContentVersieFout);
  });

  it('picks the newest numerically and keeps older versions loadable', () => {
    const register = {
      '2025.9.0': afgeleid('2025.9.0'),
      '2025.10.0': afgeleid('2025.10.0'),
      '2025.1.0': handleiding_2025_1_0,
    };
    expect(beschikbareVersies(register)).toEqual(['2025.1.0', '2025.9.0', '2025.10.0']);
    expect(laadHandleiding(undefined, register).versie).toBe('2025.10.0');
    expect(laadHandleiding('2025.9.0', register).versie).toBe('2025.9.0');
    expect(laadHandleiding('2025.1.0', register).versie).toBe('2025.1.0');
  });

  it('refuses invalid content at load', () => {
    const kapot = afgeleid('2026.1.0');
    kapot.grondslagen = kapot.grondslagen.slice(0, 5);
    expect(() => laadHandleiding('2026.1.0', { '2026.1.0': kapot })).toThrow(OngeldigeContentFout);
  });

  it('refuses data registered under another version number', () => {
    expect(() => laadHandleiding('2026.2.0', { '2026.2.0': handleiding_2025_1_0 })).toThrow(/draagt|dragen/);
  });

  it('refuses a version without a changelog entry', () => {
    const zonder = { ...afgeleid('2026.3.0'), changelog: handleiding_2025_1_0.changelog };
    expect(() => laadHandleiding('2026.3.0', { '2026.3.0': zonder })).toThrow(/changelog/);
  });

  it('has a changelog entry for every registered version, newest first', () => {
    for (const v of Object.keys(contentVersies))
      expect(
        changelog.some((c) => c.versie === v),
        v,
      ).toBe(true);
    const volgorde = changelog.map((c) => c.versie);
    expect([...volgorde].sort((a, b) => vergelijkVersies(b, a))).toEqual(volgorde);
  });

  it('compares versions numerically', () => {
    expect(vergelijkVersies('2025.10.0', '2025.9.0')).toBeGreaterThan(0);
    expect(vergelijkVersies('2025.1.0', '2025.1.0')).toBe(0);
    expect(vergelijkVersies('2024.12.3', '2025.0.0')).toBeLessThan(0);
  });
});

describe('laadHandleiding caching', () => {
  it('returns the same validated object for repeated loads of one register', () => {
    const register = { '2027.1.0': afgeleid('2027.1.0') };
    expect(laadHandleiding('2027.1.0', register)).toBe(laadHandleiding('2027.1.0', register));
  });

  it('validates a different register on its own', () => {
    const goed = { '2027.2.0': afgeleid('2027.2.0') };
    laadHandleiding('2027.2.0', goed);
    const kapot = afgeleid('2027.2.0');
    kapot.vuistregels = [];
    expect(() => laadHandleiding('2027.2.0', { '2027.2.0': kapot })).toThrow(OngeldigeContentFout);
  });
});
