import { conflictVanPlichtenVoorwaarden } from '@deelwijs/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beoordeelVijfVragen,
  ConflictVanPlichten,
  MIN_ONDERBOUWING,
  toetsConflictVanPlichten,
  voorwaardenConflictVanPlichten,
} from './conflict-van-plichten';

const ja = (onderbouwing = 'Besproken met collega en leidinggevende.') => ({ voldaan: true, onderbouwing });
const alleVijf: ConflictVanPlichten = {
  allesGedaanVoorToestemming: ja('Drie gesprekken gevoerd; cliënt weigert elk contact.'),
  gewetensnood: ja('Ik kan niet verantwoorden dat ik niets doe.'),
  geenAndereWeg: ja('Een lichtere maatregel is geprobeerd en werkte niet.'),
  zwijgenGeeftErnstigeSchade: ja('De cliënt wordt lichamelijk mishandeld.'),
  doorbrekenVoorkomtSchade: ja('Met de melding kan de hulp direct ingrijpen.'),
};

describe('toetsConflictVanPlichten', () => {
  it('accepts when all five conditions hold with reasons', () => {
    expect(toetsConflictVanPlichten(alleVijf)).toEqual({ ok: true, waarde: alleVijf });
  });

  it.each(voorwaardenConflictVanPlichten.map((v) => [v.nummer, v.sleutel] as const))(
    'refuses when condition %i (%s) is not met, naming only that one',
    (nummer, sleutel) => {
      const r = toetsConflictVanPlichten({
        ...alleVijf,
        [sleutel]: { voldaan: false, onderbouwing: 'Nee.' },
      });
      expect(r).toEqual({
        ok: false,
        overtredingen: [
          {
            code: `conflict-van-plichten-voorwaarde-${nummer}`,
            bericht: expect.stringContaining(`Voorwaarde ${nummer} is niet vervuld`),
            bron: expect.stringContaining(`voorwaarde ${nummer}`),
          },
        ],
      });
    },
  );

  it('refuses a "yes" without written reasons', () => {
    const r = toetsConflictVanPlichten({
      ...alleVijf,
      gewetensnood: { voldaan: true, onderbouwing: ' ja ' },
    });
    expect(r.ok ? [] : r.overtredingen.map((o) => o.code)).toEqual([
      'conflict-van-plichten-voorwaarde-2-onderbouwing',
    ]);
  });

  it('gives one violation per missing condition, in the handbook order', () => {
    const voorwaarde = fc.record({
      voldaan: fc.boolean(),
      onderbouwing: fc.oneof(
        fc.constant(''),
        fc.constant('kort'),
        fc.string({ minLength: 0, maxLength: 40 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(voorwaarde, { minLength: 5, maxLength: 5 }), (antwoorden) => {
        const toets = Object.fromEntries(
          voorwaardenConflictVanPlichten.map((v, i) => [v.sleutel, antwoorden[i]]),
        ) as ConflictVanPlichten;
        const ontbrekend = voorwaardenConflictVanPlichten
          .filter((v) => {
            const a = toets[v.sleutel];
            return !a.voldaan || a.onderbouwing.trim().length < MIN_ONDERBOUWING;
          })
          .map((v) => v.nummer);
        const r = toetsConflictVanPlichten(toets);
        expect(r.ok).toBe(ontbrekend.length === 0);
        if (!r.ok) {
          expect(r.overtredingen.map((o) => Number(o.code.split('-')[4]))).toEqual(ontbrekend);
        }
      }),
    );
  });

  it('the schema requires all five answers', () => {
    const { gewetensnood: _, ...vier } = alleVijf;
    expect(ConflictVanPlichten.safeParse(vier).success).toBe(false);
    expect(ConflictVanPlichten.safeParse(alleVijf).success).toBe(true);
  });
});

describe('the five questions as the process asks them', () => {
  it('takes each question’s wording from the content, by id, in the handbook’s order', () => {
    expect(voorwaardenConflictVanPlichten.map((v) => [v.nummer, v.id, v.vraag, v.nietVoldaan])).toEqual(
      conflictVanPlichtenVoorwaarden.map((c) => [c.nummer, c.id, c.vraag, c.nietVoldaan]),
    );
  });

  it('a no is an outcome, not a refusal; a missing motivation is refused, yes or no', () => {
    const oordeel = beoordeelVijfVragen({
      ...alleVijf,
      gewetensnood: { voldaan: false, onderbouwing: 'Ik kan dit met mijn geweten in het reine brengen.' },
      geenAndereWeg: { voldaan: false, onderbouwing: 'nee' },
    });
    expect(oordeel.nietVoldaan.map((n) => [n.nummer, n.id])).toEqual([
      [2, 'gewetensnood'],
      [3, 'geen-andere-weg'],
    ]);
    expect(oordeel.zonderOnderbouwing).toEqual([
      {
        code: 'vijf-vragen-3-onderbouwing',
        bericht: expect.stringContaining('Schrijf bij vraag 3 op waarom u ja of nee antwoordt'),
        bron: expect.stringContaining('voorwaarde 3'),
      },
    ]);
  });

  it('separates motivation and answer for any combination', () => {
    const antwoord = fc.record({
      voldaan: fc.boolean(),
      onderbouwing: fc.constantFrom('', 'kort', 'Ruim genoeg onderbouwd.'),
    });
    fc.assert(
      fc.property(fc.array(antwoord, { minLength: 5, maxLength: 5 }), (as) => {
        const toets = Object.fromEntries(
          voorwaardenConflictVanPlichten.map((v, i) => [v.sleutel, as[i]]),
        ) as ConflictVanPlichten;
        const o = beoordeelVijfVragen(toets);
        expect(o.nietVoldaan.length).toBe(as.filter((a) => !a.voldaan).length);
        expect(o.zonderOnderbouwing.length).toBe(
          as.filter((a) => a.onderbouwing.length < MIN_ONDERBOUWING).length,
        );
      }),
    );
  });
});
