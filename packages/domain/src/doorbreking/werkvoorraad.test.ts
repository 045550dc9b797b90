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
  Verloop,
  voorstel,
  weigering,
} from '../../test/fixtures';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { toetsingInPool, wachtOpMedewerker } from './werkvoorraad';

const NU = '2026-11-24T12:00:00.000Z';
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
  });

  it.each<[string, () => Verloop, Medewerker, boolean]>([
    ['a pool review, for any deskundige collega', () => weigering().doe(voorstel()), collega2, true],
    ['a pool review, not for the requester', () => weigering().doe(voorstel()), zelfCollega, false],
    ['a pool review, not for a leidinggevende', () => weigering().doe(voorstel()), leidinggevende, false],
    [
      'a taken review, for who took it',
      () => weigering().doe(voorstel()).doe(oppakken, collega),
      collega,
      true,
    ],
    [
      'a taken review, not for another',
      () => weigering().doe(voorstel()).doe(oppakken, collega),
      collega2,
      false,
    ],
    ['a signature, for a leidinggevende', () => getoetst(weigering().doe(voorstel())), leidinggevende, true],
    ['a signature, not for the reviewer', () => getoetst(weigering().doe(voorstel())), toetserLeiding, false],
    ['a signature after acute sharing', acuutGedeeld, leidinggevende, true],
    ['a proposal still being written', () => weigering(), collega, false],
    ['a deelverzoek outside afweging 4', () => bijToestemming(), leidinggevende, false],
  ])('%s', (_, maak, wie, verwacht) => {
    expect(wachtOpMedewerker(maak().proces, standaardBeleid, NU, wie)).toBe(verwacht);
  });
});
