import { describe, expect, it } from 'vitest';
import {
  afweging2,
  bijToestemming,
  casemanager,
  codes,
  ja1,
  ja3,
  poging,
  professional,
  reikwijdte,
  Verloop,
  verstrek,
  volwassene,
} from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';

describe('toestemming', () => {
  it.each<[string, Opdracht, string[]]>([
    [
      'someone who does not decide',
      poging('nee', { soort: 'vertegenwoordiger', id: 'buurman', rol: 'partner' }),
      ['partij-beslist-niet'],
    ],
    [
      'an attempt in the future',
      poging('geen-antwoord', { soort: 'client' }, { op: '2026-12-01T10:00:00.000Z' }),
      ['poging-in-de-toekomst'],
    ],
    [
      'a yes that does not cover the data',
      poging('ja', { soort: 'client' }, { reikwijdte: reikwijdte(['naw']) }),
      ['toestemming-dekt-gegevens-niet'],
    ],
  ])('refuses %s', (_, o, verwacht) => {
    expect(codes(bijToestemming(), o)).toEqual(verwacht);
  });

  it('records attempts without a yes and keeps asking', () => {
    const v = bijToestemming().doe(
      poging('niet-bereikbaar', { soort: 'client' }, { woordenClient: undefined }),
    );
    expect(v.status).toBe('toestemming');
    expect(v.dossier.at(-1)?.tekst).not.toContain('De cliënt zei');
  });

  it('a withdrawn consent sends the deelverzoek back to asking, before anything is shared', () => {
    const v = bijToestemming().doe(poging('ja'));
    expect(v.status).toBe('verstrekking');
    v.doe({
      soort: 'toestemming-intrekken',
      partij: { soort: 'client' },
      toelichting: 'Mevrouw wil het toch niet.',
    });
    expect(v.status).toBe('toestemming');
    v.doe(poging('ja')).doe({
      soort: 'toestemming-intrekken',
      partij: { soort: 'client' },
      toelichting: 'Weer niet.',
    });
    expect(v.proces.toestemmingen.map((t) => t.ingetrokkenOp)).toEqual([
      '2026-11-24T10:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
    ]);
    expect(
      codes(v, { soort: 'toestemming-intrekken', partij: { soort: 'client' }, toelichting: 'Nog eens.' }),
    ).toEqual(['geen-toestemming-om-in-te-trekken']);
  });

  it('withdrawing on a route that needs no consent leaves sharing possible', () => {
    const v = new Verloop(volwassene, professional('gemeente-wmo', 'ambtelijk', 'gemeente'))
      .doe(ja1)
      .doe(
        afweging2({ grondslag: 'publieke-taak', motivering: 'Beoordelen welke voorziening nodig is.' }, [
          'ondersteuningsbehoefte',
        ]),
      )
      .doe(ja3);
    expect(v.status).toBe('verstrekking');
    v.proces = {
      ...v.proces,
      toestemmingen: [
        {
          ...reikwijdte(),
          gegevenDoor: { soort: 'client' },
          op: '2026-11-23T10:00:00.000Z',
          vastgelegdDoor: casemanager,
        } as never,
      ],
    };
    v.doe({ soort: 'toestemming-intrekken', partij: { soort: 'client' }, toelichting: 'Ingetrokken.' });
    expect(v.status).toBe('verstrekking');
  });

  it('refuses sharing when the consent ran out in the meantime', () => {
    const v = bijToestemming().doe(
      poging(
        'ja',
        { soort: 'client' },
        { reikwijdte: { ...reikwijdte(), geldigTot: '2026-11-30T00:00:00.000Z' } },
      ),
    );
    expect(codes(v, verstrek(), casemanager, '2026-12-01T10:00:00.000Z')).toEqual([
      'toestemming-ontbreekt',
      'toestemming-verlopen',
    ]);
  });
});
