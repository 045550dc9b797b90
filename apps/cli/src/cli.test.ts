import { describe, expect, it } from 'vitest';
import { voerUit } from './cli';

const situatie = {
  peildatum: '2026-11-23',
  client: { id: 'c-1', geboortedatum: '1970-01-01', wilsonbekwaam: false, vertegenwoordigers: [] },
  professional: {
    gebruikerId: 'p-1',
    pet: 'sociaal-werker',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
  doel: 'Hulp afstemmen met de thuiszorg',
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: [{ organisatie: 'Thuiszorg Oost' }],
};

describe('deelwijs CLI', () => {
  it('prints the advice as JSON', () => {
    const uit = voerUit(['advies'], JSON.stringify(situatie));
    expect(uit.code).toBe(0);
    expect(JSON.parse(uit.stdout)).toMatchObject({
      route: 'onbepaald',
      volgendeStap: { stap: 'afweging-1' },
    });
  });

  it.each([
    ['no JSON', 'dit is geen json', 'De invoer is geen geldige JSON'],
    [
      'a situation with a short purpose',
      JSON.stringify({ ...situatie, doel: 'kort' }),
      '- doel: Beschrijf het doel van het delen in minstens 10 tekens.',
    ],
    [
      'an unknown pet, in Dutch',
      JSON.stringify({ ...situatie, professional: { ...situatie.professional, pet: 'bakker' } }),
      '- professional.pet: Ongeldige',
    ],
    ['not an object', '42', '- (geheel): '],
  ])('exits 1 on %s', (_, invoer, melding) => {
    const uit = voerUit(['advies'], invoer);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe('');
    expect(uit.stderr).toContain(melding);
  });

  it('prints the JSON Schema', () => {
    expect(JSON.parse(voerUit(['schema'], '').stdout)).toHaveProperty('invoer.properties.client');
  });

  it.each([[[]], [['onzin']]])('explains its use on %j', (args) => {
    const uit = voerUit(args, '');
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain('deelwijs advies < situatie.json');
  });
});
