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
  verstrek,
  volwassene,
} from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';

describe('afweging 3', () => {
  const bij3 = () =>
    new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, ['relevante-hulpinformatie', 'naw']));
  const a3 = (antwoord: Record<string, unknown>): Opdracht =>
    ({
      soort: 'afweging-3',
      antwoord: {
        doelmatig: true,
        proportioneel: true,
        subsidiair: true,
        toelichting: 'Afgewogen.',
        ...antwoord,
      },
    }) as Opdracht;

  it.each([
    ['not doelmatig', { doelmatig: false }],
    ['not subsidiair', { subsidiair: false }],
    ['not proportioneel, without sharing less', { proportioneel: false }],
  ])('closes as niet gedeeld when %s', (_, antwoord) => {
    expect(bij3().doe(a3(antwoord)).status).toBe('niet-gedeeld');
  });

  it('asks along the graph: after a no the later questions are not asked', () => {
    const v = bij3().doe(a3({ doelmatig: false, proportioneel: undefined, subsidiair: undefined }));
    expect(v.status).toBe('niet-gedeeld');
    expect(v.dossier.at(-2)?.tekst).toContain('proportioneel: niet gevraagd; subsidiair: niet gevraagd');
  });

  it('refuses an answer that leaves a question the graph reaches open', () => {
    expect(codes(bij3(), a3({ subsidiair: undefined }))).toEqual(['afweging-3-onvolledig']);
  });

  it.each([
    ['other data', ['clientdossier']],
    ['the same data', ['relevante-hulpinformatie', 'naw']],
  ])('refuses sharing "less" that is %s', (_, gegevens) => {
    expect(
      codes(bij3(), a3({ proportioneel: false, minderGegevens: { gegevens, reden: 'Minder is genoeg.' } })),
    ).toEqual(['minder-gegevens-geen-deel']);
  });

  it('needs a representative on record before consent can be asked', () => {
    const v = new Verloop({ ...volwassene, wilsonbekwaam: true }, sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond));
    expect(codes(v, ja3)).toEqual(['geen-vertegenwoordiger']);
  });

  it('goes straight to sharing on a route without consent, and informs afterwards', () => {
    const v = new Verloop(volwassene, professional('leerplichtambtenaar', 'ambtelijk', 'gemeente'))
      .doe(ja1)
      .doe(
        afweging2({ grondslag: 'publieke-taak', motivering: 'Aanpak van het verzuim.' }, [
          'gegevens-terugkeer-school',
        ]),
      )
      .doe(ja3);
    expect(v.status).toBe('verstrekking');
    v.doe(verstrek({ gegevens: ['gegevens-terugkeer-school'] }));
    expect(v.status).toBe('informeren-achteraf');
    expect(v.proces.verstrekking?.basis).toEqual({ soort: 'grondslag-zonder-toestemming' });
  });

  it('closes at once for the police, who inform under their own law', () => {
    const v = new Verloop(volwassene, professional('politiefunctionaris', 'ambtelijk', 'politie'), [
      { organisatie: 'Bureau Halt', soort: 'halt' },
    ])
      .doe(ja1)
      .doe(
        afweging2(
          { grondslag: null, wettelijkeBasis: 'Wet politiegegevens', motivering: 'Verwijzing naar Halt.' },
          ['politiegegevens-voor-taak'],
        ),
      )
      .doe(ja3)
      .doe(verstrek({ gegevens: ['politiegegevens-voor-taak'], ontvangers: ['Bureau Halt'] }));
    expect(v.status).toBe('gedeeld-zonder-toestemming');
  });
});
