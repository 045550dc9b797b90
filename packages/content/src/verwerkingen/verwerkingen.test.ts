import { describe, expect, it } from 'vitest';
import { grondslagen } from '../grondslagen/grondslagen';
import {
  VERWERKINGSREGISTER_VERSIE,
  VerwerkingsactiviteitSleutel,
  Verwerkingsregister,
  verwerkingsactiviteitId,
  verwerkingsregister,
} from './verwerkingen';

describe('verwerkingsregister', () => {
  const { activiteiten } = verwerkingsregister;

  it('meets its schema', () => {
    expect(Verwerkingsregister.safeParse(verwerkingsregister).error?.issues ?? []).toEqual([]);
  });

  it('has every activity once, each with its own id', () => {
    expect(activiteiten.map((a) => a.sleutel).sort()).toEqual(
      [...VerwerkingsactiviteitSleutel.options].sort(),
    );
    expect(new Set(activiteiten.map((a) => a.id)).size).toBe(activiteiten.length);
  });

  it('names every activity by an https URI that holds the register version', () => {
    for (const a of activiteiten) {
      const url = new URL(a.id);
      expect(url.protocol).toBe('https:');
      expect(url.pathname.split('/').slice(-2)).toEqual([VERWERKINGSREGISTER_VERSIE, a.sleutel]);
      expect(verwerkingsactiviteitId(a.sleutel)).toBe(a.id);
    }
  });

  it('refers only to grondslagen the handbook has', () => {
    const bekend = new Set(grondslagen.map((g) => g.id));
    for (const a of activiteiten)
      for (const g of a.grondslagen) expect(bekend.has(g), `${a.sleutel}: ${g}`).toBe(true);
  });

  it('refuses an id that is not a URI', () => {
    const kapot = { ...verwerkingsregister, activiteiten: [{ ...activiteiten[0], id: 'dossier-inzien' }] };
    expect(Verwerkingsregister.safeParse(kapot).success).toBe(false);
  });
});
