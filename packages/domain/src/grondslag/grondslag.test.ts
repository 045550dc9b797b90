import type { PetId } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import type { Ontvanger } from '../deelverzoek/deelverzoek.schema';
import { type GrondslagToets, nietDelenVoor, toetsGrondslag } from './grondslag';

const geen = { vermoedenHuiselijkGeweld: false, optOutDeclaratie: false, acuutVitaalBelang: false };
const hulp: Ontvanger[] = [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' }];
const grond = (grondslag: GrondslagToets['grondslag']['grondslag'], wettelijkeBasis?: string) => ({
  grondslag,
  wettelijkeBasis,
  motivering: 'Zo staat het in Bijlage 1 voor deze pet.',
});
const toets = (pet: PetId, extra: Partial<GrondslagToets>): GrondslagToets => ({
  pet,
  grondslag: grond('toestemming'),
  gegevens: ['naw'],
  ontvangers: hulp,
  omstandigheden: geen,
  ...extra,
});

describe('toetsGrondslag: which grondslag fits the pet (Bijlage 1)', () => {
  it.each<[string, GrondslagToets, string[]]>([
    ['a gemeente (Wmo) on toestemming', toets('gemeente-wmo', {}), ['toestemming-niet-bruikbaar']],
    ['a gemeente (Jeugdwet) on toestemming', toets('gemeente-jeugdwet', {}), ['toestemming-niet-bruikbaar']],
    [
      'the police on an AVG grondslag',
      toets('politiefunctionaris', { grondslag: grond('publieke-taak') }),
      ['avg-niet-van-toepassing'],
    ],
    [
      'the police without naming the law',
      toets('politiefunctionaris', { grondslag: grond(null) }),
      ['wettelijke-basis-ontbreekt'],
    ],
    [
      'a sociaal werker on publieke taak',
      toets('sociaal-werker', { grondslag: grond('publieke-taak') }),
      ['grondslag-past-niet-bij-pet'],
    ],
    [
      'the police with a recipient the Wpg does not name',
      toets('politiefunctionaris', {
        grondslag: grond(null, 'Wet politiegegevens'),
        ontvangers: [{ organisatie: 'Gemeente', soort: 'gemeente' }],
      }),
      ['ontvanger-past-niet-bij-route'],
    ],
    [
      'Veilig Thuis informed without a suspicion of violence',
      toets('sociaal-werker', {
        grondslag: grond(null, 'Wmo 2015 art. 5.2.6'),
        ontvangers: [{ organisatie: 'VT', soort: 'veilig-thuis' }],
      }),
      ['ontvanger-past-niet-bij-route'],
    ],
    [
      'a gemeente sharing the plan van aanpak',
      toets('gemeente-wmo', { grondslag: grond('publieke-taak'), gegevens: ['plan-van-aanpak'] }),
      ['niet-delen-categorie'],
    ],
    [
      'a diagnosis on a declaration after the opt-out',
      toets('jeugdzorgwerker', {
        grondslag: grond('wettelijke-plicht'),
        gegevens: ['declaratiegegevens', 'diagnostische-gegevens'],
        ontvangers: [{ organisatie: 'Gemeente Zutphen', soort: 'gemeente' }],
        omstandigheden: { ...geen, optOutDeclaratie: true },
      }),
      ['opt-out-declaratie'],
    ],
  ])('refuses %s', (_, invoer, codes) => {
    const oordeel = toetsGrondslag(invoer);
    expect(oordeel.overtredingen.map((o) => o.code)).toEqual(codes);
    expect(oordeel.overtredingen.every((o) => o.bron.startsWith('Handleiding'))).toBe(true);
  });

  it('names the grondslagen that would fit, including a law without AVG grondslag', () => {
    const [o] = toetsGrondslag(
      toets('uitvoerder-participatiewet', { grondslag: grond('toestemming') }),
    ).overtredingen;
    expect(o?.code).toBe('toestemming-niet-bruikbaar');
    const [p] = toetsGrondslag(
      toets('uitvoerder-participatiewet', { grondslag: grond('overeenkomst') }),
    ).overtredingen;
    expect(p?.bericht).toContain('Participatiewet art. 65');
    expect(p?.bericht).toContain('Vitaal belang');
  });

  it.each<[string, GrondslagToets, string | null]>([
    [
      'the police under the Wpg to Halt',
      toets('politiefunctionaris', {
        grondslag: grond(null, 'Wet politiegegevens'),
        ontvangers: [{ organisatie: 'Halt', soort: 'halt' }],
      }),
      'grondslag-zonder-toestemming',
    ],
    [
      'a leerplichtambtenaar on the Leerplichtwet',
      toets('leerplichtambtenaar', {
        grondslag: grond('publieke-taak'),
        gegevens: ['gegevens-terugkeer-school'],
      }),
      'grondslag-zonder-toestemming',
    ],
    ['a sociaal werker on toestemming', toets('sociaal-werker', {}), 'met-toestemming'],
    [
      'a sociaal werker in vitaal belang',
      toets('sociaal-werker', {
        grondslag: grond('vitaal-belang'),
        gegevens: ['vitaal-noodzakelijke-gegevens'],
      }),
      'vitaal-belang',
    ],
    [
      'any professional under the meldrecht',
      toets('aanbieder-wmo', {
        grondslag: grond(null, 'Wmo 2015 art. 5.2.6'),
        gegevens: ['alle-relevante-informatie'],
        ontvangers: [{ organisatie: 'Veilig Thuis', soort: 'veilig-thuis' }],
        omstandigheden: { ...geen, vermoedenHuiselijkGeweld: true },
      }),
      'meldrecht',
    ],
    [
      'the melder row itself under the meldrecht',
      toets('hulpverlener-melder-veilig-thuis', {
        grondslag: grond(null, 'Wmo 2015 art. 5.2.6'),
        ontvangers: [{ organisatie: 'Veilig Thuis', soort: 'veilig-thuis' }],
        omstandigheden: { ...geen, vermoedenHuiselijkGeweld: true },
      }),
      'meldrecht',
    ],
    [
      'a recipient without kind on a route that names recipients',
      toets('sociaal-werker', { ontvangers: [{ organisatie: 'Buurtteam' }] }),
      'met-toestemming',
    ],
  ])('finds the route for %s', (_, invoer, soort) => {
    const oordeel = toetsGrondslag(invoer);
    expect(oordeel.overtredingen).toEqual([]);
    expect(oordeel.routeSoort).toBe(soort);
  });
});

describe('toetsGrondslag: what only consent opens', () => {
  it.each<[string, GrondslagToets, string[]]>([
    [
      'bijzondere persoonsgegevens on publieke taak without an explicit law',
      toets('gemeente-wmo', {
        grondslag: grond('publieke-taak'),
        gegevens: ['vitaal-noodzakelijke-gegevens'],
      }),
      ['bijzondere-persoonsgegevens-zonder-basis'],
    ],
    [
      'the same with the law named',
      toets('gemeente-wmo', {
        grondslag: grond('publieke-taak', 'Wmo 2015 art. 5.1.1'),
        gegevens: ['vitaal-noodzakelijke-gegevens'],
      }),
      [],
    ],
    [
      'bijzondere persoonsgegevens in vitaal belang',
      toets('gemeente-wmo', {
        grondslag: grond('vitaal-belang'),
        gegevens: ['vitaal-noodzakelijke-gegevens'],
      }),
      [],
    ],
    [
      'Veilig Thuis, whose route names its own law',
      toets('veilig-thuis', { grondslag: grond('publieke-taak'), gegevens: ['alle-relevante-informatie'] }),
      [],
    ],
    [
      'a Wmo provider to the Jeugdwet',
      toets('aanbieder-wmo', {
        ontvangers: [
          { organisatie: 'Toegang jeugd', pet: 'gemeente-jeugdwet', soort: 'betrokken-hulpverleners' },
        ],
      }),
      ['tussen-wetten-zonder-toestemming'],
    ],
    [
      'a Wmo provider within the Wmo',
      toets('aanbieder-wmo', { ontvangers: [{ organisatie: 'Wmo-loket', pet: 'gemeente-wmo' }] }),
      [],
    ],
    [
      'a Wmo provider to a doctor',
      toets('aanbieder-wmo', { ontvangers: [{ organisatie: 'Huisarts', pet: 'big-zorgverlener' }] }),
      [],
    ],
    [
      'a sociaal werker to the Participatiewet',
      toets('sociaal-werker', {
        ontvangers: [{ organisatie: 'Werk en inkomen', pet: 'uitvoerder-participatiewet' }],
      }),
      [],
    ],
    [
      'a BIG professional’s diagnoses',
      toets('big-zorgverlener', { gegevens: ['diagnostische-gegevens'] }),
      ['niet-delen-categorie'],
    ],
  ])('%s', (_, invoer, codes) => {
    expect(toetsGrondslag(invoer).toestemmingVereist.map((o) => o.code)).toEqual(codes);
  });
});

describe('nietDelenVoor: data minimisation per pet', () => {
  it('gives the reason from Bijlage 1, or says that Bijlage 1 lists it', () => {
    expect(nietDelenVoor('gemeente-jeugdwet', ['naw', 'plan-van-aanpak', 'clientdossier'])).toEqual([
      expect.objectContaining({
        categorie: 'plan-van-aanpak',
        reden: expect.stringContaining('niet deelt'),
        alleenMetToestemming: false,
      }),
      expect.objectContaining({
        categorie: 'clientdossier',
        reden: 'Het jeugdzorgdossier.',
        alleenMetToestemming: false,
      }),
    ]);
    expect(nietDelenVoor('sociaal-werker', ['clientdossier'])).toEqual([]);
  });
});
