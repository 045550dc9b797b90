import { standaardBeleid } from '@deelwijs/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naarMs } from '../werkdagen/amsterdam-tijd';
import { UitstelAanvraag, valideerUitstel } from './uitstel';

const geldig: UitstelAanvraag = {
  reden: 'bescherming-betrokkene',
  onderbouwing: 'De zoon leest de post van de cliënt; een brief nu brengt de cliënt in gevaar.',
  vanaf: '2026-01-10T10:00:00Z',
  tot: '2026-02-09T10:00:00Z',
  aangevraagdDoor: { gebruikerId: 'casemanager-1' },
  goedgekeurdDoor: { gebruikerId: 'leidinggevende-1', rollen: ['leidinggevende'] },
};

const codes = (r: ReturnType<typeof valideerUitstel>) => (r.ok ? [] : r.overtredingen.map((o) => o.code));

describe('valideerUitstel', () => {
  it('accepts a reasoned uitstel of 30 days approved by another leidinggevende', () => {
    const r = valideerUitstel(standaardBeleid, geldig);
    expect(r).toEqual({ ok: true, waarde: geldig });
  });

  it.each([
    ['no reason', { reden: undefined }, ['uitstel-zonder-gerechtvaardigde-reden']],
    ['no written reasons', { onderbouwing: '  kort ' }, ['uitstel-zonder-onderbouwing']],
    ['31 days', { tot: '2026-02-10T10:00:00Z' }, ['uitstel-te-lang']],
    ['ends before it starts', { tot: '2026-01-09T10:00:00Z' }, ['uitstel-einde-voor-begin']],
    ['ends when it starts', { tot: '2026-01-10T10:00:00Z' }, ['uitstel-einde-voor-begin']],
    ['not approved', { goedgekeurdDoor: undefined }, ['akkoord-leidinggevende-ontbreekt']],
    [
      'approved by the requester',
      { goedgekeurdDoor: { gebruikerId: 'casemanager-1', rollen: ['leidinggevende'] } },
      ['eigen-verzoek-ondertekend'],
    ],
    [
      'approved by someone who is not a leidinggevende',
      { goedgekeurdDoor: { gebruikerId: 'collega-2', rollen: ['professional'] } },
      ['ondertekenaar-geen-leidinggevende'],
    ],
    [
      'everything wrong at once',
      { reden: undefined, onderbouwing: '', tot: '2026-03-10T10:00:00Z', goedgekeurdDoor: undefined },
      [
        'uitstel-zonder-gerechtvaardigde-reden',
        'uitstel-zonder-onderbouwing',
        'uitstel-te-lang',
        'akkoord-leidinggevende-ontbreekt',
      ],
    ],
  ] as const)('refuses %s', (_, wijziging, verwacht) => {
    const r = valideerUitstel(standaardBeleid, { ...geldig, ...wijziging } as UitstelAanvraag);
    expect(codes(r)).toEqual(verwacht);
    if (!r.ok) for (const o of r.overtredingen) expect(o.bron.length).toBeGreaterThan(5);
  });

  it('counts 30 days on the Amsterdam clock: over the DST switch 30 days is one hour shorter', () => {
    const lente = { ...geldig, vanaf: '2026-03-20T10:00:00Z' };
    expect(valideerUitstel(standaardBeleid, { ...lente, tot: '2026-04-19T09:00:00Z' }).ok).toBe(true);
    expect(codes(valideerUitstel(standaardBeleid, { ...lente, tot: '2026-04-19T10:00:00Z' }))).toEqual([
      'uitstel-te-lang',
    ]);
  });

  it('refuses an unknown reason as a rule violation citing afweging 4b and UAVG art. 41, not a parse error', () => {
    expect(UitstelAanvraag.safeParse({ ...geldig, reden: 'drukte' }).success).toBe(true);
    const r = valideerUitstel(standaardBeleid, { ...geldig, reden: 'drukte' });
    expect(r).toEqual({
      ok: false,
      overtredingen: [
        {
          code: 'uitstel-zonder-gerechtvaardigde-reden',
          bericht: expect.stringMatching(
            /^"drukte" is geen gerechtvaardigde reden\. .*strafbare feiten voorkomen/,
          ),
          bron: 'Handleiding hoofdstuk 4, afweging 4b (gerechtvaardigde redenen); UAVG art. 41',
        },
      ],
    });
  });

  it('never accepts more than the maximum, whatever the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 1, max: 90 * 86_400_000 }),
        (vanafMs, lengte) => {
          const vanaf = new Date(vanafMs).toISOString();
          const tot = new Date(vanafMs + lengte).toISOString();
          const r = valideerUitstel(standaardBeleid, { ...geldig, vanaf, tot });
          if (naarMs(tot) - naarMs(vanaf) > 30 * 86_400_000 + 3_600_000) expect(r.ok).toBe(false);
          if (naarMs(tot) - naarMs(vanaf) <= 30 * 86_400_000 - 3_600_000) expect(r.ok).toBe(true);
        },
      ),
    );
  });
});
