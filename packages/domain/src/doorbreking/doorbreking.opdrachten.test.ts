import { conflictVanPlichtenVoorwaarden, standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  acuut,
  afweging2,
  akkoord,
  alleVoorwaarden,
  bijToestemming,
  casemanager,
  codes,
  collega,
  gesprek,
  getoetst,
  ja1,
  ja3,
  leidinggevende,
  oppakken,
  poging,
  professional,
  sw,
  toestemmingGrond,
  toetsing,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
  weigering,
  wijzig,
} from '../../test/fixtures';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { controleerDossierspoor } from '../proces/dossierspoor';
import { voerUit } from '../proces/proces';
import type { Opdracht } from '../proces/proces.schema';
import { procestermijn } from '../proces/termijnen';
import { volgendeActie } from '../proces/volgende-actie';

const collega2: Medewerker = { gebruikerId: 'collega-2', rollen: ['deskundige-collega'] };
const leiding2: Medewerker = { gebruikerId: 'leiding-2', rollen: ['leidinggevende'] };
const laatste = (v: Verloop) => v.dossier.at(-1)?.tekst ?? '';

/** Afweging 4 started because there is no time: acute danger to life or health. */
const geenTijd = () =>
  new Verloop(volwassene, sw)
    .doe(ja1)
    .doe(afweging2(toestemmingGrond, undefined, { omstandigheden: { acuutVitaalBelang: true } }))
    .doe(ja3)
    .doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' });

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

describe('afweging 4a: the proposal', () => {
  it('sends the deelverzoek back to afweging 3 when the client has good arguments, sharing nothing', () => {
    const v = weigering().doe(voorstel({ goedeArgumentenClient: true }));
    expect(v.status).toBe('afweging-3');
    expect(v.proces.afweging4).toBeUndefined();
    expect(v.proces.verstrekking).toBeUndefined();
    expect(laatste(v)).toMatch(/Belang: Zijn gezondheid .* Niet delen; terug naar afweging 3\.$/);
  });

  it('closes as niet gedeeld without a conflict van plichten or vitaal belang', () => {
    const v = weigering().doe(voorstel({ grond: null, voorwaarden: undefined }));
    expect(v.status).toBe('niet-gedeeld');
    expect(v.dossier.at(-2)?.tekst).toContain('Geen conflict van plichten of vitaal belang: niet delen.');
  });

  it.each(conflictVanPlichtenVoorwaarden.map((v) => [v.nummer, v.vraag] as const))(
    'a no to question %i ends in niet gedeeld, with that question named in the file',
    (nummer, vraag) => {
      const sleutels = Object.keys(alleVoorwaarden()) as (keyof ReturnType<typeof alleVoorwaarden>)[];
      const voorwaarden = {
        ...alleVoorwaarden(),
        [sleutels[nummer - 1]!]: { voldaan: false, onderbouwing: 'Dat kan ik niet onderbouwen.' },
      };
      const v = weigering().doe(voorstel({ voorwaarden }));
      expect(v.status).toBe('niet-gedeeld');
      const tekst = v.dossier.find((a) => a.soort === 'doorbrekingsvoorstel')?.tekst;
      expect(tekst).toContain(`Niet voldaan: vraag ${nummer} (${vraag}). Niet delen.`);
      expect(tekst).toContain(`${nummer}. nee: Dat kan ik niet onderbouwen.`);
      expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
    },
  );

  it('names every condition answered no', () => {
    const v = weigering().doe(voorstel({ voorwaarden: alleVoorwaarden(false) }));
    const tekst = v.dossier.at(-2)?.tekst;
    expect(tekst).toContain('Niet voldaan: vraag 1 (Heb je echt alles gedaan');
    expect(tekst).toMatch(/vraag 4 \(.*\), vraag 5 \(Is het vrijwel zeker/);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a refusing client without the conversation on record', { gesprek: null }, ['gesprek-ontbreekt']],
    ['a grond without the five questions', { voorwaarden: undefined }, ['vijf-vragen-ontbreken']],
    [
      'an answer without its motivation, yes or no',
      {
        voorwaarden: {
          ...alleVoorwaarden(),
          gewetensnood: { voldaan: true, onderbouwing: 'ja' },
          geenAndereWeg: { voldaan: false, onderbouwing: '' },
        },
      },
      ['vijf-vragen-2-onderbouwing', 'vijf-vragen-3-onderbouwing'],
    ],
    [
      'not telling beforehand for a reason that is not one of the three',
      {
        nietVoorafInformeren: {
          reden: 'het gesprek is lastig',
          onderbouwing: 'Hij wordt altijd boos.',
          overlegMetCollegas: 'Niet besproken met anderen.',
        },
      },
      ['geen-gerechtvaardigde-reden'],
    ],
  ])('refuses %s', (_, extra, verwacht) => {
    expect(codes(weigering(), voorstel(extra))).toEqual(verwacht);
  });

  it('refuses good arguments without a conversation, when the client could not be reached', () => {
    const v = geenTijd();
    expect(codes(v, voorstel({ gesprek: null, goedeArgumentenClient: true }))).toEqual([
      'goede-argumenten-zonder-gesprek',
    ]);
    v.doe(voorstel({ gesprek: null }));
    expect(v.proces.afweging4?.fase).toBe('collegiale-toetsing');
    expect(v.dossier.at(-1)?.tekst).toContain('De cliënt was niet op tijd te bereiken.');
  });

  it('records the conversation as it went, with or without the client’s own words', () => {
    const { reactieClient: _, ...zonder } = gesprek;
    expect(laatste(weigering().doe(voorstel({ gesprek: zonder })))).toMatch(
      /Wat: Onze zorgen over zijn veiligheid, niet zijn dossier\. Goede argumenten van de cliënt: nee\./,
    );
    expect(laatste(weigering().doe(voorstel()))).toContain(
      'Reactie van de cliënt: "Ik wil niet dat jullie over mij praten."',
    );
  });

  it('cites afweging 4b and UAVG art. 41 for a reason that is not a gerechtvaardigde reden', () => {
    const [fout] = weigering().probeer(
      voorstel({
        nietVoorafInformeren: {
          reden: 'drukte',
          onderbouwing: 'Geen tijd.',
          overlegMetCollegas: 'Met niemand.',
        },
      }),
    );
    expect(fout).toEqual({
      code: 'geen-gerechtvaardigde-reden',
      bericht: expect.stringContaining('"drukte" is geen gerechtvaardigde reden.'),
      bron: 'Handleiding hoofdstuk 4, afweging 4b (gerechtvaardigde redenen); UAVG art. 41',
    });
  });

  it('writes all five answers, and 4b with its consultation, into the file', () => {
    const v = weigering().doe(
      voorstel({
        nietVoorafInformeren: {
          reden: 'rechten-en-vrijheden-anderen',
          onderbouwing: 'De buurvrouw die belde, zou bekend worden.',
          overlegMetCollegas: 'Met Anna en Bram in het teamoverleg.',
        },
      }),
    );
    const tekst = laatste(v);
    for (const n of [1, 2, 3, 4, 5]) expect(tekst).toContain(`${n}. ja: Uitvoerig besproken`);
    expect(tekst).toContain(
      'Cliënt niet vooraf informeren (afweging 4b): Rechten en vrijheden van anderen beschermen.',
    );
    expect(tekst).toContain('Overlegd met: Met Anna en Bram in het teamoverleg.');
    expect(v.proces.afweging4?.voorstel?.nietVoorafInformeren?.reden).toBe('rechten-en-vrijheden-anderen');
  });
});

describe('collegiale toetsing', () => {
  it('goes to the team pool by default; a pool collega takes it, then records advice', () => {
    const v = weigering().doe(voorstel());
    expect(v.proces.afweging4).toMatchObject({
      fase: 'collegiale-toetsing',
      voorstelVersie: 1,
      toetsingsverzoek: { toetser: { soort: 'pool' }, gevraagdOp: '2026-11-24T10:00:00.000Z' },
    });
    expect(codes(v, toetsing, collega)).toEqual(['toetsing-eerst-oppakken']);
    v.doe(oppakken, collega);
    expect(laatste(v)).toBe('Collegiale toetsing uit de pool opgepakt door collega-1.');
    expect(codes(v, oppakken, collega2)).toEqual(['toetsing-al-toegewezen']);
    expect(codes(v, toetsing, collega2)).toEqual(['toetsing-niet-aan-u-toegewezen']);
    v.doe(toetsing, collega);
    expect(v.proces.afweging4).toMatchObject({
      fase: 'akkoord',
      collegialeToetsing: { oordeel: 'eens', door: { gebruikerId: 'collega-1' }, voorstelVersie: 1 },
    });
  });

  it('lets the casemanager pick one collega, who then reviews without taking it', () => {
    const v = weigering()
      .doe(voorstel())
      .doe({ soort: 'toetser-toewijzen', toetser: { soort: 'collega', gebruikerId: collega2.gebruikerId } });
    expect(laatste(v)).toBe('Collegiale toetsing gevraagd aan deskundige collega collega-2.');
    expect(codes(v, toetsing, collega)).toEqual(['toetsing-niet-aan-u-toegewezen']);
    v.doe(toetsing, collega2);
    expect(v.status).toBe('afweging-4');
    expect(v.proces.afweging4?.fase).toBe('akkoord');
  });

  it('restarts the reviewer clock when the request is handed to someone else, and back to the pool', () => {
    const v = weigering().doe(voorstel());
    v.doe(
      { soort: 'toetser-toewijzen', toetser: { soort: 'pool' } },
      casemanager,
      '2026-11-25T10:00:00.000Z',
    );
    expect(laatste(v)).toBe(
      'Collegiale toetsing gevraagd aan de pool van deskundige collega’s van het team.',
    );
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'collegiale-toetsing',
      herinnering: '2026-11-26T10:00:00.000Z',
      escalatie: '2026-11-27T10:00:00.000Z',
    });
  });

  it.each<[string, Opdracht, Medewerker, string[]]>([
    [
      'the requester assigns the review to themselves',
      { soort: 'toetser-toewijzen', toetser: { soort: 'collega', gebruikerId: casemanager.gebruikerId } },
      casemanager,
      ['toetser-is-aanvrager'],
    ],
    [
      'someone other than the requester assigns the review',
      { soort: 'toetser-toewijzen', toetser: { soort: 'pool' } },
      { gebruikerId: 'casemanager-2', rollen: ['professional'] },
      ['niet-de-aanvrager'],
    ],
    [
      'the requester, also a deskundige collega, takes it from the pool',
      oppakken,
      { ...casemanager, rollen: ['professional', 'deskundige-collega'] },
      ['toetser-is-aanvrager'],
    ],
    [
      'the requester, also a deskundige collega, reviews',
      toetsing,
      { ...casemanager, rollen: ['professional', 'deskundige-collega'] },
      ['toetser-is-aanvrager'],
    ],
    [
      'a leidinggevende without the role of deskundige collega reviews',
      toetsing,
      leidinggevende,
      ['rol-mag-opdracht-niet-geven'],
    ],
    [
      'a casemanager takes it from the pool',
      oppakken,
      { gebruikerId: 'x', rollen: ['professional'] },
      ['rol-mag-opdracht-niet-geven'],
    ],
  ])('refuses when %s', (_, opdracht, door, verwacht) => {
    expect(codes(weigering().doe(voorstel()), opdracht, door)).toEqual(verwacht);
  });
});

describe('akkoord leidinggevende', () => {
  const klaar = () => getoetst(weigering().doe(voorstel()));

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
      ['rol-mag-opdracht-niet-geven'],
    ],
  ])('refuses when %s', (_, door, verwacht) => {
    expect(codes(klaar(), akkoord(), door)).toEqual(verwacht);
  });

  it('signs: the deelverzoek waits in verstrekking, the client must be told first', () => {
    const v = klaar().doe(akkoord(), leidinggevende);
    expect(v.status).toBe('verstrekking');
    expect(v.proces.afweging4).toMatchObject({ fase: 'akkoord-gegeven', akkoord: { voorstelVersie: 1 } });
    expect(codes(v, verstrek())).toEqual(['client-niet-vooraf-geinformeerd']);
  });

  it('covers not telling beforehand (4b) explicitly when it signs', () => {
    const v = getoetst(
      weigering().doe(
        voorstel({
          nietVoorafInformeren: {
            reden: 'voorkomen-strafbare-feiten',
            onderbouwing: 'De huisgenoot zou het merken.',
            overlegMetCollegas: 'Met het team besproken.',
          },
        }),
      ),
    ).doe(akkoord(), leidinggevende);
    expect(laatste(v)).toContain(
      'Dit besluit geldt ook voor het niet vooraf informeren van de cliënt (afweging 4b).',
    );
  });

  it('closes as niet gedeeld when the leidinggevende refuses, and keeps the refusal with its motivation', () => {
    const v = klaar().doe(akkoord('afgewezen'), leidinggevende);
    expect(v.status).toBe('niet-gedeeld');
    expect(v.proces.afweging4?.akkoord).toMatchObject({
      besluit: 'afgewezen',
      toelichting: 'Gezien de risico’s is dit verantwoord.',
    });
    expect(
      codes(
        klaar(),
        { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'afgewezen', toelichting: '' } } as Opdracht,
        leidinggevende,
      ),
    ).toEqual(['ongeldige-invoer']);
  });

  it('runs the clocks of the review and the signature from the policy, short when urgent', () => {
    const v = weigering().doe(voorstel());
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'collegiale-toetsing',
      herinnering: '2026-11-25T10:00:00.000Z',
      escalatie: '2026-11-26T10:00:00.000Z',
    });
    getoetst(v);
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'akkoord-leidinggevende',
      uiterlijk: '2026-11-26T10:00:00.000Z',
      spoed: false,
    });
    const urgent = getoetst(weigering().doe(voorstel({ grond: 'vitaal-belang' })));
    expect(procestermijn(urgent.proces, standaardBeleid)).toEqual({
      klok: 'akkoord-leidinggevende',
      uiterlijk: '2026-11-24T14:00:00.000Z',
      spoed: true,
    });
  });
});

describe('a proposal changed after review', () => {
  it('needs a new review by the same collega before anyone may sign', () => {
    const v = getoetst(weigering().doe(voorstel())).doe(wijzig());
    expect(v.proces.afweging4).toMatchObject({
      fase: 'collegiale-toetsing',
      voorstelVersie: 2,
      toetsingsverzoek: { toetser: { soort: 'collega', gebruikerId: 'collega-1' } },
      eerdereToetsingen: [{ voorstelVersie: 1, door: { gebruikerId: 'collega-1' } }],
    });
    expect(v.proces.afweging4?.collegialeToetsing).toBeUndefined();
    expect(laatste(v)).toMatch(
      /^Voorstel gewijzigd \(versie 2\): Minder gegevens: alleen de zorgen\. .*Een nieuwe collegiale toetsing is nodig\.$/,
    );
    expect(codes(v, akkoord(), leidinggevende)).toEqual(['opdracht-past-niet-bij-status']);
    v.doe(toetsing, collega).doe(akkoord(), leidinggevende);
    expect(v.proces.afweging4?.akkoord?.voorstelVersie).toBe(2);
  });

  it('during review keeps it with whoever had it', () => {
    const v = weigering().doe(voorstel()).doe(wijzig());
    expect(v.proces.afweging4?.toetsingsverzoek?.toetser).toEqual({ soort: 'pool' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['to good arguments of the client', { goedeArgumentenClient: true }, 'afweging-3'],
    ['to a no on one of the five questions', { voorwaarden: alleVoorwaarden(false) }, 'niet-gedeeld'],
  ])('may end the doorbreking when changed %s', (_, extra, status) => {
    expect(getoetst(weigering().doe(voorstel())).doe(wijzig(extra)).status).toBe(status);
  });

  it('can only be changed by the requester, and only with its rules', () => {
    const v = getoetst(weigering().doe(voorstel()));
    expect(codes(v, wijzig(), { gebruikerId: 'casemanager-2', rollen: ['professional'] })).toEqual([
      'niet-de-aanvrager',
    ]);
    expect(codes(v, wijzig({ voorwaarden: undefined }))).toEqual(['vijf-vragen-ontbreken']);
  });

  it('is refused at signing when the review belongs to another version (defence in depth)', () => {
    const v = getoetst(weigering().doe(voorstel()));
    const p = v.proces;
    if (p.status !== 'afweging-4') throw new Error('in afweging 4');
    const gewijzigd = { ...p, afweging4: { ...p.afweging4, voorstelVersie: 2 } };
    const r = voerUit(gewijzigd, akkoord(), {
      door: leidinggevende,
      op: '2026-11-24T12:00:00.000Z',
      beleid: standaardBeleid,
    });
    expect(r.ok ? [] : r.overtredingen.map((o) => o.code)).toEqual(['toetsing-hoort-bij-ander-voorstel']);
  });
});

describe('acute vitaal belang: share first, sign afterwards', () => {
  it('records the verstrekking at once and demands the signature within one working day', () => {
    const v = geenTijd().doe(acuut(), casemanager, '2026-11-27T16:00:00.000Z');
    expect(v.status).toBe('afweging-4');
    expect(v.proces.verstrekking).toMatchObject({
      basis: { soort: 'doorbreking', afweging: '4a', nietVoorafInformeren: true, acuut: true },
      op: '2026-11-27T16:00:00.000Z',
    });
    expect(v.proces.afweging4).toMatchObject({
      fase: 'akkoord-achteraf',
      spoed: true,
      acuut: { reden: 'Hij dreigt zich iets aan te doen; geen tijd om te wachten.' },
    });
    // Friday afternoon: one working day later is Monday.
    expect(procestermijn(v.proces, standaardBeleid)).toEqual({
      klok: 'akkoord-achteraf',
      uiterlijk: '2026-11-30T16:00:00.000Z',
    });
    expect(volgendeActie(v.proces, standaardBeleid)).toEqual({
      actie: 'akkoord-achteraf',
      op: '2026-11-30T16:00:00.000Z',
      inWerkdagen: true,
    });
    expect(v.dossier.map((a) => a.soort).slice(-2)).toEqual(['doorbrekingsvoorstel', 'verstrekking']);
    expect(laatste(v)).toMatch(
      /^Acuut gedeeld, vóór het akkoord van de leidinggevende: .* Het akkoord moet uiterlijk 2026-11-30T16:00:00\.000Z volgen\.$/,
    );
  });

  it('after a late signature the client is told afterwards, the deadline running from the verstrekking', () => {
    const v = geenTijd()
      .doe(acuut(), casemanager, '2026-11-24T10:00:00.000Z')
      .doe(akkoord(), leidinggevende, '2026-11-27T10:00:00.000Z');
    expect(v.status).toBe('informeren-achteraf');
    expect(procestermijn(v.proces, standaardBeleid)).toMatchObject({ uiterlijk: '2026-12-24T10:00:00.000Z' });
    v.doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });

  it('a refusal afterwards stays visible and never erases the verstrekking', () => {
    const v = geenTijd().doe(acuut()).doe(akkoord('afgewezen'), leidinggevende);
    expect(v.status).toBe('informeren-achteraf');
    expect(v.proces.verstrekking?.basis).toMatchObject({ acuut: true });
    expect(v.proces.afweging4?.akkoord?.besluit).toBe('afgewezen');
    expect(laatste(v)).toContain(
      'De verstrekking is gebeurd en blijft vastgelegd; de afwijzing staat erbij.',
    );
  });

  it('told beforehand, the deelverzoek closes once signed', () => {
    const v = geenTijd()
      .doe(acuut({}, { voorafGeinformeerd: { op: '2026-11-24T09:50:00.000Z', wijze: 'mondeling' } }))
      .doe(akkoord(), leiding2);
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });

  it.each<[string, () => Verloop, Opdracht, Medewerker, string[]]>([
    ['without acute danger', () => weigering(), acuut(), casemanager, ['acuut-zonder-acuut-gevaar']],
    [
      'on conflict van plichten',
      geenTijd,
      acuut({ grond: 'conflict-van-plichten' }),
      casemanager,
      ['acuut-alleen-bij-vitaal-belang'],
    ],
    [
      'when a question is answered no',
      geenTijd,
      acuut({ voorwaarden: alleVoorwaarden(false) }),
      casemanager,
      ['acuut-alleen-bij-vitaal-belang'],
    ],
    [
      'without the five questions',
      geenTijd,
      acuut({ voorwaarden: undefined }),
      casemanager,
      ['vijf-vragen-ontbreken'],
    ],
    [
      'sharing more than weighed',
      geenTijd,
      acuut({}, { gegevens: ['naw'] }),
      casemanager,
      ['meer-gegevens-dan-afgewogen'],
    ],
    ['by a leidinggevende', geenTijd, acuut(), leidinggevende, ['rol-mag-opdracht-niet-geven']],
  ])('refuses acute sharing %s', (_, maak, opdracht, door, verwacht) => {
    expect(codes(maak(), opdracht, door)).toEqual(verwacht);
  });

  it('the one who shared cannot sign afterwards', () => {
    const zelf = { ...casemanager, rollen: ['professional' as const, 'leidinggevende' as const] };
    expect(codes(geenTijd().doe(acuut(), zelf), akkoord(), zelf)).toEqual(['eigen-verzoek-ondertekend']);
  });
});
