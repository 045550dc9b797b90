import { describe, expect, it } from 'vitest';
import {
  afweging2,
  codes,
  ja1,
  ja3,
  professional,
  sw,
  toestemmingGrond,
  Verloop,
  volwassene,
} from '../../test/fixtures';

describe('afweging 2', () => {
  it.each<[string, Record<string, unknown>, unknown]>([
    ['no welbepaald doel', { welbepaaldDoel: false }, toestemmingGrond],
    ['data not uitdrukkelijk omschreven', { uitdrukkelijkOmschreven: false }, toestemmingGrond],
    ['no grondslag', {}, null],
  ])('closes as niet gedeeld with %s', (_, extra, grond) => {
    const v = new Verloop(volwassene, sw).doe(ja1).doe(afweging2(grond, undefined, extra));
    expect(v.status).toBe('niet-gedeeld');
    expect(v.dossier.at(-2)?.tekst).toContain('Niet delen');
  });

  it('asks along the graph: after a no nothing more is asked, and the file says so', () => {
    const v = new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2(undefined, undefined, { welbepaaldDoel: false, uitdrukkelijkOmschreven: undefined }));
    expect(v.status).toBe('niet-gedeeld');
    expect(v.dossier.at(-2)?.tekst).toContain(
      'Welbepaald doel: nee; uitdrukkelijk omschreven: niet gevraagd. Niet delen: het doel is niet welbepaald.',
    );
  });

  it('refuses an answer that leaves a question the graph reaches open', () => {
    expect(codes(new Verloop(volwassene, sw).doe(ja1), afweging2(undefined))).toEqual([
      'afweging-2-onvolledig',
    ]);
  });

  it('needs a pet to check the grondslag', () => {
    expect(codes(new Verloop(volwassene, professional(null)).doe(ja1), afweging2(toestemmingGrond))).toEqual([
      'pet-onbekend',
    ]);
  });

  it('refuses a grondslag Bijlage 1 rules out for the pet, and records what only consent opens', () => {
    const gemeente = new Verloop(volwassene, professional('gemeente-wmo', 'ambtelijk', 'gemeente')).doe(ja1);
    expect(codes(gemeente, afweging2(toestemmingGrond))).toEqual(['toestemming-niet-bruikbaar']);
    gemeente.doe(
      afweging2(
        { grondslag: 'publieke-taak', motivering: 'Beoordelen welke voorziening nodig is.' },
        ['ondersteuningsbehoefte'],
        {
          ontvangers: [{ organisatie: 'Toegang jeugd', pet: 'gemeente-jeugdwet' }],
        },
      ),
    );
    expect(gemeente.proces.deelverzoek.ontvangers).toEqual([
      { organisatie: 'Toegang jeugd', pet: 'gemeente-jeugdwet' },
    ]);
    expect(gemeente.proces.inhoud?.toestemmingVereist.map((o) => o.code)).toEqual([
      'tussen-wetten-zonder-toestemming',
    ]);
    expect(gemeente.dossier.at(-1)?.tekst).toContain('Alleen met toestemming');
    // A route without consent still waits for consent when the data cross the laws.
    gemeente.doe(ja3);
    expect(gemeente.status).toBe('toestemming');
  });
});
