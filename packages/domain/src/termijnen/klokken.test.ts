import { type Beleid, standaardBeleid } from '@deelwijs/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naarMs } from '../werkdagen/amsterdam-tijd';
import {
  akkoordLeidinggevendeKlok,
  collegialeToetsingKlok,
  informerenAchterafKlok,
  isTeLaat,
  type PogingMoment,
  toestemmingStand,
  toestemmingsklok,
  type UitstelPeriode,
  vitaalBelangKlok,
} from './klokken';

const beleid = standaardBeleid;
// Monday 23 November 2026, 09:00 CET.
const GESTART = '2026-11-23T08:00:00Z';

describe('toestemmingsklok', () => {
  it('reminds after 3 working days and prompts a decision after 14 days', () => {
    expect(toestemmingsklok(beleid, GESTART)).toEqual({
      herinneringZonderPoging: '2026-11-26T08:00:00.000Z',
      beslismoment: '2026-12-07T08:00:00.000Z',
    });
  });
});

describe('toestemmingStand', () => {
  const mislukt = (op: string): PogingMoment => ({ op, beantwoord: false });
  it.each([
    ['nothing yet, before the reminder', [], '2026-11-25T08:00:00Z', false, null, '2026-11-26T08:00:00.000Z'],
    ['no attempt after 3 working days', [], '2026-11-26T08:00:00Z', true, null, '2026-12-07T08:00:00.000Z'],
    [
      'one attempt stops the reminder',
      [mislukt('2026-11-24T10:00:00Z')],
      '2026-11-27T08:00:00Z',
      false,
      null,
      '2026-12-07T08:00:00.000Z',
    ],
    [
      'three unsuccessful attempts → decide',
      [mislukt('2026-11-24T10:00:00Z'), mislukt('2026-11-25T10:00:00Z'), mislukt('2026-11-26T10:00:00Z')],
      '2026-11-26T11:00:00Z',
      false,
      'max-pogingen',
      null,
    ],
    [
      '14 days without an answer → decide',
      [mislukt('2026-11-24T10:00:00Z')],
      '2026-12-07T08:00:00Z',
      false,
      'termijn-verstreken',
      null,
    ],
    [
      'an attempt recorded after now does not count yet',
      [mislukt('2026-11-27T10:00:00Z')],
      '2026-11-26T09:00:00Z',
      true,
      null,
      '2026-12-07T08:00:00.000Z',
    ],
    [
      'an answer stops the clock (an attempt told before the workflow knew who was left)',
      [mislukt('2026-11-24T10:00:00Z'), { op: '2026-11-25T10:00:00Z', beantwoord: true }],
      '2026-12-20T08:00:00Z',
      false,
      null,
      null,
    ],
    [
      'a 14-year-old said yes, the parents have yet to answer: the clock runs on to the deadline',
      [{ op: '2026-11-24T10:00:00Z', beantwoord: true, iedereenGeantwoord: false }],
      '2026-11-27T08:00:00Z',
      false,
      null,
      '2026-12-07T08:00:00.000Z',
    ],
    [
      'answers from some parties are no failed attempts: only the unanswered count to the maximum',
      [
        { op: '2026-11-24T10:00:00Z', beantwoord: true, iedereenGeantwoord: false },
        { op: '2026-11-24T11:00:00Z', beantwoord: true, iedereenGeantwoord: false },
        mislukt('2026-11-25T10:00:00Z'),
        mislukt('2026-11-25T11:00:00Z'),
      ],
      '2026-11-26T08:00:00Z',
      false,
      null,
      '2026-12-07T08:00:00.000Z',
    ],
    [
      'the last party answers: nobody is left to ask, the clock stops',
      [
        { op: '2026-11-24T10:00:00Z', beantwoord: true, iedereenGeantwoord: false },
        { op: '2026-11-25T10:00:00Z', beantwoord: true, iedereenGeantwoord: true },
      ],
      '2026-12-20T08:00:00Z',
      false,
      null,
      null,
    ],
  ] as const)('%s', (_, pogingen, nu, herinneren, beslissen, volgendeControle) => {
    expect(toestemmingStand(beleid, { gestartOp: GESTART, pogingen }, nu)).toEqual({
      herinneren,
      beslissen,
      volgendeControle,
    });
  });

  it('respects an organisation that allows more attempts', () => {
    const ruim: Beleid = { ...beleid, toestemming: { ...beleid.toestemming, maxPogingen: 5 } };
    const pogingen = [1, 2, 3].map((d) => ({ op: `2026-11-2${3 + d}T10:00:00Z`, beantwoord: false }));
    expect(
      toestemmingStand(ruim, { gestartOp: GESTART, pogingen }, '2026-11-27T08:00:00Z').beslissen,
    ).toBeNull();
  });

  it('never asks to decide before the deadline with fewer attempts than the maximum, and never shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        fc.array(fc.integer({ min: 0, max: 30 * 86_400_000 }), { maxLength: 5 }),
        (nuNa, pogingNa) => {
          const start = naarMs(GESTART);
          const nu = new Date(start + nuNa).toISOString();
          const pogingen = pogingNa.map((ms) => ({
            op: new Date(start + ms).toISOString(),
            beantwoord: false,
          }));
          const stand = toestemmingStand(beleid, { gestartOp: GESTART, pogingen }, nu);
          const bekend = pogingNa.filter((ms) => ms <= nuNa).length;
          const voorBeslismoment = start + nuNa < naarMs(toestemmingsklok(beleid, GESTART).beslismoment);
          if (bekend < 3 && voorBeslismoment) expect(stand.beslissen).toBeNull();
          else expect(stand.beslissen).not.toBeNull();
          if (stand.volgendeControle) expect(naarMs(stand.volgendeControle)).toBeGreaterThan(start + nuNa);
          expect(Object.keys(stand).sort()).toEqual(['beslissen', 'herinneren', 'volgendeControle']);
        },
      ),
    );
  });
});

describe('collegiale toetsing, akkoord leidinggevende, vitaal belang', () => {
  // Friday 27 November 2026, 16:00 CET.
  const VRIJDAG = '2026-11-27T15:00:00Z';
  it('reminds the reviewer after 1 working day and escalates after 2', () => {
    expect(collegialeToetsingKlok(beleid, VRIJDAG)).toEqual({
      herinnering: '2026-11-30T15:00:00.000Z',
      escalatie: '2026-12-01T15:00:00.000Z',
    });
  });

  it.each([
    [false, '2026-12-01T15:00:00.000Z'],
    [true, '2026-11-27T19:00:00.000Z'],
  ])('akkoord leidinggevende, spoed=%s → %s', (spoed, uiterlijk) => {
    expect(akkoordLeidinggevendeKlok(beleid, VRIJDAG, spoed)).toEqual({ uiterlijk });
  });

  it('after sharing on a Saturday night, the signature is due by the end of Monday', () => {
    expect(vitaalBelangKlok(beleid, '2026-11-28T02:00:00Z')).toEqual({
      akkoordUiterlijk: '2026-11-30T23:00:00.000Z',
    });
  });
});

describe('informeren achteraf', () => {
  const GEDEELD = '2026-01-05T10:00:00Z';
  const dag = (n: number) => new Date(naarMs(GEDEELD) + n * 86_400_000).toISOString();

  it('reminds at 7, 14 and 21 days and is due at 30', () => {
    expect(informerenAchterafKlok(beleid, GEDEELD)).toEqual({
      herinneringen: ['2026-01-12T10:00:00.000Z', '2026-01-19T10:00:00.000Z', '2026-01-26T10:00:00.000Z'],
      uiterlijk: '2026-02-04T10:00:00.000Z',
      herbeoordelingen: [],
    });
  });

  it('keeps the Amsterdam wall clock when DST starts in the month', () => {
    expect(informerenAchterafKlok(beleid, '2026-03-10T10:00:00Z').uiterlijk).toBe('2026-04-09T09:00:00.000Z');
  });

  it('moves the deadline and skips reminders during an uitstel', () => {
    const uitstel: UitstelPeriode[] = [{ vanaf: dag(10), tot: dag(40) }];
    expect(informerenAchterafKlok(beleid, GEDEELD, uitstel)).toEqual({
      herinneringen: [dag(7)],
      uiterlijk: dag(40),
      herbeoordelingen: [dag(40)],
    });
  });

  it.each([
    ['not told, before the deadline', {}, dag(29), false],
    ['not told, exactly at the deadline', {}, dag(30), false],
    ['not told, a millisecond after', {}, new Date(naarMs(dag(30)) + 1).toISOString(), true],
    ['told in time', { geinformeerdOp: dag(20) }, dag(60), false],
    ['told too late', { geinformeerdOp: dag(31) }, dag(60), true],
    ['told "later" than now counts as not yet told', { geinformeerdOp: dag(90) }, dag(60), true],
    ['uitstel granted in time', { uitstel: [{ vanaf: dag(25), tot: dag(55) }] }, dag(50), false],
    ['uitstel ran out, not told', { uitstel: [{ vanaf: dag(25), tot: dag(55) }] }, dag(56), true],
    [
      'a second uitstel right after the first',
      {
        uitstel: [
          { vanaf: dag(55), tot: dag(85) },
          { vanaf: dag(25), tot: dag(55) },
        ],
      },
      dag(80),
      false,
    ],
    [
      'uitstel granted after the deadline does not undo lateness',
      { uitstel: [{ vanaf: dag(35), tot: dag(60) }] },
      dag(40),
      true,
    ],
  ] as const)('isTeLaat: %s', (_, extra, nu, teLaat) => {
    expect(isTeLaat(beleid, { gedeeldOp: GEDEELD, ...extra }, nu)).toBe(teLaat);
  });

  it('once late and not told, stays late', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, b) => {
        const [eerder, later] = a <= b ? [a, b] : [b, a];
        if (isTeLaat(beleid, { gedeeldOp: GEDEELD }, dag(eerder))) {
          expect(isTeLaat(beleid, { gedeeldOp: GEDEELD }, dag(later))).toBe(true);
        }
        expect(isTeLaat(beleid, { gedeeldOp: GEDEELD }, dag(eerder))).toBe(eerder > 30);
      }),
    );
  });
});
