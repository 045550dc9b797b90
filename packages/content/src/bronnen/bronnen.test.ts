import { describe, expect, it } from 'vitest';
import { Brochure, brochures } from './brochures';
import { Bron, bron } from './bron.schema';

describe('Bron', () => {
  it('accepts a handbook reference', () => {
    expect(Bron.safeParse({ hoofdstuk: '4', titel: 'Afweging 2', pagina: 6 }).success).toBe(true);
  });

  it('rejects a page range that runs backwards, a page 0 and unknown keys', () => {
    expect(Bron.safeParse(bron('4', 'x', 8, 7)).success).toBe(false);
    expect(Bron.safeParse({ hoofdstuk: '4', titel: 'x', pagina: 0 }).success).toBe(false);
    expect(Bron.safeParse({ hoofdstuk: '4', titel: 'x', pagina: 1, regel: 3 }).success).toBe(false);
  });
});

describe('brochures', () => {
  it('lists the eight brochures of the handbook, numbered 1 to 8', () => {
    expect(brochures.map((b) => b.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const b of brochures) expect(Brochure.safeParse(b).success, b.id).toBe(true);
    expect(new Set(brochures.map((b) => b.id)).size).toBe(8);
  });
});
