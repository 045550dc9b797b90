import { describe, expect, it } from 'vitest';
import {
  acuut,
  afweging2,
  akkoord,
  casemanager,
  codes,
  collega,
  ctx,
  DEELVERZOEK_ID,
  intrekken,
  ja1,
  ja3,
  oppakken,
  poging,
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
import { voerUit } from './proces';
import type { Opdracht, OpdrachtSoort } from './proces.schema';

describe('the status guard', () => {
  const geldig: Record<OpdrachtSoort, Opdracht> = {
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
    'partij-geinformeerd': {
      soort: 'partij-geinformeerd',
      informeren: {
        partij: { soort: 'client' },
        op: '2026-11-24T09:00:00.000Z',
        wijze: 'gesprek',
        toelichting: 'Op zijn niveau uitgelegd.',
      },
    },
    doorbrekingsvoorstel: voorstel(),
    'voorstel-wijzigen': wijzig(),
    'toetser-toewijzen': { soort: 'toetser-toewijzen', toetser: { soort: 'pool' } },
    'toetsing-oppakken': oppakken,
    'collegiale-toetsing': toetsing,
    'akkoord-leidinggevende': akkoord(),
    'acute-verstrekking': acuut(),
    'meldrecht-overleg': {
      soort: 'meldrecht-overleg',
      overleg: {
        collega: { gebruikerId: collega.gebruikerId },
        advies: 'Melden bij Veilig Thuis is verstandig.',
      },
    },
    verstrekking: verstrek(),
    uitstel: {
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'Nog niet veilig.',
      tot: '2026-12-20T10:00:00.000Z',
    },
    'uitstel-besluit': {
      soort: 'uitstel-besluit',
      besluit: { besluit: 'akkoord', toelichting: 'Akkoord, gezien het gevaar.' },
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
