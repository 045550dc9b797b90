import { describe, expect, it } from 'vitest';
import {
  afweging2,
  akkoord,
  CLIENT_ID,
  casemanager,
  codes,
  collega,
  ctx,
  getoetst,
  ja1,
  ja3,
  leidinggevende,
  oppakken,
  poging,
  professional,
  toestemmingGrond,
  toetsing,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
} from '../../test/fixtures';
import { advies } from '../advies/advies';
import { controleerDossierspoor } from './dossierspoor';
import { voerUit } from './proces';

const adviesBasis = {
  peildatum: '2026-11-23',
  doel: 'Hulp in samenhang afstemmen met de betrokken hulpverlening',
  gegevens: ['relevante-hulpinformatie' as const],
  ontvangers: [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' as const }],
};

describe('casus afweging 1: de woningcorporatie', () => {
  const corporatie = professional(null, 'geen', 'woningcorporatie');

  it('refers the tenant on and closes the file as doorverwezen, with a complete trail', () => {
    const v = new Verloop(volwassene, corporatie).doe({
      soort: 'afweging-1',
      antwoord: {
        hoortBijMij: false,
        toelichting: 'Geen hulpvraag voor ons.',
        doorverwezenNaar: 'GGZ-instelling',
      },
    });
    expect(v.status).toBe('doorverwezen');
    expect(v.dossier.map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1', 'afsluiting']);
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });

  it('advises referring, and asks for a pet when the corporation would weigh further', () => {
    const basis = { ...adviesBasis, client: volwassene, professional: corporatie };
    expect(advies({ ...basis, antwoorden: { afweging1: { hoortBijMij: false } } })).toMatchObject({
      route: 'doorverwijzen',
      volgendeStap: { stap: 'doorverwijzen' },
    });
    expect(advies({ ...basis, antwoorden: { afweging1: { hoortBijMij: true } } }).volgendeStap.stap).toBe(
      'pet-vastleggen',
    );
  });
});

describe('casus afweging 2: de schoolmaatschappelijk werker', () => {
  const leerling = {
    id: CLIENT_ID,
    geboortedatum: '2011-03-01',
    wilsonbekwaam: false,
    vertegenwoordigers: [
      { id: 'moeder', rol: 'ouder-met-gezag' as const },
      { id: 'vader', rol: 'ouder-met-gezag' as const },
    ],
  };
  const smw = professional('sociaal-werker', 'algemeen', 'school');

  it('advises asking consent of the pupil of 15 and both parents with gezag', () => {
    const a = advies({
      ...adviesBasis,
      client: leerling,
      professional: smw,
      grondslag: toestemmingGrond,
      antwoorden: {
        afweging1: { hoortBijMij: true },
        afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: true },
        afweging3: { doelmatig: true, proportioneel: true, subsidiair: true },
      },
    });
    expect(a.route).toBe('met-toestemming');
    expect(a.volgendeStap.stap).toBe('toestemming-vragen');
    expect(a.wieMoetToestemmen?.regel).toBe('12-tot-16');
    expect(a.wieMoetToestemmen?.toestemmers).toHaveLength(3);
  });

  it('shares only once the pupil and both parents agreed', () => {
    const v = new Verloop(leerling, smw).doe(ja1).doe(afweging2(toestemmingGrond)).doe(ja3);
    expect(v.status).toBe('toestemming');
    v.doe(poging('ja'));
    expect(v.status).toBe('toestemming');
    v.doe(poging('ja', { soort: 'vertegenwoordiger', id: 'moeder', rol: 'ouder-met-gezag' }));
    expect(v.status).toBe('toestemming');
    v.doe(poging('ja', { soort: 'vertegenwoordiger', id: 'vader', rol: 'ouder-met-gezag' }));
    expect(v.status).toBe('verstrekking');
    v.doe(verstrek());
    expect(v.status).toBe('gedeeld-met-toestemming');
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });
});

describe('casus afweging 3: de eenzame mevrouw', () => {
  it('shares less than first planned and writes down what was kept back', () => {
    const v = new Verloop(volwassene, professional('sociaal-werker'))
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, ['relevante-hulpinformatie', 'clientdossier']))
      .doe({
        soort: 'afweging-3',
        antwoord: {
          doelmatig: true,
          proportioneel: false,
          subsidiair: true,
          minderGegevens: {
            gegevens: ['relevante-hulpinformatie'],
            reden: 'Het hele dossier is niet nodig.',
          },
          toelichting: 'Samen met mevrouw voorbereid.',
        },
      })
      .doe(poging('ja'))
      .doe(verstrek({ achterwegeGelaten: [{ categorie: 'naw', reden: 'Collega’s kennen haar al.' }] }));
    expect(v.status).toBe('gedeeld-met-toestemming');
    const verstrekking = v.dossier.find((a) => a.soort === 'verstrekking');
    expect(verstrekking?.tekst).toContain(
      'Bewust niet gedeeld: Cliëntdossier (Het hele dossier is niet nodig.), NAW',
    );
  });
});

describe('casus afweging 4a: de zorgmijdende meneer', () => {
  const aanbieder = professional('aanbieder-wmo', 'algemeen', 'zorgaanbieder');
  const weigert = () =>
    new Verloop(volwassene, aanbieder)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond))
      .doe(ja3)
      .doe(poging('nee', { soort: 'client' }, { woordenClient: 'Ik wil niet dat jullie over mij praten.' }))
      .doe({
        soort: 'start-afweging-4',
        reden: 'client-weigert',
        toelichting: 'Meneer weigert, zijn situatie verslechtert.',
      });

  it('needs toetsing by a colleague and a leidinggevende’s signature, then tells meneer first', () => {
    const v = weigert();
    expect(v.proces.afweging4?.afweging).toBe('4a');
    getoetst(v.doe(voorstel())).doe(akkoord(), leidinggevende);
    expect(v.probeer(verstrek()).map((o) => o.code)).toEqual(['client-niet-vooraf-geinformeerd']);
    v.doe(
      verstrek({
        voorafGeinformeerd: { op: '2026-11-24T09:00:00.000Z', wijze: 'mondeling', reactieClient: 'Boos.' },
      }),
    );
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(v.proces.verstrekking?.basis).toEqual({
      soort: 'doorbreking',
      afweging: '4a',
      nietVoorafInformeren: false,
    });
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });

  it('stops when meneer has good arguments: back to afweging 3', () => {
    const v = weigert().doe(voorstel({ goedeArgumentenClient: true }));
    expect(v.status).toBe('afweging-3');
    expect(v.proces.afweging4).toBeUndefined();
  });

  it('advises afweging 4a once consent was refused', () => {
    const a = advies({
      ...adviesBasis,
      client: volwassene,
      professional: aanbieder,
      grondslag: toestemmingGrond,
      toestemming: 'geweigerd',
      antwoorden: {
        afweging1: { hoortBijMij: true },
        afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: true },
        afweging3: { doelmatig: true, proportioneel: true, subsidiair: true },
      },
    });
    expect(a).toMatchObject({ route: 'afweging-4a', volgendeStap: { stap: 'afweging-4' } });
  });
});

describe('casus afweging 4b en 4c: de mishandelde man met Alzheimer', () => {
  const man = {
    id: CLIENT_ID,
    geboortedatum: '1938-06-10',
    wilsonbekwaam: true,
    vertegenwoordigers: [{ id: 'echtgenote', rol: 'partner' as const }],
  };
  const echtgenote = { soort: 'vertegenwoordiger', id: 'echtgenote', rol: 'partner' };
  const antwoorden = {
    afweging1: { hoortBijMij: true },
    afweging2: { welbepaaldDoel: true, uitdrukkelijkOmschreven: true },
    afweging3: { doelmatig: true, proportioneel: true, subsidiair: true },
    afweging4: { goedeArgumentenClient: false, conflictVanPlichten: null },
  };
  const bang = (prof: ReturnType<typeof professional>) =>
    new Verloop(man, prof)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond))
      .doe(ja3)
      .doe(poging('nee', echtgenote, { woordenClient: 'Ik wil er niets mee te maken hebben.' }))
      .doe({
        soort: 'start-afweging-4',
        reden: 'client-weigert',
        toelichting: 'Echtgenote durft niet uit angst voor de zoon.',
      });

  it('with a maatschappelijk werker: 4a, not telling beforehand (4b), informing afterwards after an uitstel', () => {
    const v = bang(professional('sociaal-werker'));
    expect(v.proces.wieMoetToestemmen?.toestemmers).toEqual([echtgenote]);
    v.doe(
      voorstel({
        nietVoorafInformeren: {
          reden: 'bescherming-betrokkene',
          onderbouwing: 'De zoon zou het horen en wraak nemen.',
          overlegMetCollegas: 'Met twee collega’s van het team besproken; zij zien het gevaar ook.',
        },
      }),
    )
      .doe(oppakken, collega)
      .doe(toetsing, collega)
      .doe(akkoord(), leidinggevende)
      .doe(verstrek());
    expect(v.status).toBe('informeren-achteraf');
    v.doe({
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'De zoon woont nog in huis; eerst veiligheid regelen.',
      tot: '2026-12-10T10:00:00.000Z',
    })
      .doe(
        {
          soort: 'uitstel-besluit',
          besluit: { besluit: 'akkoord', toelichting: 'Eerst de veiligheid, akkoord.' },
        },
        leidinggevende,
      )
      .doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek', reactieClient: 'Opgelucht.' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
    expect(
      advies({
        ...adviesBasis,
        client: man,
        professional: professional('sociaal-werker'),
        grondslag: toestemmingGrond,
        toestemming: 'geweigerd',
        antwoorden: {
          ...antwoorden,
          afweging4: {
            goedeArgumentenClient: false,
            conflictVanPlichten: v.proces.afweging4!.voorstel!.voorwaarden,
            nietVoorafInformeren: 'bescherming-betrokkene',
          },
        },
      }),
    ).toMatchObject({
      route: 'afweging-4a',
      nietVoorafInformeren: true,
      volgendeStap: { stap: 'collegiale-toetsing-en-akkoord' },
    });
  });

  it('with a wijkverpleegkundige: 4c, the same conditions and a signature', () => {
    const v = bang(professional('big-zorgverlener', 'big', 'zorgaanbieder'));
    expect(v.proces.afweging4?.afweging).toBe('4c');
    getoetst(v.doe(voorstel())).doe(akkoord(), leidinggevende);
    v.doe(verstrek({ voorafGeinformeerd: { op: '2026-11-24T09:00:00.000Z', wijze: 'mondeling' } }));
    expect(v.proces.verstrekking?.basis).toMatchObject({ soort: 'doorbreking', afweging: '4c' });
    expect(
      advies({
        ...adviesBasis,
        client: man,
        professional: professional('big-zorgverlener', 'big'),
        grondslag: toestemmingGrond,
        toestemming: 'geweigerd',
        antwoorden,
      }),
    ).toMatchObject({ route: 'niet-delen', volgendeStap: { stap: 'niet-delen' } });
  });

  it('the wijkverpleegkundige cannot break secrecy for diagnoses: only consent opens them', () => {
    const v = new Verloop(man, professional('big-zorgverlener', 'big'))
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, ['diagnostische-gegevens']))
      .doe(ja3)
      .doe(poging('nee', echtgenote));
    const fouten = v.probeer({
      soort: 'start-afweging-4',
      reden: 'client-weigert',
      toelichting: 'Echtgenote weigert.',
    });
    expect(fouten.map((o) => o.code)).toEqual(['niet-delen-categorie']);
  });

  it('either professional may inform Veilig Thuis under the meldrecht, without consent or signature', () => {
    for (const prof of [professional('sociaal-werker'), professional('big-zorgverlener', 'big')]) {
      const v = new Verloop(man, prof, [{ organisatie: 'Veilig Thuis IJsselland', soort: 'veilig-thuis' }])
        .doe(ja1)
        .doe(
          afweging2(
            {
              grondslag: null,
              wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
              motivering: 'Vermoeden van ouderenmishandeling.',
            },
            ['alle-relevante-informatie'],
            { omstandigheden: { vermoedenHuiselijkGeweld: true } },
          ),
        )
        .doe(ja3);
      expect(v.status).toBe('verstrekking');
      const melding = verstrek({
        gegevens: ['alle-relevante-informatie'],
        ontvangers: ['Veilig Thuis IJsselland'],
      });
      // Meldcode: first a deskundige collega, recorded; no signature, the leidinggevende is told.
      expect(codes(v, melding)).toEqual(['meldrecht-zonder-overleg']);
      v.doe({
        soort: 'meldrecht-overleg',
        overleg: { collega: { gebruikerId: collega.gebruikerId }, advies: 'Melden; het gevaar is reëel.' },
      });
      const stap = voerUit(v.proces, melding, ctx(casemanager, '2026-11-24T11:00:00.000Z'));
      expect(stap.ok && stap.waarde.signalen).toEqual([
        { soort: 'leidinggevende-informeren', reden: 'meldrecht' },
      ]);
      v.doe(melding);
      expect(v.proces.verstrekking?.basis).toEqual({ soort: 'meldrecht' });
      expect(v.dossier.at(-1)?.tekst).toContain(`na overleg met deskundige collega ${collega.gebruikerId}`);
      expect(v.status).toBe('informeren-achteraf');
    }
  });
});
