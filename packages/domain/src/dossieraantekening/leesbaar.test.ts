import {
  aantekeningSoortLabel,
  clientAantekeningSoorten,
  conflictVanPlichtenVoorwaarden,
} from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  afweging2,
  akkoord,
  CLIENT_ID,
  casemanager,
  collega,
  ctx,
  ja1,
  ja3,
  leidinggevende,
  poging,
  sw,
  teInformeren,
  toestemmingGrond,
  toetsing,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import { draagOver } from '../overdracht/overdracht';
import type { Opdracht } from '../proces/proces.schema';
import { AantekeningSoort } from './dossieraantekening.schema';
import {
  type DossierOmgeving,
  genoemdeMedewerkers,
  type LeesbareAantekening,
  leesbaarDossier,
  leesbareTekst,
  nederlandseDatum,
  nederlandseTijd,
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
      { naam: 'Reactie', waarde: 'Ik vind het niet fijn, maar ik begrijp het.' },
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
