import { describe, expect, it } from 'vitest';
import { alleVoorwaarden, professional, toestemmingGrond, volwassene } from '../../test/fixtures';
import { advies, adviesJsonSchema } from './advies';
import type { Situatie } from './advies.schema';

const ja = {
  afweging1: { hoortBijMij: true },
  afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: true },
  afweging3: { doelmatig: true, proportioneel: true, subsidiair: true },
};
const basis: Situatie = {
  peildatum: '2026-11-23T10:00:00+01:00',
  client: volwassene,
  professional: professional('sociaal-werker'),
  doel: 'Hulp in samenhang afstemmen met de thuiszorg',
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' }],
  grondslag: toestemmingGrond,
  antwoorden: ja,
};
const met = (extra: Partial<Situatie>, antwoorden: Record<string, unknown> = {}): Situatie => ({
  ...basis,
  ...extra,
  antwoorden: { ...ja, ...antwoorden },
});
const geweigerd = (extra: Partial<Situatie> = {}, a4?: Record<string, unknown>) =>
  met({ toestemming: 'geweigerd', ...extra }, a4 ? { afweging4: a4 } : {});
const vijf = alleVoorwaarden();

describe('advies: the next step in the handbook’s order', () => {
  it.each<[string, Situatie, string, string]>([
    ['nothing answered yet', { ...basis, antwoorden: {} }, 'onbepaald', 'afweging-1'],
    ['afweging 2 still open', met({}, { afweging2: undefined }), 'onbepaald', 'afweging-2'],
    ['no grondslag chosen yet', met({ grondslag: undefined }), 'onbepaald', 'afweging-2'],
    [
      'no welbepaald doel',
      met({}, { afweging2: { welbepaaldDoel: false, uitdrukkelijkOmschreven: true } }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'data not omschreven',
      met({}, { afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: false } }),
      'niet-delen',
      'niet-delen',
    ],
    ['no grondslag at all', met({ grondslag: null }), 'niet-delen', 'niet-delen'],
    ['afweging 3 still open', met({}, { afweging3: undefined }), 'onbepaald', 'afweging-3'],
    [
      'not doelmatig',
      met({}, { afweging3: { doelmatig: false, proportioneel: true, subsidiair: true } }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'not subsidiair',
      met({}, { afweging3: { doelmatig: true, proportioneel: true, subsidiair: false } }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'not proportioneel',
      met({}, { afweging3: { doelmatig: true, proportioneel: false, subsidiair: true } }),
      'onbepaald',
      'minder-gegevens',
    ],
    [
      'a route without consent',
      met({
        professional: professional('leerplichtambtenaar', 'ambtelijk', 'gemeente'),
        grondslag: { grondslag: 'publieke-taak', motivering: 'Aanpak van verzuim.' },
        gegevens: ['gegevens-terugkeer-school'],
      }),
      'grondslag-zonder-toestemming',
      'verstrekken',
    ],
    [
      'the meldrecht',
      met({
        grondslag: {
          grondslag: null,
          wettelijkeBasis: 'Wmo 2015 art. 5.2.6',
          motivering: 'Vermoeden van mishandeling.',
        },
        ontvangers: [{ organisatie: 'Veilig Thuis', soort: 'veilig-thuis' }],
        omstandigheden: { vermoedenHuiselijkGeweld: true },
      }),
      'meldrecht',
      'verstrekken',
    ],
    [
      'no representative on record',
      met({ client: { ...volwassene, wilsonbekwaam: true } }),
      'met-toestemming',
      'vertegenwoordiging-vastleggen',
    ],
    ['consent given', met({ toestemming: 'gegeven' }), 'met-toestemming', 'verstrekken'],
    ['consent not asked yet', basis, 'met-toestemming', 'toestemming-vragen'],
    [
      'consent asked, no answer yet',
      met({ toestemming: 'gevraagd' }),
      'met-toestemming',
      'toestemming-vragen',
    ],
    [
      'acute danger before consent was asked',
      met({ omstandigheden: { acuutVitaalBelang: true } }),
      'afweging-4a',
      'afweging-4',
    ],
    [
      'refused, for a pet that never shares without consent',
      geweigerd({ professional: professional('zorgverlener') }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'refused, for data that cross the laws',
      geweigerd({
        professional: professional('aanbieder-wmo'),
        ontvangers: [{ organisatie: 'Toegang jeugd', pet: 'gemeente-jeugdwet' }],
      }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'no answer, for a BIG professional',
      met({ toestemming: 'geen-antwoord', professional: professional('big-zorgverlener', 'big') }),
      'afweging-4c',
      'afweging-4',
    ],
    [
      'refused, the client has good arguments',
      geweigerd({}, { goedeArgumentenClient: true, conflictVanPlichten: vijf }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'refused, no conflict van plichten',
      geweigerd({}, { goedeArgumentenClient: false, conflictVanPlichten: null }),
      'niet-delen',
      'niet-delen',
    ],
    [
      'refused, all five conditions met',
      geweigerd({}, { goedeArgumentenClient: false, conflictVanPlichten: vijf }),
      'afweging-4a',
      'collegiale-toetsing-en-akkoord',
    ],
  ])('%s → %s, %s', (_, situatie, route, stap) => {
    const a = advies(situatie);
    expect(a.route).toBe(route);
    expect(a.volgendeStap.stap).toBe(stap);
    expect(a.volgendeStap.bron).toMatch(/^Handleiding/);
  });

  it('explains why a grondslag does not fit, and what may not be shared', () => {
    const a = advies(
      met({
        professional: professional('gemeente-wmo', 'ambtelijk', 'gemeente'),
        gegevens: ['plan-van-aanpak'],
      }),
    );
    expect(a.volgendeStap.stap).toBe('grondslag-herzien');
    expect(a.overtredingen.map((o) => o.code)).toEqual([
      'toestemming-niet-bruikbaar',
      'niet-delen-categorie',
    ]);
    expect(a.nietDelen).toEqual([
      expect.objectContaining({ categorie: 'plan-van-aanpak', alleenMetToestemming: false }),
    ]);
  });

  it('lists a missing representative and a failed condition as violations', () => {
    expect(
      advies(met({ client: { ...volwassene, wilsonbekwaam: true } })).overtredingen.map((o) => o.code),
    ).toEqual(['geen-vertegenwoordiger']);
    const a = advies(
      geweigerd(
        {},
        {
          goedeArgumentenClient: false,
          conflictVanPlichten: { ...vijf, geenAndereWeg: { voldaan: false, onderbouwing: '' } },
        },
      ),
    );
    expect(a).toMatchObject({ route: 'niet-delen', nietVoorafInformeren: false });
    expect(a.overtredingen.map((o) => o.code)).toEqual(['conflict-van-plichten-voorwaarde-3']);
  });

  it('marks afweging 4b when a gerechtvaardigde reden is given', () => {
    const a = advies(
      geweigerd(
        {},
        {
          goedeArgumentenClient: false,
          conflictVanPlichten: vijf,
          nietVoorafInformeren: 'voorkomen-strafbare-feiten',
        },
      ),
    );
    expect(a.nietVoorafInformeren).toBe(true);
  });

  it('refuses an invalid situation with Dutch messages', () => {
    expect(() => advies({ ...basis, doel: 'kort' })).toThrow(
      'Beschrijf het doel van het delen in minstens 10 tekens.',
    );
  });
});

describe('adviesJsonSchema', () => {
  it('publishes input and output as JSON Schema', () => {
    expect(adviesJsonSchema.invoer).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['client', 'professional', 'gegevens']),
    });
    expect(adviesJsonSchema.uitvoer).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['route', 'volgendeStap', 'overtredingen']),
    });
    expect(JSON.stringify(adviesJsonSchema.invoer)).toContain('big-zorgverlener');
  });
});
