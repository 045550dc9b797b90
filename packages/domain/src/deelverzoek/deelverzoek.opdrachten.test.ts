import { describe, expect, it } from 'vitest';
import { acuutGedeeld, bijToestemming, codes, intrekken, teInformeren } from '../../test/fixtures';

describe('intrekken', () => {
  it('withdraws a deelverzoek in any open step', () => {
    const v = bijToestemming().doe(intrekken);
    expect(v.status).toBe('ingetrokken');
    expect(v.dossier.map((a) => a.soort).slice(-2)).toEqual(['afweging-3', 'afsluiting']);
    expect(v.dossier.at(-1)?.tekst).toBe('Deelverzoek ingetrokken. Niet meer nodig.');
  });
});

describe('intrekken after sharing', () => {
  it.each([
    ['the client still to be told afterwards', teInformeren],
    ['shared in acute danger, awaiting the signature', acuutGedeeld],
  ])('is refused once data were shared: %s', (_, maak) => {
    const v = maak();
    expect(codes(v, intrekken)).toEqual(['al-gedeeld']);
    expect(v.proces.verstrekking).toBeDefined();
  });
});
