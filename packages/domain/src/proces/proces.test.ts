import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  afweging2,
  akkoord,
  alleVoorwaarden,
  casemanager,
  collega,
  ctx,
  DEELVERZOEK_ID,
  ja1,
  ja3,
  leidinggevende,
  poging,
  professional,
  reikwijdte,
  toestemmingGrond,
  toetsing,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
} from '../../test/fixtures';
import { opdrachtMag, voerUit } from './proces';
import type { Opdracht } from './proces.schema';
import { procestermijn } from './termijnen';

const sw = professional('sociaal-werker');
const codes = (v: Verloop, o: Opdracht, door = casemanager, op?: string) =>
  v.probeer(o, door, op).map((f) => f.code);
const bijToestemming = () => new Verloop(volwassene, sw).doe(ja1).doe(afweging2(toestemmingGrond)).doe(ja3);
const weigering = (prof = sw) =>
  new Verloop(volwassene, prof)
    .doe(ja1)
    .doe(afweging2(toestemmingGrond))
    .doe(ja3)
    .doe(poging('nee'))
    .doe({ soort: 'start-afweging-4', reden: 'client-weigert', toelichting: 'De cliënt weigert.' });
const intrekken: Opdracht = { soort: 'intrekken', toelichting: 'Niet meer nodig.' };

describe('the status guard', () => {
  const geldig: Record<keyof typeof opdrachtMag, Opdracht> = {
    'afweging-1': ja1,
    'afweging-2': afweging2(toestemmingGrond),
    'afweging-3': ja3,
    toestemmingspoging: poging('nee'),
    'toestemming-intrekken': {
      soort: 'toestemming-intrekken',
      partij: { soort: 'client' },
      toelichting: 'Ingetrokken.',
    },
    'start-afweging-4': {
      soort: 'start-afweging-4',
      reden: 'client-weigert',
      toelichting: 'De cliënt weigert.',
    },
    doorbrekingsvoorstel: voorstel(),
    'collegiale-toetsing': toetsing,
    'akkoord-leidinggevende': akkoord(),
    verstrekking: verstrek(),
    uitstel: {
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'Nog niet veilig.',
      tot: '2026-12-20T10:00:00.000Z',
      aangevraagdDoor: casemanager,
    },
    'informeren-achteraf': { soort: 'informeren-achteraf', informeren: { wijze: 'brief' } },
    intrekken,
  };

  it.each(Object.entries(geldig))('refuses a valid %s once the deelverzoek is closed', (_, opdracht) => {
    const v = new Verloop(volwassene, sw).doe(intrekken);
    expect(v.probeer(opdracht)).toEqual([
      expect.objectContaining({
        code: 'opdracht-past-niet-bij-status',
        bericht: 'Dit kan nu niet: het deelverzoek staat op "Afgesloten: ingetrokken".',
      }),
    ]);
  });

  it('refuses sharing before the weighing is done', () => {
    expect(codes(new Verloop(volwassene, sw).doe(ja1), verstrek())).toEqual([
      'opdracht-past-niet-bij-status',
    ]);
  });

  it('refuses a second answer to afweging 1 by its own rule', () => {
    expect(codes(new Verloop(volwassene, sw).doe(ja1), ja1)).toEqual(['afweging-1-al-beantwoord']);
  });

  it('refuses a command for the wrong phase of a doorbreking', () => {
    expect(codes(weigering(), toetsing, collega)).toEqual(['opdracht-past-niet-bij-status']);
  });

  it('refuses invalid input with the field and a Dutch message', () => {
    const [fout] = new Verloop(volwassene, sw).probeer({
      soort: 'afweging-1',
      antwoord: { hoortBijMij: true, toelichting: '' },
    });
    expect(fout).toMatchObject({
      code: 'ongeldige-invoer',
      bericht: 'antwoord.toelichting: Licht uw antwoord toe in minstens 5 tekens.',
    });
  });

  it('gives the same result for the same command (deterministic ids)', () => {
    const v = new Verloop(volwassene, sw);
    const c = ctx(casemanager, '2026-11-24T10:00:00.000Z');
    expect(voerUit(v.proces, ja1, c)).toEqual(voerUit(v.proces, ja1, c));
    const r = voerUit(v.proces, ja1, c);
    expect(r.ok && r.waarde.aantekeningen[0]?.id).toBe(`${DEELVERZOEK_ID}:0002`);
  });
});

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

describe('start of afweging 4', () => {
  it.each<[string, string]>([
    ['client-weigert', 'afweging-4-client-weigert'],
    ['geen-antwoord', 'afweging-4-geen-antwoord'],
    ['geen-tijd', 'afweging-4-geen-tijd'],
  ])('needs the fact behind "%s" on record', (reden, code) => {
    expect(
      codes(bijToestemming(), {
        soort: 'start-afweging-4',
        reden,
        toelichting: 'Wij willen verder.',
      } as Opdracht),
    ).toEqual([code]);
  });

  it('after three unanswered attempts the casemanager may decide', () => {
    const v = bijToestemming();
    for (const op of ['2026-11-24T09:00:00.000Z', '2026-11-25T09:00:00.000Z', '2026-11-26T09:00:00.000Z']) {
      v.doe(poging('geen-antwoord', { soort: 'client' }, { op }), casemanager, '2026-11-26T10:00:00.000Z');
    }
    v.doe(
      { soort: 'start-afweging-4', reden: 'geen-antwoord', toelichting: 'Drie keer geen antwoord.' },
      casemanager,
      '2026-11-26T10:00:00.000Z',
    );
    expect(v.proces.afweging4).toMatchObject({ afweging: '4a', spoed: false, fase: 'voorstel' });
  });

  it('acute danger needs no waiting and marks the signature urgent', () => {
    const v = new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, undefined, { omstandigheden: { acuutVitaalBelang: true } }))
      .doe(ja3)
      .doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' })
      .doe(voorstel())
      .doe(toetsing, collega);
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'akkoord-leidinggevende',
      uiterlijk: '2026-11-24T14:00:00.000Z',
      spoed: true,
    });
  });

  it('is closed to a pet Bijlage 1 gives no route without consent', () => {
    const v = new Verloop(volwassene, professional('zorgverlener'))
      .doe(ja1)
      .doe(afweging2(toestemmingGrond))
      .doe(ja3)
      .doe(poging('nee'));
    expect(codes(v, { soort: 'start-afweging-4', reden: 'client-weigert', toelichting: 'Weigert.' })).toEqual(
      ['pet-deelt-niet-zonder-toestemming'],
    );
  });
});

describe('doorbreking', () => {
  it('closes as niet gedeeld without a conflict van plichten or vitaal belang', () => {
    expect(weigering().doe(voorstel({ conflictVanPlichten: null })).status).toBe('niet-gedeeld');
  });

  it('refuses a proposal that misses one of the five conditions', () => {
    const cvp = { ...alleVoorwaarden(), gewetensnood: { voldaan: false, onderbouwing: '' } };
    expect(codes(weigering(), voorstel({ conflictVanPlichten: cvp }))).toEqual([
      'conflict-van-plichten-voorwaarde-2',
    ]);
  });

  it.each([['the requester reviews their own proposal', casemanager, 'toetser-is-aanvrager']])(
    'refuses when %s',
    (_, door, code) => {
      expect(codes(weigering().doe(voorstel()), toetsing, door)).toEqual([code]);
    },
  );

  it.each([
    [
      'the requester signs their own request',
      { ...casemanager, rollen: ['leidinggevende' as const] },
      ['eigen-verzoek-ondertekend'],
    ],
    ['the reviewer signs', { ...collega, rollen: ['leidinggevende' as const] }, ['toetser-ondertekent']],
    [
      'someone who is no leidinggevende signs',
      { gebruikerId: 'iemand', rollen: ['professional' as const] },
      ['ondertekenaar-geen-leidinggevende'],
    ],
  ])('refuses when %s', (_, door, verwacht) => {
    expect(codes(weigering().doe(voorstel()).doe(toetsing, collega), akkoord(), door)).toEqual(verwacht);
  });

  it('closes as niet gedeeld when the leidinggevende refuses, and keeps the refusal', () => {
    const v = weigering().doe(voorstel()).doe(toetsing, collega).doe(akkoord('afgewezen'), leidinggevende);
    expect(v.status).toBe('niet-gedeeld');
    expect(v.proces.afweging4?.akkoord?.besluit).toBe('afgewezen');
  });

  it('runs the clocks of the review and the signature from the policy', () => {
    const v = weigering().doe(voorstel());
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'collegiale-toetsing',
      herinnering: '2026-11-25T10:00:00.000Z',
      escalatie: '2026-11-26T10:00:00.000Z',
    });
    v.doe(toetsing, collega);
    expect(procestermijn(v.proces, standaardBeleid)).toMatchObject({
      klok: 'akkoord-leidinggevende',
      spoed: false,
    });
  });
});

describe('verstrekking', () => {
  const klaar = () => bijToestemming().doe(poging('ja'));
  it.each<[string, Record<string, unknown>, string]>([
    [
      'more data than weighed',
      { gegevens: ['relevante-hulpinformatie', 'naw'] },
      'meer-gegevens-dan-afgewogen',
    ],
    ['another recipient', { ontvangers: ['Buurman'] }, 'andere-ontvanger-dan-afgewogen'],
    [
      'a category both shared and withheld',
      { achterwegeGelaten: [{ categorie: 'relevante-hulpinformatie', reden: 'Toch niet.' }] },
      'gedeeld-en-achterwege-gelaten',
    ],
  ])('refuses %s', (_, extra, code) => {
    expect(codes(klaar(), verstrek(extra))).toEqual([code]);
  });
});

describe('informeren achteraf and uitstel', () => {
  const teInformeren = () =>
    weigering()
      .doe(
        voorstel({
          nietVoorafInformeren: {
            reden: 'voorkomen-strafbare-feiten',
            onderbouwing: 'Huisgenoot zou het merken.',
          },
        }),
      )
      .doe(toetsing, collega)
      .doe(akkoord(), leidinggevende)
      .doe(verstrek(), casemanager, '2026-11-25T10:00:00.000Z');

  it('is due 30 days after sharing, with reminders', () => {
    expect(procestermijn(teInformeren().proces, standaardBeleid)).toMatchObject({
      klok: 'informeren-achteraf',
      uiterlijk: '2026-12-25T10:00:00.000Z',
    });
  });

  it('refuses an uitstel without a reason or approved by the requester', () => {
    const o: Opdracht = {
      soort: 'uitstel',
      onderbouwing: 'Nog niet veilig.',
      tot: '2026-12-20T10:00:00.000Z',
      aangevraagdDoor: casemanager,
    };
    expect(codes(teInformeren(), o, { ...casemanager, rollen: ['leidinggevende'] })).toEqual([
      'uitstel-zonder-gerechtvaardigde-reden',
      'eigen-verzoek-ondertekend',
    ]);
  });

  it('closes once the client was told, without their reaction if none was given', () => {
    const v = teInformeren().doe({ soort: 'informeren-achteraf', informeren: { wijze: 'brief' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(v.dossier.at(-2)?.tekst).toBe('Cliënt achteraf geïnformeerd (brief).');
    expect(procestermijn(v.proces, standaardBeleid)).toBeNull();
  });
});

describe('intrekken and clocks', () => {
  it('withdraws a deelverzoek in any open step', () => {
    const v = bijToestemming().doe(intrekken);
    expect(v.status).toBe('ingetrokken');
    expect(v.dossier.map((a) => a.soort).slice(-2)).toEqual(['afweging-3', 'afsluiting']);
    expect(v.dossier.at(-1)?.tekst).toBe('Deelverzoek ingetrokken. Niet meer nodig.');
  });

  it('runs the consent clock while asking', () => {
    expect(procestermijn(bijToestemming().proces, standaardBeleid)).toEqual({
      klok: 'toestemming',
      herinneringZonderPoging: '2026-11-27T10:00:00.000Z',
      beslismoment: '2026-12-08T10:00:00.000Z',
    });
  });
});
