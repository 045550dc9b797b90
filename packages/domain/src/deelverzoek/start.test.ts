import { describe, expect, it } from 'vitest';
import { NieuwDeelverzoek } from './deelverzoek.schema';
import { startDeelverzoek } from './start';

const id = '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11';
const clientId = '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87';
const start = {
  id,
  aanvraag: {
    clientId,
    doel: 'Afstemmen van schuldhulp met de Wmo-consulent',
    ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent' }],
  },
  door: { gebruikerId: 'casemanager-1' },
  op: '2026-11-23T09:00:00.000Z',
  contentVersie: '2025.1.0',
  beleidVersie: 'standaard-2025.1',
};

describe('startDeelverzoek', () => {
  it('opens at afweging 1 with the versions pinned', () => {
    const { deelverzoek } = startDeelverzoek(start);
    expect(deelverzoek.status).toBe('afweging-1');
    expect(deelverzoek.contentVersie).toBe('2025.1.0');
    expect(deelverzoek.beleidVersie).toBe('standaard-2025.1');
  });

  it('writes exactly one first dossieraantekening naming purpose and recipients', () => {
    const { aantekeningen } = startDeelverzoek(start);
    expect(aantekeningen).toHaveLength(1);
    expect(aantekeningen[0]).toMatchObject({ id: `${id}:0001`, soort: 'deelverzoek-gestart', clientId });
    expect(aantekeningen[0]?.tekst).toContain('Gemeente Zutphen (Wmo-consulent)');
  });

  it('is deterministic: the same command gives the same result', () => {
    expect(startDeelverzoek(start)).toEqual(startDeelverzoek(start));
  });
});

describe('NieuwDeelverzoek', () => {
  it.each([
    [
      'no recipients',
      { clientId, doel: 'Een goed omschreven doel', ontvangers: [] },
      'Noem minstens één ontvanger.',
    ],
    [
      'a purpose too short',
      { clientId, doel: 'kort', ontvangers: [{ organisatie: 'GGD' }] },
      'Beschrijf het doel van het delen in minstens 10 tekens.',
    ],
    [
      'a client id that is no uuid',
      { clientId: '12', doel: 'Een goed omschreven doel', ontvangers: [{ organisatie: 'GGD' }] },
      'Kies een bestaande cliënt.',
    ],
  ])('refuses %s with a Dutch message', (_, input, bericht) => {
    const result = NieuwDeelverzoek.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(bericht);
  });
});
