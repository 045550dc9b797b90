import { describe, expect, it } from 'vitest';
import type { WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import {
  geldigeToestemming,
  partijLabel,
  type ToestemmingEisen,
  toestemmingOverzicht,
  toetsToestemming,
} from './toestemming';
import type { Toestemming, VastgelegdePoging } from './toestemming.schema';

const eisen: ToestemmingEisen = {
  doel: 'Afstemmen met de thuiszorg',
  gegevens: ['naw', 'relevante-hulpinformatie'],
  ontvangers: ['Thuiszorg Oost'],
};
const OP = '2026-11-24T10:00:00.000Z';
const goed: Toestemming = {
  doel: ' afstemmen met de Thuiszorg ',
  gegevens: ['naw', 'relevante-hulpinformatie'],
  ontvangers: ['thuiszorg oost'],
  wijze: 'schriftelijk',
  intrekkenUitgelegd: true,
  gegevenDoor: { soort: 'client' },
  op: '2026-11-23T10:00:00.000Z',
  vastgelegdDoor: { gebruikerId: 'casemanager-1' },
};

describe('toetsToestemming: specific, informed, in force', () => {
  it('accepts a consent that covers purpose, data and recipients (case and spacing aside)', () => {
    expect(toetsToestemming(goed, eisen, OP)).toEqual([]);
  });

  it.each<[string, Partial<Toestemming>, string]>([
    ['given after the moment of sharing', { op: '2026-11-25T10:00:00.000Z' }, 'toestemming-nog-niet-gegeven'],
    ['withdrawn before', { ingetrokkenOp: '2026-11-24T09:00:00.000Z' }, 'toestemming-ingetrokken'],
    ['expired', { geldigTot: '2026-11-24T09:59:59.000Z' }, 'toestemming-verlopen'],
    ['for another purpose', { doel: 'Iets heel anders regelen' }, 'toestemming-ander-doel'],
    ['for fewer data', { gegevens: ['naw'] }, 'toestemming-dekt-gegevens-niet'],
    ['for other recipients', { ontvangers: ['Huisarts'] }, 'toestemming-dekt-ontvangers-niet'],
    [
      'without telling the client they may withdraw',
      { intrekkenUitgelegd: false },
      'toestemming-niet-geinformeerd',
    ],
  ])('refuses one %s', (_, wijziging, code) => {
    const fouten = toetsToestemming({ ...goed, ...wijziging }, eisen, OP);
    expect(fouten.map((f) => f.code)).toEqual([code]);
    expect(fouten[0]?.bron).toContain('Grondslagen');
  });

  it('keeps a consent withdrawn later, or valid until later, in force now', () => {
    expect(
      toetsToestemming(
        { ...goed, ingetrokkenOp: '2026-12-01T00:00:00.000Z', geldigTot: '2027-01-01T00:00:00.000Z' },
        eisen,
        OP,
      ),
    ).toEqual([]);
  });
});

describe('geldigeToestemming: everyone who must consent did', () => {
  const ouder = { soort: 'vertegenwoordiger' as const, id: 'p1', rol: 'ouder' as const };
  const kind = { soort: 'vertegenwoordiger' as const, id: 'k1', rol: 'kind' as const };
  const wie = (vereist: 'allen' | 'een-van'): WieMoetToestemmen => ({
    regel: 'wilsonbekwame-volwassene',
    leeftijd: 80,
    vereist,
    toestemmers: [ouder, kind],
    informeren: [{ soort: 'client' }],
    uitleg: 'Uitleg.',
    bron: 'Handleiding hoofdstuk 3',
  });

  it.each<[string, 'allen' | 'een-van', Toestemming[], boolean, string[]]>([
    ['one of several is enough', 'een-van', [{ ...goed, gegevenDoor: kind }], true, []],
    ['all needed, one missing', 'allen', [{ ...goed, gegevenDoor: kind }], false, ['toestemming-ontbreekt']],
    [
      'all given',
      'allen',
      [
        { ...goed, gegevenDoor: kind },
        { ...goed, gegevenDoor: ouder },
      ],
      true,
      [],
    ],
    [
      'one of several, but none valid',
      'een-van',
      [{ ...goed, gegevenDoor: kind, intrekkenUitgelegd: false }],
      false,
      ['toestemming-ontbreekt', 'toestemming-ontbreekt', 'toestemming-niet-geinformeerd'],
    ],
    [
      'the client is not who decides',
      'een-van',
      [goed],
      false,
      ['toestemming-ontbreekt', 'toestemming-ontbreekt'],
    ],
  ])('%s', (_, vereist, toestemmingen, ok, codes) => {
    const r = geldigeToestemming(toestemmingen, wie(vereist), eisen, OP);
    expect(r.ok).toBe(ok);
    expect(r.ok ? [] : r.overtredingen.map((o) => o.code)).toEqual(codes);
  });

  it('names the party in plain words', () => {
    expect(partijLabel({ soort: 'client' })).toBe('de cliënt');
    expect(partijLabel(ouder)).toBe('ouder (p1)');
  });
});

describe('one refusal by a party who must consent means no consent', () => {
  const moeder = { soort: 'vertegenwoordiger' as const, id: 'moeder', rol: 'ouder-met-gezag' as const };
  const vader = { soort: 'vertegenwoordiger' as const, id: 'vader', rol: 'ouder-met-gezag' as const };
  const client = { soort: 'client' as const };
  const tiener: WieMoetToestemmen = {
    regel: '12-tot-16',
    leeftijd: 14,
    vereist: 'allen',
    toestemmers: [client, moeder, vader],
    informeren: [],
    uitleg: 'De cliënt én de ouders met gezag.',
    bron: 'Handleiding hoofdstuk 3',
  };
  const antwoord = (
    partij: VastgelegdePoging['poging']['partij'],
    uitkomst: 'ja' | 'nee' | 'geen-antwoord',
    op: string,
  ) => ({
    poging: { op, wijze: 'gesprek' as const, partij, uitkomst },
    door: { gebruikerId: 'casemanager-1' },
  });

  it.each<[string, VastgelegdePoging[], ('ja' | 'nee' | null)[], boolean, string[]]>([
    ['nobody answered yet', [], [null, null, null], false, []],
    [
      'the child said yes, the parents have yet to answer',
      [antwoord(client, 'ja', '2026-11-23T09:00:00.000Z')],
      ['ja', null, null],
      false,
      [],
    ],
    [
      'a silence is no answer',
      [antwoord(moeder, 'geen-antwoord', '2026-11-23T09:00:00.000Z')],
      [null, null, null],
      false,
      [],
    ],
    [
      'everyone answered, the father no',
      [
        antwoord(client, 'ja', '2026-11-23T09:00:00.000Z'),
        antwoord(moeder, 'ja', '2026-11-23T10:00:00.000Z'),
        antwoord(vader, 'nee', '2026-11-23T11:00:00.000Z'),
      ],
      ['ja', 'ja', 'nee'],
      true,
      ['vader'],
    ],
    [
      'a later yes replaces an earlier no',
      [
        antwoord(moeder, 'ja', '2026-11-23T12:00:00.000Z'),
        antwoord(moeder, 'nee', '2026-11-23T09:00:00.000Z'),
      ],
      [null, 'ja', null],
      false,
      [],
    ],
  ])('%s', (_, pogingen, antwoorden, allen, geweigerd) => {
    const o = toestemmingOverzicht(tiener, pogingen);
    expect(o.perPartij.map((x) => x.antwoord)).toEqual(antwoorden);
    expect(o.allenGeantwoord).toBe(allen);
    expect(o.geweigerdDoor.map((p) => (p.soort === 'client' ? 'client' : p.id))).toEqual(geweigerd);
  });

  it('refuses sharing when one parent said no, even with the others’ consent on record', () => {
    const ja = (gegevenDoor: Toestemming['gegevenDoor']) => ({ ...goed, gegevenDoor });
    const pogingen = [
      antwoord(client, 'ja', '2026-11-23T09:00:00.000Z'),
      antwoord(moeder, 'ja', '2026-11-23T10:00:00.000Z'),
      antwoord(vader, 'nee', '2026-11-23T11:00:00.000Z'),
    ];
    const r = geldigeToestemming([ja(client), ja(moeder)], tiener, eisen, OP, pogingen);
    expect(r).toEqual({
      ok: false,
      overtredingen: [
        {
          code: 'toestemming-geweigerd',
          bericht: expect.stringMatching(/^ouder met gezag \(vader\) zei nee\./),
          bron: 'Handleiding hoofdstuk 3',
        },
      ],
    });
    expect(
      geldigeToestemming([ja(client), ja(moeder), ja(vader)], tiener, eisen, OP, pogingen.slice(0, 2)).ok,
    ).toBe(true);
  });
});
