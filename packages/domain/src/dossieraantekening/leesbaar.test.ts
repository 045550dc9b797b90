import {
  aantekeningSoortLabel,
  clientAantekeningSoorten,
  conflictVanPlichtenVoorwaarden,
} from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  acuutGedeeld,
  afweging2,
  akkoord,
  bijToestemming,
  CLIENT_ID,
  casemanager,
  collega,
  ctx,
  ja1,
  ja3,
  leidinggevende,
  oppakken,
  poging,
  reikwijdte,
  sw,
  teInformeren,
  toestemmingGrond,
  toetsing,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
  weigering,
  wijzig,
} from '../../test/fixtures';
import { draagOver } from '../overdracht/overdracht';
import type { DeelverzoekProces, Opdracht } from '../proces/proces.schema';
import { AantekeningSoort } from './dossieraantekening.schema';
import {
  type DossierOmgeving,
  genoemdeMedewerkers,
  type LeesbareAantekening,
  leesbaarDossier,
  leesbareAantekening,
  leesbareTekst,
  medewerker,
  naamMetRol,
  nederlandseDatum,
  nederlandseTijd,
  type OpgeslagenAantekening,
} from './leesbaar';

const MOEDER = '6cb6a3a8-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const VADER = '7dc7b4b9-2d3e-4f60-9bac-1d2e3f4a5b6c';
const moeder = { soort: 'vertegenwoordiger', id: MOEDER, rol: 'ouder-met-gezag' } as const;
const vader = { soort: 'vertegenwoordiger', id: VADER, rol: 'ouder-met-gezag' } as const;
const gezin = (geboortedatum: string) => ({
  id: CLIENT_ID,
  geboortedatum,
  wilsonbekwaam: false,
  vertegenwoordigers: [
    { id: MOEDER, rol: 'ouder-met-gezag' as const },
    { id: VADER, rol: 'ouder-met-gezag' as const },
  ],
});

const medewerkers = new Map([
  [casemanager.gebruikerId, { naam: 'Eva Smit', rollen: [{ id: 'casemanager', label: 'casemanager' }] }],
  [
    collega.gebruikerId,
    {
      naam: 'Karim Bakker',
      rollen: [
        { id: 'casemanager', label: 'casemanager' },
        { id: 'deskundige-collega', label: 'deskundige collega' },
      ],
    },
  ],
  [
    leidinggevende.gebruikerId,
    { naam: 'Lotte de Wit', rollen: [{ id: 'leidinggevende', label: 'leidinggevende' }] },
  ],
]);
const vertegenwoordigers = [
  { id: MOEDER, naam: 'Sanne Jansen', rol: 'ouder-met-gezag' as const },
  { id: VADER, naam: 'Tom Jansen', rol: 'ouder-met-gezag' as const },
];
const lees = (v: Verloop) =>
  leesbaarDossier(v.dossier, { medewerkers, vertegenwoordigers, proces: v.proces });

const vooraf = {
  voorafGeinformeerd: {
    op: '2026-11-24T12:15:00.000Z',
    wijze: 'mondeling',
    reactieClient: 'Ik vind het niet fijn, maar ik begrijp het.',
  },
};
const uitstel: Opdracht = {
  soort: 'uitstel',
  reden: 'bescherming-betrokkene',
  onderbouwing: 'De zoon woont nog in huis; eerst veiligheid regelen.',
  tot: '2026-12-20T10:00:00.000Z',
};

/** Journeys that together write every kind of entry. */
const VERLOPEN: Record<string, () => Verloop> = {
  'doorbreking, vooraf verteld': () =>
    weigering()
      .doe(voorstel())
      .doe({ soort: 'toetser-toewijzen', toetser: { soort: 'collega', gebruikerId: collega.gebruikerId } })
      .doe(toetsing, collega)
      .doe(akkoord(), leidinggevende)
      .doe(verstrek(vooraf), casemanager, '2026-11-24T13:00:00.000Z'),
  'doorbreking met 4b, uitstel en informeren achteraf': () =>
    teInformeren()
      .doe(uitstel)
      .doe(
        { soort: 'uitstel-besluit', besluit: { besluit: 'akkoord', toelichting: 'Veiligheid gaat voor.' } },
        leidinggevende,
      )
      .doe(
        {
          soort: 'informeren-achteraf',
          informeren: { wijze: 'telefoon', reactieClient: 'Goed dat u het zegt.' },
        },
        casemanager,
        '2026-12-01T22:04:08.192Z',
      ),
  'ouders van een leerling van 14': () =>
    new Verloop(gezin('2012-03-01'), sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond))
      .doe(ja3)
      .doe(poging('nee', moeder, { woordenClient: 'Wij willen dit liever niet.' })),
  'een kind van 8: ouders beslissen, het kind hoort het': () =>
    new Verloop(gezin('2018-05-01'), sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond))
      .doe(ja3)
      .doe({
        soort: 'partij-geinformeerd',
        informeren: {
          partij: { soort: 'client' },
          op: '2026-11-24T09:00:00.000Z',
          wijze: 'gesprek',
          toelichting: 'Met een tekening uitgelegd wat we gaan doen.',
        },
      })
      .doe(poging('ja', moeder))
      .doe(poging('ja', vader))
      .doe({
        soort: 'toestemming-intrekken',
        partij: vader,
        toelichting: 'Vader bedacht zich na een nacht.',
      }),
  meldrecht: () =>
    new Verloop(volwassene, sw, [{ organisatie: 'Veilig Thuis IJsselland', soort: 'veilig-thuis' }])
      .doe(ja1)
      .doe(
        afweging2(
          {
            grondslag: null,
            wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
            motivering: 'Vermoeden van geweld.',
          },
          ['alle-relevante-informatie'],
          { omstandigheden: { vermoedenHuiselijkGeweld: true } },
        ),
      )
      .doe(ja3)
      .doe({
        soort: 'meldrecht-overleg',
        overleg: { collega: { gebruikerId: collega.gebruikerId }, advies: 'Melden is verstandig.' },
      })
      .doe(verstrek({ gegevens: ['alle-relevante-informatie'], ontvangers: ['Veilig Thuis IJsselland'] })),
  doorverwezen: () =>
    new Verloop(volwassene, sw).doe({
      soort: 'afweging-1',
      antwoord: {
        hoortBijMij: false,
        toelichting: 'Geen vraag voor ons team.',
        doorverwezenNaar: 'Het GGZ-loket',
      },
    }),
  'overgedragen aan een collega': () => {
    const v = weigering();
    const team = 'wijkteam-noord';
    const r = draagOver(
      v.proces,
      {
        naar: { gebruikerId: collega.gebruikerId, rollen: ['professional'], team },
        reden: 'Eva is langdurig afwezig.',
        team,
        doorTeam: team,
      },
      ctx(leidinggevende, '2026-11-24T12:00:00.000Z'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.overtredingen));
    v.proces = r.waarde.proces;
    v.dossier.push(...r.waarde.aantekeningen);
    return v;
  },
  'grondslag vitaal belang': () =>
    new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2({ grondslag: 'vitaal-belang', motivering: 'Zijn leven is in gevaar, zonder twijfel.' })),
};

const gelezen = Object.entries(VERLOPEN).flatMap(([verloop, maak]) => {
  const v = maak();
  return lees(v).map((l, i) => ({ verloop, soort: v.dossier[i]?.soort as AantekeningSoort, l }));
});

/** Every string a reader sees in one entry. */
const zichtbaar = (l: LeesbareAantekening): string[] => [
  l.titel,
  l.wie.naam,
  l.wie.rol ?? '',
  l.wanneer,
  l.tekst ?? '',
  ...l.uitspraken.flatMap((u) => [u.wie, u.woorden]),
  ...l.onderdelen.flatMap((o) => [o.kop, ...o.regels.flatMap((r) => [r.naam, r.waarde])]),
];

/** What a reader must never meet: ids, ISO moments, user ids, codes of the process. */
const VERBODEN: [string, RegExp][] = [
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-/i],
  ['ISO-tijdstip', /\d{4}-\d{2}-\d{2}T\d{2}/],
  ['gebruikers-id', /casemanager-1|collega-1|leiding-1/],
  [
    'code',
    /client-weigert|geen-tijd|geen-antwoord|ouder-met-gezag|vitaal-belang|publieke-taak|grondslag-zonder|op basis van (doorbreking|meldrecht|toestemming)|Uitkomst: (nee|ja)\.|\(overleg\)|\(mondeling\)|: (eens|oneens|akkoord|afgewezen)\./,
  ],
];

describe('the readable file', () => {
  // Entries about the client itself are written outside any process; they have their own tests below.
  it.each(
    AantekeningSoort.options.filter((s) => !(clientAantekeningSoorten as readonly string[]).includes(s)),
  )('reads an entry of kind %s under its label, by name, in Dutch time', (soort) => {
    const van = gelezen.filter((g) => g.soort === soort);
    expect(van.length, `no journey writes ${soort}`).toBeGreaterThan(0);
    for (const { l } of van) {
      expect(l.titel).toBe(aantekeningSoortLabel[soort]);
      expect(['Eva Smit', 'Karim Bakker', 'Lotte de Wit']).toContain(l.wie.naam);
      expect(l.wanneer).toMatch(/^\d{1,2} [a-z]+ 20\d\d om \d\d:\d\d$/);
      expect(l.tekst !== null || l.onderdelen.length > 0).toBe(true);
    }
  });

  it.each(gelezen.map((g) => [g.verloop, g.soort, g.l] as const))(
    '%s, %s: no ids, ISO moments or codes',
    (_, __, l) => {
      for (const s of zichtbaar(l)) {
        for (const [wat, patroon] of VERBODEN) expect(s, `${wat} in "${s}"`).not.toMatch(patroon);
      }
    },
  );

  it('names each person in the role the entry was written in', () => {
    const v = lees(VERLOPEN['doorbreking, vooraf verteld']!());
    const toetsingDoor = v.find((l) => l.titel === aantekeningSoortLabel['collegiale-toetsing']);
    expect(toetsingDoor?.wie).toEqual({ naam: 'Karim Bakker', rol: 'deskundige collega' });
    expect(v[0]?.wie).toEqual({ naam: 'Eva Smit', rol: 'casemanager' });
    const gevraagd = v.find((l) => l.titel === aantekeningSoortLabel['toetsing-toegewezen']);
    expect(gevraagd?.tekst).toBe('Collegiale toetsing gevraagd aan deskundige collega Karim Bakker.');
  });

  it('shows each of the five conditions with its motivation, and the signature', () => {
    const v = lees(VERLOPEN['doorbreking, vooraf verteld']!());
    const voorstelLezing = v.find((l) => l.titel === aantekeningSoortLabel.doorbrekingsvoorstel);
    const vijf = voorstelLezing?.onderdelen.find((o) => o.kop === 'De vijf voorwaarden');
    expect(vijf?.regels).toHaveLength(5);
    for (const c of conflictVanPlichtenVoorwaarden) {
      expect(vijf?.regels.find((r) => r.naam === `${c.nummer}. ${c.vraag}`)?.waarde).toBe(
        'Ja. Uitvoerig besproken en onderbouwd in het team.',
      );
    }
    expect(voorstelLezing?.uitspraken).toEqual([
      { wie: 'De cliënt', woorden: 'Ik wil niet dat jullie over mij praten.' },
    ]);
    const besluit = v.find((l) => l.titel === aantekeningSoortLabel['akkoord-leidinggevende']);
    expect(besluit?.onderdelen[0]?.regels).toEqual([
      { naam: 'Naam', waarde: 'Lotte de Wit' },
      { naam: 'Rol', waarde: 'leidinggevende' },
      { naam: 'Wanneer', waarde: '24 november 2026 om 11:00' },
      { naam: 'Besluit', waarde: 'Akkoord: ik onderteken de doorbreking' },
      { naam: 'Toelichting', waarde: 'Gezien de risico’s is dit verantwoord.' },
    ]);
  });

  it('says who was told beforehand, when, how, and what they said', () => {
    const v = lees(VERLOPEN['doorbreking, vooraf verteld']!());
    const gedeeld = v.find((l) => l.titel === aantekeningSoortLabel.verstrekking);
    expect(gedeeld?.onderdelen.find((o) => o.kop === 'Vooraf verteld aan de cliënt')?.regels).toEqual([
      { naam: 'Wie', waarde: 'De cliënt' },
      { naam: 'Wanneer', waarde: '24 november 2026 om 13:15' },
      { naam: 'Hoe', waarde: 'Mondeling' },
    ]);
    // What the client said stands once, quoted under who said it.
    expect(gedeeld?.uitspraken).toEqual([
      { wie: 'De cliënt', woorden: 'Ik vind het niet fijn, maar ik begrijp het.' },
    ]);
    expect(gedeeld?.tekst).toMatch(/^Gedeeld \(doorbreking van de zwijgplicht/);
  });

  it('puts a parent’s words under the parent’s name and relation, not under the client', () => {
    const v = lees(VERLOPEN['ouders van een leerling van 14']!());
    const p = v.find((l) => l.titel === aantekeningSoortLabel.toestemmingspoging);
    expect(p?.uitspraken).toEqual([
      { wie: 'Sanne Jansen (ouder met gezag)', woorden: 'Wij willen dit liever niet.' },
    ]);
    expect(p?.onderdelen[0]?.regels).toContainEqual({
      naam: 'Aan',
      waarde: 'Sanne Jansen (ouder met gezag)',
    });
    for (const s of zichtbaar(p!)) expect(s).not.toContain('De cliënt zei');
  });

  it('reads the stored text alone when the process no longer holds the step', () => {
    const omg: DossierOmgeving = { medewerkers, vertegenwoordigers, proces: null };
    expect(
      leesbareTekst(
        'toestemmingspoging',
        `Toestemming gevraagd aan ouder met gezag (${MOEDER}) (telefoon, 2026-12-01T22:04:08.192Z). Uitkomst: nee. De cliënt zei: "Nee."`,
        omg,
      ),
    ).toBe(
      'Toestemming gevraagd aan Sanne Jansen (ouder met gezag) (telefoon, 1 december 2026 om 23:04). Uitkomst: nee, geweigerd. Sanne Jansen (ouder met gezag) zei: "Nee."',
    );
    expect(
      leesbareTekst('afweging-4', 'Afweging 4a gestart (client-weigert). Zij blijft weigeren.', omg),
    ).toBe('Afweging 4a gestart. Reden: de cliënt (of vertegenwoordiger) weigert. Zij blijft weigeren.');
    const [l] = leesbaarDossier(
      [
        {
          soort: 'uit-de-toekomst',
          tekst: 'Iets nieuws.',
          door: { gebruikerId: 'weg' },
          op: '2026-06-01T10:00:00Z',
        },
      ],
      omg,
    );
    expect(l).toMatchObject({ titel: 'Aantekening', wanneer: '1 juni 2026 om 12:00', tekst: 'Iets nieuws.' });
    expect(l?.wie.naam).not.toContain('weg');
  });

  it('gives Dutch local time across summer time', () => {
    expect(nederlandseTijd('2026-07-01T10:00:00Z')).toBe('1 juli 2026 om 12:00');
    expect(nederlandseTijd('2026-12-31T23:30:00Z')).toBe('1 januari 2027 om 00:30');
  });

  it('names every colleague an entry or its process mentions, for one lookup', () => {
    const v = VERLOPEN['doorbreking, vooraf verteld']!();
    expect(genoemdeMedewerkers(v.dossier, v.proces).sort()).toEqual([
      'casemanager-1',
      'collega-1',
      'leiding-1',
    ]);
    const m = VERLOPEN.meldrecht!();
    expect(genoemdeMedewerkers(m.dossier, m.proces)).toContain('collega-1');
  });
});

/** The parts of one entry as a reader scans them: "kop: naam=waarde | …". */
const delen = (l: LeesbareAantekening | undefined) =>
  l?.onderdelen.map((o) => `${o.kop}: ${o.regels.map((r) => `${r.naam}=${r.waarde}`).join(' | ')}`);
const vanSoort = (v: Verloop, soort: AantekeningSoort) =>
  lees(v).filter((_, i) => v.dossier[i]?.soort === soort);
const zonderProces: DossierOmgeving = { medewerkers, vertegenwoordigers, proces: null };
/** An entry as stored by an earlier step, read without its process. */
const oud = (soort: string, tekst: string): OpgeslagenAantekening => ({
  soort,
  tekst,
  door: { gebruikerId: casemanager.gebruikerId },
  op: '2026-11-24T10:00:00.000Z',
});

describe('the readable file: people who are no longer known', () => {
  it.each([
    ['a colleague with a role', { naam: 'Eva Smit', rol: 'casemanager' }, 'Eva Smit (casemanager)'],
    ['a colleague whose roles were all taken away', { naam: 'Piet Mulder', rol: null }, 'Piet Mulder'],
  ])('names %s', (_, wie, gelezen) => {
    expect(naamMetRol(wie)).toBe(gelezen);
  });

  it('names an account without roles by name only, in the entry and in the signature', () => {
    const v = VERLOPEN['doorbreking, vooraf verteld']!();
    const zonderRollen = new Map(medewerkers).set(leidinggevende.gebruikerId, {
      naam: 'Lotte de Wit',
      rollen: [],
    });
    const omg = { medewerkers: zonderRollen, vertegenwoordigers, proces: v.proces };
    expect(medewerker(omg, leidinggevende.gebruikerId, 'akkoord-leidinggevende')).toEqual({
      naam: 'Lotte de Wit',
      rol: null,
    });
    const i = v.dossier.findIndex((a) => a.soort === 'akkoord-leidinggevende');
    expect(delen(leesbareAantekening(v.dossier[i]!, omg))?.[0]).toBe(
      'Handtekening: Naam=Lotte de Wit | Wanneer=24 november 2026 om 11:00 | Besluit=Akkoord: ik onderteken de doorbreking | Toelichting=Gezien de risico’s is dit verantwoord.',
    );
  });

  it('names the writer of a kind this version does not know in their usual role', () => {
    const l = leesbareAantekening(oud('uit-de-toekomst', 'Iets nieuws.'), zonderProces);
    expect(l.wie).toEqual({ naam: 'Eva Smit', rol: 'casemanager' });
  });

  it.each([
    [
      'a representative who no longer stands with the client',
      'partij-geinformeerd',
      'ouder met gezag (0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d) is op een passende manier verteld wat er met de gegevens gebeurt (brief, 2026-11-24T09:00:00.000Z). Per brief uitgelegd.',
      'Een ouder met gezag die niet meer bij de cliënt staat is op een passende manier verteld wat er met de gegevens gebeurt (brief, 24 november 2026 om 10:00). Per brief uitgelegd.',
    ],
    [
      'a representative an earlier version wrote by id alone',
      'toestemming-ingetrokken',
      `${MOEDER.toUpperCase()} trok de toestemming in. Zij bedacht zich.`,
      'Sanne Jansen (ouder met gezag) trok de toestemming in. Zij bedacht zich.',
    ],
    [
      'an id alone of someone who no longer stands with the client',
      'toestemming-ingetrokken',
      '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d trok de toestemming in. Zij bedacht zich.',
      'Een persoon die niet meer bij de cliënt staat trok de toestemming in. Zij bedacht zich.',
    ],
  ] as const)('reads %s', (_, soort, tekst, gelezen) => {
    expect(leesbareTekst(soort, tekst, zonderProces)).toBe(gelezen);
  });

  it('shows a moment it cannot read as it was stored', () => {
    expect(nederlandseTijd('onbekend')).toBe('onbekend');
  });
});

describe('the readable file: texts the process no longer explains', () => {
  it.each([
    [
      'afweging-2',
      'a grondslag this version no longer lists',
      'Afweging 2. Grondslag: wgbo-oud. Motivering: Zo was het afgesproken.',
      'Afweging 2. Grondslag: wgbo-oud. Motivering: Zo was het afgesproken.',
    ],
    [
      'afweging-4',
      'a reason this version no longer lists',
      'Afweging 4c gestart (oude-reden). Zo besloten.',
      'Afweging 4c gestart. Reden: oude-reden. Zo besloten.',
    ],
    [
      'collegiale-toetsing',
      'the advice on an earlier proposal',
      'Collegiale toetsing (voorstel versie 2): oneens. Voorwaarde 3 is dun.',
      'Advies over versie 2 van het voorstel: niet eens met het voorstel. Voorwaarde 3 is dun.',
    ],
    [
      'informeren-achteraf',
      'the client told afterwards',
      'Cliënt achteraf geïnformeerd (e-mail). Reactie: "Dank voor het bericht."',
      'Cliënt achteraf geïnformeerd (e-mail). Reactie: "Dank voor het bericht."',
    ],
  ])('%s: reads %s', (soort, _, tekst, gelezen) => {
    const l = leesbareAantekening(oud(soort, tekst), zonderProces);
    expect(l).toMatchObject({ tekst: gelezen, uitspraken: [], onderdelen: [] });
  });

  it.each([
    [
      'signed',
      'akkoord',
      'Leidinggevende achteraf over de acute verstrekking: akkoord.',
      'Akkoord: ik onderteken de doorbreking',
    ],
    [
      'refused',
      'afgewezen',
      'Leidinggevende achteraf over de acute verstrekking: geen akkoord.',
      'Acuut gedeeld, achteraf afgewezen',
    ],
  ])(
    'the signature after an acute verstrekking, %s, is worded for data already shared',
    (_, besluit, zin, label) => {
      const v = acuutGedeeld().doe(akkoord(besluit), leidinggevende, '2026-11-24T15:00:00.000Z');
      const [l] = vanSoort(v, 'akkoord-leidinggevende');
      expect(l?.tekst?.startsWith(`${zin} Gezien de risico’s is dit verantwoord.`)).toBe(true);
      expect(l?.onderdelen[0]?.regels).toContainEqual({ naam: 'Besluit', waarde: label });
    },
  );
});

describe('the readable file: steps recorded without their optional parts', () => {
  it('an attempt without the client’s words, for consent that runs out', () => {
    const geldig = { ...reikwijdte(), geldigTot: '2027-06-01T10:00:00.000Z' };
    const v = bijToestemming().doe(
      poging('ja', { soort: 'client' }, { woordenClient: undefined, reikwijdte: geldig }),
    );
    const [l] = vanSoort(v, 'toestemmingspoging');
    expect(l?.uitspraken).toEqual([]);
    expect(delen(l)).toEqual([
      'De poging: Aan=De cliënt | Hoe=Gesprek | Wanneer=24 november 2026 om 10:30 | Uitkomst=Ja, toestemming gegeven',
      'Toestemming voor: Doel=Hulp in samenhang afstemmen met de betrokken hulpverlening | Gegevens=Relevante informatie voor de hulp | Ontvangers=Thuiszorg Oost | Hoe=Schriftelijk | Geldig tot=1 juni 2027 om 12:00',
    ]);
  });

  it('a verstrekking on consent, with data left out on purpose and nothing to tell beforehand', () => {
    const v = bijToestemming()
      .doe(poging('ja'))
      .doe(
        verstrek({
          achterwegeGelaten: [{ categorie: 'naw', reden: 'De thuiszorg kent haar adres al.' }],
        }),
      );
    expect(delen(vanSoort(v, 'verstrekking')[0])).toEqual([
      'Wat er is gedeeld: Basis=Met toestemming | Gegevens=Relevante informatie voor de hulp | Ontvangers=Thuiszorg Oost | Hoe=In overleg | Bewust niet gedeeld=NAW: De thuiszorg kent haar adres al.',
    ]);
  });

  it('a proposal after a talk without a reaction, told beforehand without one, told afterwards without one', () => {
    const zonderReactie = {
      belang: 'Zijn gezondheid gaat snel achteruit.',
      doel: 'De thuiszorg laten ingrijpen.',
      wat: 'Onze zorgen over zijn veiligheid.',
    };
    const v = weigering()
      .doe(voorstel({ gesprek: zonderReactie }))
      .doe(oppakken, collega)
      .doe(toetsing, collega)
      .doe(akkoord(), leidinggevende)
      .doe(verstrek({ voorafGeinformeerd: { op: '2026-11-24T12:15:00.000Z', wijze: 'mondeling' } }));
    const [voorstelLezing] = vanSoort(v, 'doorbrekingsvoorstel');
    expect(voorstelLezing?.uitspraken).toEqual([]);
    expect(delen(voorstelLezing)?.[0]).toBe(
      'Gesprek met de cliënt: Belang van het delen=Zijn gezondheid gaat snel achteruit. | Doel=De thuiszorg laten ingrijpen. | Wat er gedeeld zou worden=Onze zorgen over zijn veiligheid.',
    );
    const [gedeeld] = vanSoort(v, 'verstrekking');
    expect(gedeeld?.uitspraken).toEqual([]);
    expect(delen(gedeeld)?.[1]).toBe(
      'Vooraf verteld aan de cliënt: Wie=De cliënt | Wanneer=24 november 2026 om 13:15 | Hoe=Mondeling',
    );
    const achteraf = teInformeren().doe(
      { soort: 'informeren-achteraf', informeren: { wijze: 'brief' } },
      casemanager,
      '2026-11-26T10:00:00.000Z',
    );
    const [verteld] = vanSoort(achteraf, 'informeren-achteraf');
    expect(verteld).toMatchObject({ tekst: null, uitspraken: [] });
    expect(delen(verteld)).toEqual([
      'Achteraf verteld aan de cliënt: Wie=De cliënt | Wanneer=26 november 2026 om 11:00 | Hoe=Brief',
    ]);
  });

  it('a proposal changed after advice against: each advice read with its own version, both advisers named', () => {
    const v = weigering()
      .doe(voorstel())
      .doe(oppakken, collega)
      .doe(
        {
          soort: 'collegiale-toetsing',
          toetsing: { oordeel: 'oneens', toelichting: 'Voorwaarde 3 is dun.' },
        },
        collega,
        '2026-11-24T11:00:00.000Z',
      )
      .doe(wijzig(), casemanager, '2026-11-24T12:00:00.000Z')
      .doe(toetsing, collega, '2026-11-24T13:00:00.000Z');
    expect(vanSoort(v, 'collegiale-toetsing').map(delen)).toEqual([
      ['Advies: Oordeel=Niet eens met het voorstel (versie 1) | Toelichting=Voorwaarde 3 is dun.'],
      ['Advies: Oordeel=Eens met het voorstel (versie 2) | Toelichting=Voorwaarden zijn goed onderbouwd.'],
    ]);
    // The first proposal is no longer the process's: its stored text is what the file shows.
    const [eerste, tweede] = vanSoort(v, 'doorbrekingsvoorstel');
    expect(eerste?.onderdelen).toEqual([]);
    expect(eerste?.tekst).toMatch(/^Voorstel afweging 4a\. Gesprek met de cliënt\./);
    expect(tweede?.tekst).toMatch(/^Voorstel gewijzigd \(versie 2\): Minder gegevens: alleen de zorgen\./);
    // Had another colleague given the first advice, the file would name them too.
    v.proces.afweging4!.eerdereToetsingen[0]!.door = { gebruikerId: 'collega-2' };
    expect(genoemdeMedewerkers(v.dossier, v.proces)).toContain('collega-2');
  });
});

describe('the readable file: entries older than the process they are read with', () => {
  it('keeps the stored text of every step the process does not hold', () => {
    const v = VERLOPEN['doorbreking met 4b, uitstel en informeren achteraf']!();
    const VAN_HET_PROCES = [
      'toestemmingspoging',
      'doorbrekingsvoorstel',
      'collegiale-toetsing',
      'akkoord-leidinggevende',
      'verstrekking',
      'informeren-achteraf',
    ];
    const eerder = weigering().proces;
    const { afweging4: _, ...zonderAfweging4 } = eerder;
    // A process without these attempts, and one stored before afweging 4 was kept in it.
    for (const proces of [{ ...eerder, pogingen: [] }, zonderAfweging4 as DeelverzoekProces]) {
      const omg = { medewerkers, vertegenwoordigers, proces };
      const gelezen = v.dossier
        .filter((a) => VAN_HET_PROCES.includes(a.soort))
        .map((a) => leesbareAantekening(a, omg, 1));
      expect(gelezen.map((l) => l.titel)).toEqual(
        VAN_HET_PROCES.map((s) => aantekeningSoortLabel[s as AantekeningSoort]),
      );
      for (const l of gelezen) expect(l).toMatchObject({ uitspraken: [], onderdelen: [] });
      expect(gelezen.map((l) => l.tekst?.slice(0, 40))).toEqual([
        'Toestemming gevraagd aan de cliënt (gesp',
        'Voorstel afweging 4a. Gesprek met de cli',
        'Advies over versie 1 van het voorstel: e',
        'Besluit: akkoord, de doorbreking is onde',
        'Gedeeld (doorbreking van de zwijgplicht,',
        'Cliënt achteraf geïnformeerd (telefoon).',
      ]);
    }
  });

  it('reads a told party from a process stored before it kept who was told', () => {
    const v = VERLOPEN['een kind van 8: ouders beslissen, het kind hoort het']!();
    const { geinformeerd: _, ...oudProces } = v.proces;
    const omg = { medewerkers, vertegenwoordigers, proces: oudProces as DeelverzoekProces };
    const i = v.dossier.findIndex((a) => a.soort === 'partij-geinformeerd');
    expect(leesbareAantekening(v.dossier[i]!, omg)).toMatchObject({
      tekst:
        'De cliënt is op een passende manier verteld wat er met de gegevens gebeurt (gesprek, 24 november 2026 om 10:00). Met een tekening uitgelegd wat we gaan doen.',
      onderdelen: [],
    });
  });
});

describe('entries about the client itself', () => {
  const omg: DossierOmgeving = { medewerkers, vertegenwoordigers, proces: null };
  const lees1 = (soort: string, tekst: string) =>
    leesbaarDossier([{ soort, tekst, door: casemanager, op: '2026-12-04T10:00:00.000Z' }], omg)[0]!;

  it.each([
    [
      'geboortedatum-gecorrigeerd',
      'Geboortedatum gecorrigeerd van 1980-03-01 naar 1981-01-03. Reden: Typfout bij 2020-01-01.',
      'Geboortedatum gecorrigeerd',
      'Geboortedatum gecorrigeerd van 1 maart 1980 naar 3 januari 1981 door Eva Smit (casemanager). Reden: Typfout bij 2020-01-01.',
    ],
    [
      'vertegenwoordiger-toegevoegd',
      `Vertegenwoordiger ouder met gezag (${MOEDER}) toegevoegd. Reden: Ontbrak bij de inschrijving.`,
      'Vertegenwoordiger toegevoegd',
      'Vertegenwoordiger Sanne Jansen (ouder met gezag) toegevoegd door Eva Smit (casemanager). Reden: Ontbrak bij de inschrijving.',
    ],
    [
      'wilsonbekwaamheid-gewijzigd',
      'Wilsonbekwaamheid gewijzigd van niet wilsonbekwaam naar wilsonbekwaam. Reden: Na overleg met de arts.',
      'Wilsonbekwaamheid gewijzigd',
      'Wilsonbekwaamheid gewijzigd van niet wilsonbekwaam naar wilsonbekwaam door Eva Smit (casemanager). Reden: Na overleg met de arts.',
    ],
    [
      'geboortedatum-gecorrigeerd',
      'Geboortedatum gecorrigeerd van 1980-03-01 naar 1981-01-03',
      'Geboortedatum gecorrigeerd',
      'Geboortedatum gecorrigeerd van 1 maart 1980 naar 3 januari 1981 door Eva Smit (casemanager).',
    ],
  ])('%s reads in words, with who did it and the reason as written', (soort, tekst, titel, leesbaar) => {
    const l = lees1(soort, tekst);
    expect(l.titel).toBe(titel);
    expect(l.deel).toBe('clientgegevens');
    expect(l.tekst).toBe(leesbaar);
    expect(l.wie).toEqual({ naam: 'Eva Smit', rol: 'casemanager' });
    for (const s of zichtbaar(l)) {
      for (const [wat, patroon] of VERBODEN) expect(s, `${wat} in "${s}"`).not.toMatch(patroon);
    }
  });

  it('says so when the representative is no longer on file', () => {
    expect(
      lees1(
        'vertegenwoordiger-toegevoegd',
        `Vertegenwoordiger voogd (${VADER.replace('7', '8')}) toegevoegd. Reden: Benoemd.`,
      ).tekst,
    ).toBe(
      'Vertegenwoordiger een voogd die niet meer bij de cliënt staat toegevoegd door Eva Smit (casemanager). Reden: Benoemd.',
    );
  });

  it('writes a calendar date in Dutch and leaves anything else alone', () => {
    expect(nederlandseDatum('1981-01-03')).toBe('3 januari 1981');
    expect(nederlandseDatum('1981-13-03')).toBe('1981-13-03');
    expect(nederlandseDatum('gisteren')).toBe('gisteren');
  });
});
