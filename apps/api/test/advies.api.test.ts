import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

// The handbook's casus of the man with Alzheimer, seen by a wijkverpleegkundige (BIG secrecy).
const situatie = {
  peildatum: '2026-11-23',
  client: {
    id: 'extern-42',
    geboortedatum: '1938-06-10',
    wilsonbekwaam: true,
    vertegenwoordigers: [{ id: 'echtgenote', rol: 'partner' }],
  },
  professional: {
    gebruikerId: 'wv-7',
    pet: 'big-zorgverlener',
    organisatietype: 'zorgaanbieder',
    beroepsgeheim: 'big',
  },
  doel: 'De huisarts laten ingrijpen bij vermoedelijke mishandeling thuis',
  gegevens: ['vitaal-noodzakelijke-gegevens'],
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Brink', soort: 'betrokken-hulpverleners' }],
  grondslag: { grondslag: 'toestemming', motivering: 'Zonder toestemming verbiedt het beroepsgeheim delen.' },
  toestemming: 'geweigerd',
  antwoorden: {
    afweging1: { hoortBijMij: true },
    afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: true },
    afweging3: { doelmatig: true, proportioneel: true, subsidiair: true },
  },
};

describe('POST /advies', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  it('advises the route for refused consent under BIG secrecy, with the partner as the one who consents', async () => {
    const response = await eva.post('/advies', situatie);
    expect(response.status).toBe(200);
    const advies = await response.json();
    expect(advies.route).toBe('afweging-4c');
    expect(advies.wieMoetToestemmen).toMatchObject({
      regel: 'wilsonbekwame-volwassene',
      toestemmers: [{ soort: 'vertegenwoordiger', id: 'echtgenote', rol: 'partner' }],
    });
    expect(advies.volgendeStap.bron).toBeTruthy();
  });

  it('answers an invalid situation with Dutch field messages (400 problem+json)', async () => {
    const response = await eva.post('/advies', { ...situatie, doel: 'kort', gegevens: [] });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const { fouten } = await response.json();
    expect(fouten).toEqual(
      expect.arrayContaining([
        { pad: 'doel', bericht: 'Beschrijf het doel van het delen in minstens 10 tekens.' },
        { pad: 'gegevens', bericht: 'Noem welke gegevens u wilt delen.' },
      ]),
    );
  });

  it('publishes its input and output as JSON Schema', async () => {
    const schema = await (await eva.get('/advies/schema')).json();
    expect(schema.invoer.required).toEqual(
      expect.arrayContaining(['peildatum', 'client', 'professional', 'doel', 'gegevens', 'ontvangers']),
    );
    expect(schema.uitvoer.properties.route.enum).toContain('afweging-4c');
  });

  it('needs a session', async () => {
    expect(
      (
        await fetch(`${stack.baseUrl}/advies`, {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401);
  });
});
