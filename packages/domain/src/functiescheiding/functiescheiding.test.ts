import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Betrokkenen, controleerFunctiescheiding, type Gebruikersrol } from './functiescheiding';

const aanvrager = { gebruikerId: 'anna' };
const toetser = { gebruikerId: 'bram' };
const leiding = { gebruikerId: 'carla', rollen: ['leidinggevende'] as Gebruikersrol[] };
const beide = { collegialeToetsing: true, akkoordLeidinggevende: true };

const codes = (b: Betrokkenen, eisen = beide) => {
  const r = controleerFunctiescheiding(b, eisen);
  return r.ok ? [] : r.overtredingen.map((o) => o.code);
};

describe('controleerFunctiescheiding', () => {
  it.each([
    [
      'three different people, signed by a leidinggevende',
      { aanvrager, collegialeToetser: toetser, ondertekenaar: leiding },
      [],
    ],
    [
      'reviewer is the requester',
      { aanvrager, collegialeToetser: aanvrager, ondertekenaar: leiding },
      ['toetser-is-aanvrager'],
    ],
    [
      'leidinggevende signs own request',
      { aanvrager: { gebruikerId: 'carla' }, collegialeToetser: toetser, ondertekenaar: leiding },
      ['eigen-verzoek-ondertekend'],
    ],
    [
      'reviewer also signs',
      { aanvrager, collegialeToetser: { gebruikerId: 'carla' }, ondertekenaar: leiding },
      ['toetser-ondertekent'],
    ],
    [
      'signer is not a leidinggevende',
      {
        aanvrager,
        collegialeToetser: toetser,
        ondertekenaar: { gebruikerId: 'dirk', rollen: ['deskundige-collega'] },
      },
      ['ondertekenaar-geen-leidinggevende'],
    ],
    [
      'one person does everything',
      {
        aanvrager: { gebruikerId: 'carla' },
        collegialeToetser: { gebruikerId: 'carla' },
        ondertekenaar: leiding,
      },
      ['toetser-is-aanvrager', 'eigen-verzoek-ondertekend', 'toetser-ondertekent'],
    ],
    [
      'ids that differ only in spaces are one person',
      {
        aanvrager: { gebruikerId: ' anna ' },
        collegialeToetser: toetser,
        ondertekenaar: { ...leiding, gebruikerId: 'anna' },
      },
      ['eigen-verzoek-ondertekend'],
    ],
    [
      'review and signature missing',
      { aanvrager },
      ['collegiale-toetsing-ontbreekt', 'akkoord-leidinggevende-ontbreekt'],
    ],
  ] as const)('%s', (_, b, verwacht) => {
    expect(codes(b as Betrokkenen)).toEqual(verwacht);
  });

  it('does not ask for what is not required', () => {
    expect(codes({ aanvrager }, { collegialeToetsing: false, akkoordLeidinggevende: false })).toEqual([]);
  });

  it('cites its source in every violation', () => {
    const r = controleerFunctiescheiding({ aanvrager, collegialeToetser: aanvrager }, beide);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const o of r.overtredingen) expect(o.bron).toContain('afweging 4a');
  });

  const id = fc.constantFrom('anna', 'bram', 'carla', 'dirk', ' anna');
  const rollen = fc.subarray<Gebruikersrol>([
    'professional',
    'deskundige-collega',
    'leidinggevende',
    'privacy-officer',
  ]);

  it('never accepts the same person twice', () => {
    fc.assert(
      fc.property(
        id,
        fc.option(id, { nil: undefined }),
        fc.option(id, { nil: undefined }),
        rollen,
        (a, t, o, r) => {
          const b: Betrokkenen = {
            aanvrager: { gebruikerId: a },
            collegialeToetser: t === undefined ? undefined : { gebruikerId: t },
            ondertekenaar: o === undefined ? undefined : { gebruikerId: o, rollen: r },
          };
          const ids = [a, t, o].flatMap((x) => (x === undefined ? [] : [x.trim()]));
          const result = controleerFunctiescheiding(b, {
            collegialeToetsing: false,
            akkoordLeidinggevende: false,
          });
          if (new Set(ids).size < ids.length) expect(result.ok).toBe(false);
          else expect(result.ok).toBe(o === undefined || r.includes('leidinggevende'));
        },
      ),
    );
  });
});
