import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BELEID_GROEPEN, duurInWoorden } from './beleid-labels';
import { beleidsgrensProblemen, organisatiebeleid } from './beleidsgrenzen';
import { standaardBeleid } from './standaard-beleid';

const paden = (uitslag: ReturnType<typeof organisatiebeleid>) => uitslag.problemen?.map((p) => p.pad) ?? [];

describe("an organisation's own deadlines", () => {
  it('accepts the default policy as it is', () => {
    expect(beleidsgrensProblemen(standaardBeleid)).toEqual([]);
  });

  it('merges a lawful change into a new version', () => {
    const uitslag = organisatiebeleid({
      versie: 'organisatie-1',
      informerenAchteraf: { termijn: { aantal: 25, eenheid: 'kalenderdagen' } },
    });
    expect(uitslag.problemen).toBeUndefined();
    expect(uitslag.beleid).toMatchObject({
      versie: 'organisatie-1',
      informerenAchteraf: { termijn: { aantal: 25, eenheid: 'kalenderdagen' } },
    });
  });

  it.each([
    [{ aantal: 31, eenheid: 'kalenderdagen' }, false],
    [{ aantal: 30, eenheid: 'kalenderdagen' }, true],
    [{ aantal: 19, eenheid: 'werkdagen' }, false],
    [{ aantal: 18, eenheid: 'werkdagen' }, true],
    [{ aantal: 721, eenheid: 'uren' }, false],
  ] as const)('informing afterwards in %o is within the month of AVG art. 14(3): %s', (termijn, mag) => {
    const uitslag = organisatiebeleid({
      versie: 'organisatie-2',
      informerenAchteraf: { termijn, herinneringen: [{ aantal: 1, eenheid: 'kalenderdagen' }] },
    });
    expect(uitslag.problemen === undefined).toBe(mag);
    if (!mag)
      expect(uitslag.problemen).toEqual([
        {
          pad: 'informerenAchteraf.termijn',
          bericht: expect.stringMatching(
            /^De cliënt achteraf informeren mag hoogstens .* \(AVG art\. 14 lid 3/,
          ),
        },
      ]);
  });

  it('caps one period of uitstel, and refuses the units of tests', () => {
    expect(
      paden(
        organisatiebeleid({ versie: 'o-3', uitstel: { maximaal: { aantal: 45, eenheid: 'kalenderdagen' } } }),
      ),
    ).toEqual(['uitstel.maximaal']);
    expect(
      paden(
        organisatiebeleid({
          versie: 'o-4',
          collegialeToetsing: { herinnering: { aantal: 30, eenheid: 'seconden' } },
        }),
      ),
    ).toEqual(['collegialeToetsing.herinnering']);
  });

  it('refuses reminders after the deadline or out of order, and clocks in an order the process cannot follow', () => {
    expect(
      paden(
        organisatiebeleid({
          versie: 'o-5',
          informerenAchteraf: {
            herinneringen: [
              { aantal: 14, eenheid: 'kalenderdagen' },
              { aantal: 7, eenheid: 'kalenderdagen' },
              { aantal: 30, eenheid: 'kalenderdagen' },
            ],
          },
        }),
      ),
    ).toEqual(['informerenAchteraf.herinneringen.1', 'informerenAchteraf.herinneringen.2']);
    expect(
      paden(
        organisatiebeleid({
          versie: 'o-6',
          collegialeToetsing: { escalatie: { aantal: 1, eenheid: 'werkdagen' } },
          akkoordLeidinggevende: { termijnSpoed: { aantal: 3, eenheid: 'werkdagen' } },
        }),
      ),
    ).toEqual(['collegialeToetsing.herinnering', 'akkoordLeidinggevende.termijnSpoed']);
  });

  it('returns schema problems on their field instead of throwing', () => {
    expect(organisatiebeleid({ versie: 'o-7', toestemming: { maxPogingen: 0 } }).problemen?.[0]?.pad).toBe(
      'toestemming.maxPogingen',
    );
    expect(paden(organisatiebeleid({ versie: standaardBeleid.versie }))).toEqual(['versie']);
  });

  it('never lets a policy through whose deadline for informing lies beyond 30 calendar days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('kalenderdagen', 'werkdagen', 'uren') as fc.Arbitrary<
          'kalenderdagen' | 'werkdagen' | 'uren'
        >,
        (aantal, eenheid) => {
          const uitslag = organisatiebeleid({
            versie: 'o-p',
            informerenAchteraf: {
              termijn: { aantal, eenheid },
              herinneringen: [{ aantal: 1, eenheid: 'uren' }],
            },
          });
          // Working days at their longest: five in a week plus three holidays in the month.
          const dagen =
            eenheid === 'uren' ? aantal / 24 : eenheid === 'kalenderdagen' ? aantal : (aantal * 7) / 5 + 3;
          if (uitslag.beleid) expect(dagen).toBeLessThanOrEqual(30.2);
        },
      ),
    );
  });
});

describe('the labels of the clocks', () => {
  it('name every clock of the policy exactly once, and say a clock in words', () => {
    const gelabeld = BELEID_GROEPEN.flatMap((g) => g.klokken.map((k) => k.pad)).sort();
    const klokken = Object.entries(standaardBeleid)
      .filter(([groep]) => groep !== 'versie')
      .flatMap(([groep, w]) =>
        Object.entries(w as Record<string, unknown>)
          .filter(([, v]) => typeof v === 'object')
          .map(([naam]) => `${groep}.${naam}`),
      )
      .sort();
    expect(gelabeld).toEqual(klokken);
    expect(duurInWoorden({ aantal: 1, eenheid: 'werkdagen' })).toBe('1 werkdag');
    expect(duurInWoorden({ aantal: 4, eenheid: 'uren' })).toBe('4 uur');
    expect(duurInWoorden({ aantal: 30, eenheid: 'kalenderdagen' })).toBe('30 kalenderdagen');
  });
});
