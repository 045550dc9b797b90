import { CONTENT_VERSIE, contentVersies } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { AFWEGING_1_VRAGEN } from '../afweging-1/afweging-1.schema';
import { AFWEGING_2_VRAGEN } from '../afweging-2/afweging-2.schema';
import { AFWEGING_3_VRAGEN } from '../afweging-3/afweging-3.schema';
import { beslisgraaf, uitkomstVan, volgPad, vragenVan } from './beslisgraaf';

const graaf = (id: '1' | '2' | '3') => beslisgraaf(CONTENT_VERSIE, id);

describe('volgPad follows the edges of the content graph', () => {
  it('stops at the first question without an answer', () => {
    const pad = volgPad(graaf('3'), { 'a3.doelmatigheid': true });
    expect(pad.nodes.map((n) => n.id)).toEqual(['a3.doelmatigheid', 'a3.proportionaliteit']);
    expect(pad.eind).toEqual({
      soort: 'open',
      node: expect.objectContaining({ id: 'a3.proportionaliteit' }),
    });
  });

  it('passes actions and ends in the outcome the answers lead to', () => {
    const pad = volgPad(graaf('3'), {
      'a3.doelmatigheid': true,
      'a3.proportionaliteit': true,
      'a3.subsidiariteit': true,
    });
    expect(pad.nodes.map((n) => n.id).slice(-2)).toEqual(['a3.voorbereiden', 'a3.vraag-toestemming']);
    expect(pad.eind.soort === 'uitkomst' && pad.eind.node.uitkomst).toBe('vraag-toestemming');
  });

  it.each([
    ['a3.doelmatigheid', 'a3.minder-ingrijpend'],
    ['a3.proportionaliteit', 'a3.minder-gegevens'],
    ['a3.subsidiariteit', 'a3.geen-besloten-plek'],
  ])('a no on %s ends in %s, asking nothing after it', (nee, uitkomst) => {
    const antwoorden = Object.fromEntries(vragenVan(graaf('3')).map((v) => [v.id, v.id !== nee]));
    const pad = volgPad(graaf('3'), antwoorden);
    expect(pad.eind.node.id).toBe(uitkomst);
    expect(pad.nodes.some((n) => n.id === 'a3.subsidiariteit')).toBe(nee === 'a3.subsidiariteit');
  });
});

describe('uitkomstVan', () => {
  it('gives the outcome, or names the question still open with its source', () => {
    expect(uitkomstVan(CONTENT_VERSIE, '1', { 'a1.hoort-bij-mij': false })).toEqual({
      ok: true,
      waarde: 'verwijs-door',
    });
    expect(uitkomstVan(CONTENT_VERSIE, '2', { 'a2.doel': true })).toEqual({
      ok: false,
      overtredingen: [
        {
          code: 'afweging-2-onvolledig',
          bericht: `Beantwoord eerst deze vraag van afweging 2: ${graaf('2').nodes[1]?.tekst}`,
          bron: 'Handleiding hoofdstuk 4, afweging 2',
        },
      ],
    });
  });

  it('refuses a content version that was never published', () => {
    expect(() => beslisgraaf('1999.0.0', '1')).toThrow(/contentversie 1999\.0\.0/);
  });
});

// The rules answer the graph's questions by these fields; a question added to or dropped from the
// content without the rule following fails here, in every published version.
describe.each(Object.keys(contentVersies))('content %s: every question has its answer field', (versie) => {
  it.each([
    ['1', AFWEGING_1_VRAGEN],
    ['2', AFWEGING_2_VRAGEN],
    ['3', AFWEGING_3_VRAGEN],
  ] as const)('afweging %s', (id, velden) => {
    const vragen = vragenVan(beslisgraaf(versie, id)).map((v) => v.id);
    expect([...Object.values(velden)].sort()).toEqual([...vragen].sort());
  });
});
