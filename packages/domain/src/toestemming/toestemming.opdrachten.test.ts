import { describe, expect, it } from 'vitest';
import {
  afweging2,
  bijToestemming,
  CLIENT_ID,
  casemanager,
  codes,
  ja1,
  ja3,
  poging,
  professional,
  reikwijdte,
  sw,
  toestemmingGrond,
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

describe('consent completed: every party, and those to be told', () => {
  const moeder = { soort: 'vertegenwoordiger', id: 'moeder', rol: 'ouder-met-gezag' };
  const vader = { soort: 'vertegenwoordiger', id: 'vader', rol: 'ouder-met-gezag' };
  const leerling = {
    id: CLIENT_ID,
    geboortedatum: '2011-03-01',
    wilsonbekwaam: false,
    vertegenwoordigers: [
      { id: 'moeder', rol: 'ouder-met-gezag' as const },
      { id: 'vader', rol: 'ouder-met-gezag' as const },
    ],
  };
  const kind = { ...leerling, geboortedatum: '2018-05-01' };
  const vraag = (client: typeof leerling) =>
    new Verloop(client, sw).doe(ja1).doe(afweging2(toestemmingGrond)).doe(ja3);
  const verteld = (extra: Record<string, unknown> = {}): Opdracht =>
    ({
      soort: 'partij-geinformeerd',
      informeren: {
        partij: { soort: 'client' },
        op: '2026-11-24T09:00:00.000Z',
        wijze: 'gesprek',
        toelichting: 'Met een tekening uitgelegd wat we gaan doen.',
        ...extra,
      },
    }) as Opdracht;

  it('a no from one parent of a pupil of 14 means no consent, whatever the others said', () => {
    const v = vraag(leerling).doe(poging('ja')).doe(poging('ja', moeder)).doe(poging('nee', vader));
    expect(v.status).toBe('toestemming');
    const later = vraag(leerling).doe(poging('nee', vader)).doe(poging('ja')).doe(poging('ja', moeder));
    expect(later.status).toBe('toestemming');
  });

  it('a child under 12 is told rather than asked: a step the professional records', () => {
    const v = vraag(kind);
    expect(v.proces.wieMoetToestemmen?.informeren).toEqual([{ soort: 'client' }]);
    v.doe(verteld());
    expect(v.proces.geinformeerd).toEqual([
      expect.objectContaining({
        partij: { soort: 'client' },
        door: { gebruikerId: casemanager.gebruikerId },
      }),
    ]);
    expect(v.dossier.at(-1)?.tekst).toMatch(/^de cliënt is op een passende manier verteld/);
    v.doe(poging('ja', moeder)).doe(poging('ja', vader)).doe(verstrek());
    expect(v.status).toBe('gedeeld-met-toestemming');
    expect(v.proces.verstrekking?.signaleringen).toBeUndefined();
  });

  it('flags a verstrekking before the child was told, without blocking it', () => {
    const v = vraag(kind).doe(poging('ja', moeder)).doe(poging('ja', vader)).doe(verstrek());
    expect(v.status).toBe('gedeeld-met-toestemming');
    expect(v.proces.verstrekking?.signaleringen).toEqual([
      expect.objectContaining({
        code: 'partij-niet-geinformeerd',
        bron: expect.stringContaining('hoofdstuk 3'),
      }),
    ]);
    expect(v.dossier.find((a) => a.soort === 'verstrekking')?.tekst).toContain(
      'Let op: Er is gedeeld voordat vastlag dat de cliënt op een passende manier is verteld',
    );
  });

  it.each<[string, Opdracht, string[]]>([
    [
      'someone who decides rather than is told',
      verteld({ partij: moeder }),
      ['partij-hoeft-niet-geinformeerd'],
    ],
    ['a moment still to come', verteld({ op: '2026-12-24T09:00:00.000Z' }), ['informeren-in-de-toekomst']],
  ])('refuses recording %s', (_, o, verwacht) => {
    expect(codes(vraag(kind), o)).toEqual(verwacht);
  });

  it('refuses it where nobody is to be told', () => {
    const [fout] = vraag(leerling).probeer(verteld());
    expect(fout?.code).toBe('partij-hoeft-niet-geinformeerd');
    expect(fout?.bericht).toContain('De cliënt is 12 tot 16');
  });

  it('refuses it on a route that asked nobody', () => {
    const v = new Verloop(kind, sw, [{ organisatie: 'Veilig Thuis IJsselland', soort: 'veilig-thuis' }])
      .doe(ja1)
      .doe(
        afweging2(
          {
            grondslag: null,
            wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
            motivering: 'Vermoeden van mishandeling.',
          },
          ['alle-relevante-informatie'],
          { omstandigheden: { vermoedenHuiselijkGeweld: true } },
        ),
      )
      .doe(ja3);
    expect(v.status).toBe('verstrekking');
    expect(v.probeer(verteld())[0]).toMatchObject({
      code: 'partij-hoeft-niet-geinformeerd',
      bericht: 'de cliënt staat niet bij wie over het delen verteld moet worden.',
    });
  });
});
