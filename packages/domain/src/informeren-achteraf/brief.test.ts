import { briefInformerenAchterafTekst } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { acuutGedeeld, bijToestemming, DOEL, teInformeren } from '../../test/fixtures';
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
});
