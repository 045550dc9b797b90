import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  acuut,
  afweging2,
  akkoord,
  CLIENT_ID,
  casemanager,
  DEELVERZOEK_ID,
  getoetst,
  ja1,
  ja3,
  leidinggevende,
  sw,
  teInformeren,
  toestemmingGrond,
  Verloop,
  verstrek,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { startInformerenAchteraf } from './informeren-achteraf';

/** Runs one more command and gives the start of informeren achteraf it caused, if any. */
const na = (v: Verloop, stap: (v: Verloop) => Verloop) => {
  const vorige: DeelverzoekProces = v.proces;
  const volgende = stap(v).proces;
  return startInformerenAchteraf(vorige, volgende, standaardBeleid);
};

describe('starting informeren achteraf', () => {
  it('a verstrekking under 4b starts it, the deadline running from that verstrekking', () => {
    const v = weigering().doe(
      voorstel({
        nietVoorafInformeren: {
          reden: 'voorkomen-strafbare-feiten',
          onderbouwing: 'De huisgenoot zou het merken.',
          overlegMetCollegas: 'Met het team besproken.',
        },
      }),
    );
    getoetst(v).doe(akkoord(), leidinggevende);
    expect(na(v, (x) => x.doe(verstrek(), casemanager, '2026-11-25T10:00:00.000Z'))).toEqual({
      deelverzoekId: DEELVERZOEK_ID,
      clientId: CLIENT_ID,
      gedeeldOp: '2026-11-25T10:00:00.000Z',
      reden: 'niet-vooraf-informeren',
      klok: {
        herinneringen: ['2026-12-02T10:00:00.000Z', '2026-12-09T10:00:00.000Z', '2026-12-16T10:00:00.000Z'],
        uiterlijk: '2026-12-25T10:00:00.000Z',
        herbeoordelingen: [],
      },
    });
  });

  it('so does a signature after an acute verstrekking', () => {
    const v = new Verloop(volwassene, sw)
      .doe(ja1)
      .doe(afweging2(toestemmingGrond, undefined, { omstandigheden: { acuutVitaalBelang: true } }))
      .doe(ja3)
      .doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Geen tijd.' })
      .doe(acuut());
    expect(na(v, (x) => x.doe(akkoord(), leidinggevende))).toMatchObject({ reden: 'acuut-gedeeld' });
  });

  it('and sharing on a route without consent whose pet must inform', () => {
    const v = new Verloop(volwassene, sw, [{ organisatie: 'Veilig Thuis IJsselland', soort: 'veilig-thuis' }])
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
        overleg: { collega: { gebruikerId: 'collega-1' }, advies: 'Melden is verstandig.' },
      });
    const melding = verstrek({
      gegevens: ['alle-relevante-informatie'],
      ontvangers: ['Veilig Thuis IJsselland'],
    });
    expect(na(v, (x) => x.doe(melding))).toMatchObject({ reden: 'gedeeld-zonder-toestemming' });
  });

  it('starts nothing once running, or on any other step', () => {
    const v = teInformeren();
    expect(na(v, (x) => x.doe({ soort: 'informeren-achteraf', informeren: { wijze: 'brief' } }))).toBeNull();
    expect(startInformerenAchteraf(v.proces, v.proces, standaardBeleid)).toBeNull();
    expect(na(weigering(), (x) => x.doe(voorstel()))).toBeNull();
  });

  it('after a doorbreking the client was told of beforehand there is nothing to tell afterwards', () => {
    const v = getoetst(weigering().doe(voorstel())).doe(akkoord(), leidinggevende);
    const stap = na(v, (x) =>
      x.doe(verstrek({ voorafGeinformeerd: { op: '2026-11-24T09:00:00.000Z', wijze: 'mondeling' } })),
    );
    expect(stap).toBeNull();
  });
});
