import { type BriefRouteId, briefInformerenAchterafTekst } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { acuutGedeeld, bijToestemming, DOEL, teInformeren } from '../../test/fixtures';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { maakBriefInformerenAchteraf } from './brief';

const gegevens = { clientNaam: 'Anna de Vries', afzender: 'Eva Smit, wijkteam Noord' };

describe('maakBriefInformerenAchteraf', () => {
  it('tells what was shared, with whom, when, why and on which grondslag, from the recorded decision', () => {
    const r = maakBriefInformerenAchteraf(teInformeren().proces, gegevens);
    if (!r.ok) throw new Error(r.overtredingen[0]?.bericht);
    const brief = r.waarde;
    expect(brief.aanhef).toBe('Beste Anna de Vries,');
    expect(Object.fromEntries(brief.onderdelen.map((o) => [o.kop, o.tekst]))).toEqual({
      'Welke gegevens': [expect.any(String)],
      'Aan wie': ['Thuiszorg Oost'],
      Wanneer: ['25 november 2026'],
      Waarom: [
        `Wij deden dit met dit doel: ${DOEL}.`,
        briefInformerenAchterafTekst.route['conflict-van-plichten'],
        `${briefInformerenAchterafTekst.nietVooraf.inleiding} ${briefInformerenAchterafTekst.nietVooraf.redenen['voorkomen-strafbare-feiten']}`,
      ],
      'Wat de wet hierover zegt': [expect.stringMatching(/AVG art\. 6/)],
    });
    expect(brief.vragen).toContain('Eva Smit, wijkteam Noord');
    expect(JSON.stringify(brief)).not.toMatch(/\{\w+\}/);
  });

  it('is refused for a deelverzoek whose client need not be told afterwards', () => {
    for (const proces of [bijToestemming().proces, acuutGedeeld().proces]) {
      const r = maakBriefInformerenAchteraf(proces, gegevens);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.overtredingen[0]?.bron).toMatch(/afweging 4b/);
    }
  });

  /** The recorded process, with the verstrekking's basis and the weighing varied per route. */
  const gedeeld = (
    basis: unknown,
    voorstel?: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) => {
    const p = teInformeren().proces as Extract<DeelverzoekProces, { status: 'informeren-achteraf' }>;
    return {
      ...p,
      ...extra,
      verstrekking: { ...p.verstrekking, basis },
      afweging4: voorstel === undefined ? undefined : { ...p.afweging4, voorstel },
    } as DeelverzoekProces;
  };
  const waarom = (p: DeelverzoekProces) => {
    const r = maakBriefInformerenAchteraf(p, gegevens);
    if (!r.ok) throw new Error(r.overtredingen[0]?.bericht);
    return r.waarde.onderdelen.find((o) => o.kop === briefInformerenAchterafTekst.kopjes.waarom)?.tekst;
  };
  const doorbreking = { soort: 'doorbreking', afweging: '4a', nietVoorafInformeren: true };

  it.each<[string, unknown, Record<string, unknown> | undefined, BriefRouteId]>([
    ['meldrecht', { soort: 'meldrecht' }, undefined, 'meldrecht'],
    ['a legal duty', { soort: 'grondslag-zonder-toestemming' }, undefined, 'wet'],
    [
      'acute vitaal belang',
      { ...doorbreking, acuut: true },
      { grond: 'vitaal-belang' },
      'acuut-vitaal-belang',
    ],
    ['vitaal belang', doorbreking, { grond: 'vitaal-belang' }, 'vitaal-belang'],
    ['a doorbreking whose weighing names no grond', doorbreking, {}, 'conflict-van-plichten'],
  ])(
    'explains %s in the words of its route, without a reason for not telling first',
    (_, basis, voorstel, route) => {
      expect(waarom(gedeeld(basis, voorstel))).toEqual([
        `Wij deden dit met dit doel: ${DOEL}.`,
        briefInformerenAchterafTekst.route[route],
      ]);
    },
  );

  it('keeps an unknown code readable and names the legal basis when the grondslag is not in the list', () => {
    const p = gedeeld({ soort: 'meldrecht' }, undefined) as Extract<
      DeelverzoekProces,
      { status: 'informeren-achteraf' }
    >;
    const oud = {
      ...p,
      verstrekking: { ...p.verstrekking, gegevens: ['oude-categorie'] },
      inhoud: { ...p.inhoud, grondslag: { grondslag: 'vervallen', wettelijkeBasis: 'Wmo 2015 art. 5.2.1' } },
    } as unknown as DeelverzoekProces;
    const r = maakBriefInformerenAchteraf(oud, gegevens);
    if (!r.ok) throw new Error(r.overtredingen[0]?.bericht);
    expect(r.waarde.onderdelen.map((o) => o.tekst)).toContainEqual(['oude-categorie']);
    expect(r.waarde.onderdelen.at(-1)?.tekst).toEqual(['Wmo 2015 art. 5.2.1']);
  });
});
