import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  acuutGedeeld,
  bijToestemming,
  CLIENT_ID,
  casemanager,
  collega,
  DEELVERZOEK_ID,
  getoetst,
  leidinggevende,
  oppakken,
  teInformeren,
  Verloop,
  voorstel,
  weigering,
} from '../../test/fixtures';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import type { WerkSoort } from './werkvoorraad';
import { toetsingInPool, toetsingLigtInPool, werkVoorMedewerker } from './werkvoorraad';

const collega2: Medewerker = { gebruikerId: 'collega-2', rollen: ['deskundige-collega'] };
const zelfCollega: Medewerker = { ...casemanager, rollen: ['professional', 'deskundige-collega'] };
const toetserLeiding: Medewerker = { ...collega, rollen: ['deskundige-collega', 'leidinggevende'] };

describe('the werkvoorraad of collega and leidinggevende', () => {
  it('shows a review in the pool with only its kind and deadlines', () => {
    expect(toetsingInPool(weigering().doe(voorstel()).proces, standaardBeleid)).toEqual({
      deelverzoekId: DEELVERZOEK_ID,
      clientId: CLIENT_ID,
      afweging: '4a',
      spoed: false,
      herinnering: '2026-11-25T10:00:00.000Z',
      escalatie: '2026-11-26T10:00:00.000Z',
    });
  });

  it.each<[string, () => Verloop]>([
    ['once taken', () => weigering().doe(voorstel()).doe(oppakken, collega)],
    ['while the proposal is written', () => weigering()],
    ['outside afweging 4', () => bijToestemming()],
  ])('shows nothing in the pool %s', (_, maak) => {
    expect(toetsingInPool(maak().proces, standaardBeleid)).toBeNull();
    expect(toetsingLigtInPool(maak().proces)).toBe(false);
  });

  /** After a 4b verstrekking the casemanager asks to postpone telling the client. */
  const uitstelGevraagd = () =>
    teInformeren().doe(
      {
        soort: 'uitstel',
        reden: 'bescherming-betrokkene',
        onderbouwing: 'Eerst de veiligheid van mevrouw regelen.',
        tot: '2026-12-10T10:00:00.000Z',
      },
      casemanager,
      '2026-11-26T10:00:00.000Z',
    );

  it.each<[string, () => Verloop, Medewerker, WerkSoort | null]>([
    [
      'a pool review, for any deskundige collega',
      () => weigering().doe(voorstel()),
      collega2,
      'toetsing-in-pool',
    ],
    ['a pool review, not for the requester', () => weigering().doe(voorstel()), zelfCollega, null],
    ['a pool review, not for a leidinggevende', () => weigering().doe(voorstel()), leidinggevende, null],
    [
      'a taken review, for who took it',
      () => weigering().doe(voorstel()).doe(oppakken, collega),
      collega,
      'toetsing',
    ],
    [
      'a taken review, not for another',
      () => weigering().doe(voorstel()).doe(oppakken, collega),
      collega2,
      null,
    ],
    [
      'a signature, for a leidinggevende',
      () => getoetst(weigering().doe(voorstel())),
      leidinggevende,
      'akkoord',
    ],
    ['a signature, not for the reviewer', () => getoetst(weigering().doe(voorstel())), toetserLeiding, null],
    ['a signature after acute sharing', acuutGedeeld, leidinggevende, 'akkoord-achteraf'],
    ['a proposal still being written', () => weigering(), collega, null],
    ['a deelverzoek outside afweging 4', () => bijToestemming(), leidinggevende, null],
    ['an uitstel asked for, for a leidinggevende', uitstelGevraagd, leidinggevende, 'uitstel-beoordelen'],
    ['an uitstel asked for, not for a collega', uitstelGevraagd, collega, null],
    ['informeren achteraf without an uitstel asked', teInformeren, leidinggevende, null],
  ])('%s', (_, maak, wie, verwacht) => {
    expect(werkVoorMedewerker(maak().proces, wie)).toBe(verwacht);
  });
});
