import { describe, expect, it } from 'vitest';
import { bijToestemming, codes, poging, verstrek } from '../../test/fixtures';

describe('verstrekking', () => {
  const klaar = () => bijToestemming().doe(poging('ja'));
  it.each<[string, Record<string, unknown>, string]>([
    [
      'more data than weighed',
      { gegevens: ['relevante-hulpinformatie', 'naw'] },
      'meer-gegevens-dan-afgewogen',
    ],
    ['another recipient', { ontvangers: ['Buurman'] }, 'andere-ontvanger-dan-afgewogen'],
    [
      'a category both shared and withheld',
      { achterwegeGelaten: [{ categorie: 'relevante-hulpinformatie', reden: 'Toch niet.' }] },
      'gedeeld-en-achterwege-gelaten',
    ],
  ])('refuses %s', (_, extra, code) => {
    expect(codes(klaar(), verstrek(extra))).toEqual([code]);
  });
});
