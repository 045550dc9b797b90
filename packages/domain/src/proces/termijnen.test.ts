import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  acuut,
  afweging2,
  bijToestemming,
  getoetst,
  ja1,
  ja3,
  sw,
  toestemmingGrond,
  Verloop,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import { type DoorbrekingStand, doorbrekingStand, doorbrekingWacht, procestermijn } from './termijnen';

describe('procestermijn', () => {
  it('runs the consent clock while asking', () => {
    expect(procestermijn(bijToestemming().proces, standaardBeleid)).toEqual({
      klok: 'toestemming',
      herinneringZonderPoging: '2026-11-27T10:00:00.000Z',
      beslismoment: '2026-12-08T10:00:00.000Z',
    });
  });

  it('runs no clock while the proposal for a doorbreking is being written', () => {
    expect(procestermijn(weigering().proces, standaardBeleid)).toBeNull();
  });
});

describe('doorbrekingStand: the clocks of review and signature, for the workflow’s timers', () => {
  const stand = (v: Verloop, nu: string) => doorbrekingStand(v.proces, standaardBeleid, nu);

  it.each<[string, string, Partial<DoorbrekingStand>]>([
    [
      'before the reminder',
      '2026-11-24T12:00:00.000Z',
      { herinneren: false, escaleren: false, volgendeControle: '2026-11-25T10:00:00.000Z' },
    ],
    [
      'after one working day: remind the reviewer',
      '2026-11-25T10:00:00.000Z',
      { herinneren: true, escaleren: false, volgendeControle: '2026-11-26T10:00:00.000Z' },
    ],
    [
      'after two: escalate to the leidinggevende',
      '2026-11-26T11:00:00.000Z',
      { herinneren: true, escaleren: true, volgendeControle: null },
    ],
  ])('a review lying in the pool, %s', (_, nu, verwacht) => {
    expect(stand(weigering().doe(voorstel()), nu)).toEqual({
      wachtOp: { op: 'toetser', toetser: { soort: 'pool' } },
      teLaat: false,
      ...verwacht,
    });
  });

  it('a signature due in two working days is late after that, for the privacy officer’s list', () => {
    const v = getoetst(weigering().doe(voorstel()));
    expect(stand(v, '2026-11-25T10:00:00.000Z')).toEqual({
      wachtOp: { op: 'leidinggevende', achteraf: false },
      herinneren: false,
      escaleren: false,
      teLaat: false,
      volgendeControle: '2026-11-26T10:00:00.000Z',
    });
    expect(stand(v, '2026-11-26T10:00:00.000Z')).toMatchObject({ teLaat: true, volgendeControle: null });
  });

  it('after acute sharing the signature is due within one working day', () => {
    const v = new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, undefined, { omstandigheden: { acuutVitaalBelang: true } }))
      .doe(ja3)
      .doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar.' })
      .doe(acuut());
    expect(stand(v, '2026-11-25T10:00:00.000Z')).toMatchObject({
      wachtOp: { op: 'leidinggevende', achteraf: true },
      teLaat: true,
    });
  });

  it('has nothing to time outside afweging 4, or while the proposal is written', () => {
    expect(stand(bijToestemming(), '2026-11-25T10:00:00.000Z')).toBeNull();
    expect(stand(weigering(), '2026-11-25T10:00:00.000Z')).toBeNull();
  });
});

describe('doorbrekingWacht: whom the workflow’s doorbreking clock waits on, and since when', () => {
  it('the reviewer from the review request, then the signer from the review', () => {
    const inToetsing = weigering().doe(voorstel());
    const verzoek = inToetsing.proces.status === 'afweging-4' ? inToetsing.proces.afweging4 : undefined;
    expect(doorbrekingWacht(inToetsing.proces)).toEqual({
      op: 'toetser',
      toetser: { soort: 'pool' },
      gevraagdOp: verzoek?.toetsingsverzoek?.gevraagdOp,
    });
    const getekend = getoetst(weigering().doe(voorstel()));
    const a4 = getekend.proces.status === 'afweging-4' ? getekend.proces.afweging4 : undefined;
    expect(doorbrekingWacht(getekend.proces)).toEqual({
      op: 'leidinggevende',
      achteraf: false,
      spoed: false,
      vanaf: a4?.collegialeToetsing?.op,
    });
  });

  it('nobody outside afweging 4, or while the proposal is written', () => {
    expect(doorbrekingWacht(bijToestemming().proces)).toBeNull();
    expect(doorbrekingWacht(weigering().proces)).toBeNull();
  });
});
