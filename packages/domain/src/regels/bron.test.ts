import { describe, expect, it } from 'vitest';
import { bronTekst } from './bron';

describe('bronTekst', () => {
  it.each([
    [
      { hoofdstuk: 'Bijlage 1', titel: 'Wat mag met wie gedeeld worden', pagina: 20 },
      'Handleiding Bijlage 1, Wat mag met wie gedeeld worden (p. 20)',
    ],
    [
      { hoofdstuk: '5', titel: 'Het beroepsgeheim', pagina: 11, paginaTot: 12 },
      'Handleiding hoofdstuk 5, Het beroepsgeheim (p. 11–12)',
    ],
  ])('writes %o as one line', (bron, tekst) => {
    expect(bronTekst(bron)).toBe(tekst);
  });
});
