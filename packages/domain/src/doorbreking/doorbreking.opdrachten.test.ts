import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  afweging2,
  akkoord,
  alleVoorwaarden,
  bijToestemming,
  casemanager,
  codes,
  collega,
  ja1,
  ja3,
  leidinggevende,
  poging,
  professional,
  sw,
  toestemmingGrond,
  toetsing,
  Verloop,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';
import { procestermijn } from '../proces/termijnen';

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
