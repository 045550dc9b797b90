import { describe, expect, it } from 'vitest';
import { Beroepsgeheim, BeroepsgeheimKlasse, beroepsgeheim } from './beroepsgeheim';

describe('beroepsgeheim', () => {
  it('validates', () => {
    const r = Beroepsgeheim.safeParse(beroepsgeheim);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });

  it('describes a carrier for every class except "geen"', () => {
    expect(beroepsgeheim.dragers.map((d) => d.klasse).sort()).toEqual(
      BeroepsgeheimKlasse.options.filter((k) => k !== 'geen').sort(),
    );
  });

  it('sends only BIG and SKJ to afweging 4c', () => {
    expect(
      beroepsgeheim.dragers
        .filter((d) => d.afweging4c)
        .map((d) => d.klasse)
        .sort(),
    ).toEqual(['big', 'skj']);
  });

  it('has the four exceptions, and only a conflict van plichten needs the leidinggevende', () => {
    expect(beroepsgeheim.uitzonderingen.map((u) => u.id)).toEqual([
      'wettelijke-plicht',
      'toestemming',
      'conflict-van-plichten',
      'meldrecht',
    ]);
    expect(
      beroepsgeheim.uitzonderingen.filter((u) => u.vereistAkkoordLeidinggevende).map((u) => u.id),
    ).toEqual(['conflict-van-plichten']);
    const meldrecht = beroepsgeheim.uitzonderingen.find((u) => u.id === 'meldrecht');
    expect(meldrecht?.wettelijkeBasis).toContainEqual(
      expect.objectContaining({ wet: 'Wmo 2015', artikel: '5.2.6' }),
    );
  });

  it('lists the five conditions of a conflict van plichten, numbered 1–5', () => {
    expect(beroepsgeheim.conflictVanPlichten.voorwaarden.map((v) => v.nummer)).toEqual([1, 2, 3, 4, 5]);
    expect(beroepsgeheim.conflictVanPlichten.voorwaarden[0]?.id).toBe('alles-gedaan-voor-toestemming');
  });

  it('names the risks for both client and professional', () => {
    expect(beroepsgeheim.risicos.map((r) => r.voor).sort()).toEqual(['client', 'professional']);
  });

  it('refuses a fourth-condition-only conflict van plichten', () => {
    const kapot = structuredClone(beroepsgeheim);
    kapot.conflictVanPlichten.voorwaarden.pop();
    expect(Beroepsgeheim.safeParse(kapot).success).toBe(false);
  });
});
