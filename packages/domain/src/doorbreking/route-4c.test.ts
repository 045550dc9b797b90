import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afweging4Voor } from './doorbreking';
import { route4c, type Situatie4c } from './route-4c';

const niets: Situatie4c = {
  toestemming: false,
  wettelijkePlicht: false,
  meldrecht: false,
  conflictVanPlichten: false,
};

describe('afweging 4c: the way through professional secrecy', () => {
  it.each([
    ['big', '4c'],
    ['skj', '4c'],
    ['algemeen', '4a'],
    ['afgeleid', '4a'],
    ['ambtelijk', '4a'],
    ['geen', '4a'],
  ] as const)('a professional with beroepsgeheim class %s weighs afweging %s', (klasse, afweging) => {
    expect(afweging4Voor(klasse)).toBe(afweging);
  });

  it.each<[string, Partial<Situatie4c>, ReturnType<typeof route4c>]>([
    [
      'consent',
      { toestemming: true, meldrecht: true },
      {
        route: 'toestemming',
        akkoordLeidinggevende: false,
        deskundigeCollegaRaadplegen: false,
        leidinggevendeInformeren: false,
        collegialeToetsing: false,
        bron: 'Handleiding hoofdstuk 4, afweging 4c',
      },
    ],
    [
      'a legal duty',
      { wettelijkePlicht: true, conflictVanPlichten: true },
      {
        route: 'wettelijke-plicht',
        akkoordLeidinggevende: false,
        deskundigeCollegaRaadplegen: false,
        leidinggevendeInformeren: false,
        collegialeToetsing: false,
        bron: 'Handleiding hoofdstuk 4, afweging 4c',
      },
    ],
    [
      'the meldrecht: consult a collega, no signature, tell the leidinggevende',
      { meldrecht: true, conflictVanPlichten: true },
      {
        route: 'meldrecht',
        akkoordLeidinggevende: false,
        deskundigeCollegaRaadplegen: true,
        leidinggevendeInformeren: true,
        collegialeToetsing: false,
        bron: 'Handleiding hoofdstuk 4, afweging 4c',
      },
    ],
    [
      'a conflict van plichten: review and always a signature',
      { conflictVanPlichten: true },
      {
        route: 'conflict-van-plichten',
        akkoordLeidinggevende: true,
        deskundigeCollegaRaadplegen: true,
        leidinggevendeInformeren: false,
        collegialeToetsing: true,
        bron: 'Handleiding hoofdstuk 4, afweging 4c',
      },
    ],
    [
      'none of them: the secret stays kept',
      {},
      {
        route: 'niet-delen',
        akkoordLeidinggevende: false,
        deskundigeCollegaRaadplegen: false,
        leidinggevendeInformeren: false,
        collegialeToetsing: false,
        bron: 'Handleiding hoofdstuk 4, afweging 4c',
      },
    ],
  ])('opens by %s', (_, situatie, verwacht) => {
    expect(route4c({ ...niets, ...situatie })).toEqual(verwacht);
  });

  it('asks for a signature exactly when secrecy is broken on a conflict van plichten', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (t, w, m, c) => {
        const r = route4c({ toestemming: t, wettelijkePlicht: w, meldrecht: m, conflictVanPlichten: c });
        expect(r.akkoordLeidinggevende).toBe(r.route === 'conflict-van-plichten');
        expect(r.route === 'niet-delen').toBe(!t && !w && !m && !c);
      }),
    );
  });
});
