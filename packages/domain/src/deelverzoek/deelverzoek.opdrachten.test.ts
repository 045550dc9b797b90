import { describe, expect, it } from 'vitest';
import { bijToestemming, intrekken } from '../../test/fixtures';

describe('intrekken', () => {
  it('withdraws a deelverzoek in any open step', () => {
    const v = bijToestemming().doe(intrekken);
    expect(v.status).toBe('ingetrokken');
    expect(v.dossier.map((a) => a.soort).slice(-2)).toEqual(['afweging-3', 'afsluiting']);
    expect(v.dossier.at(-1)?.tekst).toBe('Deelverzoek ingetrokken. Niet meer nodig.');
  });
});
