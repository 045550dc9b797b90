import { describe, expect, it } from 'vitest';
import { GerechtvaardigdeReden, gerechtvaardigdeRedenen } from './gerechtvaardigde-redenen';
import { Grondslag, GrondslagId, grondslagen, ToestemmingsEis, toestemmingsEisen } from './grondslagen';

describe('grondslagen', () => {
  it('are the six of AVG art. 6, numbered 1–6 in the handbook order', () => {
    for (const g of grondslagen) expect(Grondslag.safeParse(g).success, g.id).toBe(true);
    expect(grondslagen.map((g) => g.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(grondslagen.map((g) => g.id)).toEqual([...GrondslagId.options]);
    expect(grondslagen.map((g) => g.avgArtikel.slice(-1))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('warns that a gemeente cannot rely on consent', () => {
    const toestemming = grondslagen.find((g) => g.id === 'toestemming');
    expect(toestemming?.letOp.some((t) => t.includes('gemeente'))).toBe(true);
  });

  it('names the four requirements of valid consent', () => {
    expect(toestemmingsEisen.map((e) => e.id)).toEqual([
      'specifiek',
      'geinformeerd',
      'vrij',
      'ondubbelzinnig',
    ]);
    for (const e of toestemmingsEisen) expect(ToestemmingsEis.safeParse(e).success).toBe(true);
  });
});

describe('gerechtvaardigde redenen (4b)', () => {
  it('are exactly the three of the handbook, each tied to UAVG art. 41', () => {
    expect(gerechtvaardigdeRedenen.map((r) => r.id)).toEqual([
      'voorkomen-strafbare-feiten',
      'bescherming-betrokkene',
      'rechten-en-vrijheden-anderen',
    ]);
    for (const r of gerechtvaardigdeRedenen) {
      expect(GerechtvaardigdeReden.safeParse(r).success).toBe(true);
      expect(r.wetsartikel).toMatchObject({ wet: 'UAVG' });
      expect(r.wetsartikel.artikel.startsWith('41')).toBe(true);
    }
  });
});
