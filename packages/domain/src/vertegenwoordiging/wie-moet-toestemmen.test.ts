import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Client,
  Partij,
  type Vertegenwoordiger,
  VertegenwoordigerRol,
  WieMoetToestemmen,
} from './vertegenwoordiging.schema';
import { wieMoetToestemmen } from './wie-moet-toestemmen';

const PEIL = '2026-06-01';
const v = (id: string, rol: Vertegenwoordiger['rol']): Vertegenwoordiger => ({ id, rol });
const client = (
  geboortedatum: string,
  vertegenwoordigers: Vertegenwoordiger[] = [],
  wilsonbekwaam = false,
): Client => ({
  id: 'client-1',
  geboortedatum,
  wilsonbekwaam,
  vertegenwoordigers,
});
const ouders = [v('moeder', 'ouder-met-gezag'), v('vader', 'ouder-met-gezag')];
const ids = (partijen: Partij[]) => partijen.map((p) => (p.soort === 'client' ? 'client' : p.id));

describe('wieMoetToestemmen', () => {
  it.each([
    [
      '8 years: parents with gezag, child informed',
      client('2018-01-01', ouders),
      'jonger-dan-12',
      ['moeder', 'vader'],
      ['client'],
    ],
    [
      '11 with a voogd',
      client('2015-01-01', [v('voogd-1', 'voogd')]),
      'jonger-dan-12',
      ['voogd-1'],
      ['client'],
    ],
    [
      'a parent without gezag does not decide',
      client('2018-01-01', [v('moeder', 'ouder-met-gezag'), v('vader', 'ouder')]),
      'jonger-dan-12',
      ['moeder'],
      ['client'],
    ],
    [
      '12 on the birthday: child and parents',
      client('2014-06-01', ouders),
      '12-tot-16',
      ['client', 'moeder', 'vader'],
      [],
    ],
    ['15: child and parents', client('2010-06-02', ouders), '12-tot-16', ['client', 'moeder', 'vader'], []],
    ['16 on the birthday: client alone', client('2010-06-01', ouders), '16-en-ouder', ['client'], []],
    ['adult: client alone', client('1980-01-01', [v('p', 'partner')]), '16-en-ouder', ['client'], []],
    [
      '15 without capacity: parents',
      client('2011-01-01', ouders, true),
      'wilsonbekwame-minderjarige',
      ['moeder', 'vader'],
      ['client'],
    ],
    [
      '17 without capacity: parents',
      client('2009-01-01', ouders, true),
      'wilsonbekwame-minderjarige',
      ['moeder', 'vader'],
      ['client'],
    ],
    [
      'adult without capacity: curator first',
      client(
        '1950-01-01',
        [v('zus', 'broer-zus'), v('p', 'partner'), v('c', 'curator'), v('m', 'mentor')],
        true,
      ),
      'wilsonbekwame-volwassene',
      ['c'],
      ['client'],
    ],
    [
      'then mentor',
      client('1950-01-01', [v('p', 'partner'), v('m', 'mentor'), v('g', 'schriftelijk-gemachtigde')], true),
      'wilsonbekwame-volwassene',
      ['m'],
      ['client'],
    ],
    [
      'then the written proxy',
      client('1950-01-01', [v('p', 'partner'), v('g', 'schriftelijk-gemachtigde')], true),
      'wilsonbekwame-volwassene',
      ['g'],
      ['client'],
    ],
    [
      'then the partner',
      client('1950-01-01', [v('k', 'kind'), v('p', 'partner')], true),
      'wilsonbekwame-volwassene',
      ['p'],
      ['client'],
    ],
    [
      'then parent, child, brother or sister',
      client('1950-01-01', [v('k', 'kind'), v('b', 'broer-zus'), v('o', 'ouder-met-gezag')], true),
      'wilsonbekwame-volwassene',
      ['k', 'b'],
      ['client'],
    ],
    [
      'ouders met gezag lose that role at 18',
      client('2000-01-01', [v('o', 'ouder-met-gezag'), v('x', 'ouder')], true),
      'wilsonbekwame-volwassene',
      ['x'],
      ['client'],
    ],
  ] as const)('%s', (_, c, regel, toestemmers, informeren) => {
    const r = wieMoetToestemmen(c, PEIL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.regel).toBe(regel);
    expect(ids(r.waarde.toestemmers)).toEqual(toestemmers);
    expect(ids(r.waarde.informeren)).toEqual(informeren);
    expect(WieMoetToestemmen.safeParse(r.waarde).success).toBe(true);
  });

  it('one of several relatives is enough; all parents with gezag are needed', () => {
    const familie = wieMoetToestemmen(client('1950-01-01', [v('k1', 'kind'), v('k2', 'kind')], true), PEIL);
    expect(familie.ok && familie.waarde.vereist).toBe('een-van');
    const kind = wieMoetToestemmen(client('2018-01-01', ouders), PEIL);
    expect(kind.ok && kind.waarde.vereist).toBe('allen');
  });

  it.each([
    [{ ernstigNadeel: true }, 'ernstig nadeel'],
    [{ weloverwogenWens: true }, 'weloverwogen'],
  ])('12–15 with exception %o: the child alone', (uitzondering, woord) => {
    const r = wieMoetToestemmen(client('2012-01-01', ouders), PEIL, uitzondering);
    expect(r.ok && r.waarde.regel).toBe('12-tot-16-uitzondering');
    expect(r.ok && ids(r.waarde.toestemmers)).toEqual(['client']);
    expect(r.ok && r.waarde.uitleg).toContain(woord);
  });

  it('the exceptions do not apply under 12 or without capacity', () => {
    const jong = wieMoetToestemmen(client('2016-01-01', ouders), PEIL, { ernstigNadeel: true });
    expect(jong.ok && jong.waarde.regel).toBe('jonger-dan-12');
    const onbekwaam = wieMoetToestemmen(client('2012-01-01', ouders, true), PEIL, { weloverwogenWens: true });
    expect(onbekwaam.ok && onbekwaam.waarde.regel).toBe('wilsonbekwame-minderjarige');
  });

  it('uses the Amsterdam date of a moment', () => {
    const c = client('2014-06-01', ouders);
    expect(wieMoetToestemmen(c, '2026-05-31T21:59:59Z')).toMatchObject({
      waarde: { regel: 'jonger-dan-12' },
    });
    expect(wieMoetToestemmen(c, '2026-05-31T22:00:00Z')).toMatchObject({ waarde: { regel: '12-tot-16' } });
  });

  it.each([
    [
      'a child without anyone with gezag',
      client('2018-01-01', [v('oma', 'ouder')]),
      'geen-gezagsdrager',
      'Jeugdwet',
    ],
    ['a 13-year-old without anyone with gezag', client('2013-01-01'), 'geen-gezagsdrager', 'WGBO art. 7:450'],
    [
      'an adult without capacity and nobody',
      client('1950-01-01', [], true),
      'geen-vertegenwoordiger',
      'WGBO art. 7:465',
    ],
    ['a birth date after the request', client('2027-01-01'), 'geboortedatum-na-peildatum', 'hoofdstuk 3'],
  ] as const)('refuses %s', (_, c, code, bron) => {
    expect(wieMoetToestemmen(c, PEIL)).toEqual({
      ok: false,
      overtredingen: [{ code, bericht: expect.any(String), bron: expect.stringContaining(bron) }],
    });
  });

  const vertegenwoordiger = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    rol: fc.constantFrom(...VertegenwoordigerRol.options),
  });
  const geboortedatum = fc
    .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2026, 5, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const clientArb = fc.record({
    id: fc.constant('client-1'),
    geboortedatum,
    wilsonbekwaam: fc.boolean(),
    vertegenwoordigers: fc.array(vertegenwoordiger, { maxLength: 6 }),
  });
  const uitzondering = fc.record({ ernstigNadeel: fc.boolean(), weloverwogenWens: fc.boolean() });

  it('always names at least one party, without duplicates, or refuses with a reason', () => {
    fc.assert(
      fc.property(clientArb, uitzondering, (c, u) => {
        const r = wieMoetToestemmen(c, PEIL, u);
        if (r.ok) {
          expect(r.waarde.toestemmers.length).toBeGreaterThanOrEqual(1);
          const sleutels = r.waarde.toestemmers.map((p) => JSON.stringify(p));
          expect(new Set(sleutels).size).toBe(sleutels.length);
          expect(WieMoetToestemmen.safeParse(r.waarde).success).toBe(true);
        } else {
          expect(r.overtredingen).toHaveLength(1);
          expect(['geen-gezagsdrager', 'geen-vertegenwoordiger']).toContain(r.overtredingen[0]?.code);
        }
      }),
    );
  });

  it('a client with data (gezag for minors, a relative for adults) is never refused', () => {
    fc.assert(
      fc.property(clientArb, uitzondering, (c, u) => {
        const volledig: Client = {
          ...c,
          vertegenwoordigers: [...c.vertegenwoordigers, v('gezag', 'ouder-met-gezag'), v('zus', 'broer-zus')],
        };
        expect(wieMoetToestemmen(volledig, PEIL, u).ok).toBe(true);
      }),
    );
  });

  it('a capable client of 16 or older decides alone; a child under 12 never does', () => {
    fc.assert(
      fc.property(clientArb, uitzondering, (c, u) => {
        const r = wieMoetToestemmen(c, PEIL, u);
        if (!r.ok) return;
        const alleenClient = r.waarde.toestemmers.length === 1 && r.waarde.toestemmers[0]?.soort === 'client';
        if (r.waarde.leeftijd >= 16 && !c.wilsonbekwaam) expect(alleenClient).toBe(true);
        if (r.waarde.leeftijd < 12 || c.wilsonbekwaam) {
          expect(r.waarde.toestemmers.some((p) => p.soort === 'client')).toBe(false);
          expect(r.waarde.informeren).toEqual([{ soort: 'client' }]);
        }
      }),
    );
  });
});
