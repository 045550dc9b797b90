import { describe, expect, it } from 'vitest';
import { BriefInformerenAchteraf, briefInformerenAchterafTekst as brief } from './informeren-achteraf';

/** Every sentence a client reads in the letter, placeholders filled with a short word. */
const zinnen = (): string[] =>
  [
    brief.titel,
    brief.inleiding,
    brief.doel,
    ...Object.values(brief.route),
    ...Object.values(brief.nietVooraf.redenen).map((r) => `${brief.nietVooraf.inleiding} ${r}`),
    ...brief.rechten.map((r) => r.tekst),
    brief.vragen,
  ]
    .map((t) => t.replace(/\{\w+\}/g, 'Anna'))
    .flatMap((t) => t.split(/(?<=[.?!:])\s+/))
    .filter((z) => z.trim().length > 0);

const woorden = (zin: string) => zin.split(/\s+/).filter(Boolean).length;

describe('the letter informing a client afterwards', () => {
  it('is valid content', () => {
    expect(BriefInformerenAchteraf.safeParse(brief).success).toBe(true);
  });

  // B1 in practice: short sentences and everyday words; the articles stand apart, not in the text.
  it('keeps every sentence short enough for taalniveau B1', () => {
    const lengtes = zinnen().map(woorden);
    expect(Math.max(...lengtes)).toBeLessThanOrEqual(20);
    expect(lengtes.reduce((a, b) => a + b, 0) / lengtes.length).toBeLessThanOrEqual(13);
  });

  it('uses no legal jargon in the sentences a client reads', () => {
    const jargon = /verwerkingsverantwoordelijke|betrokkene|grondslag|rectificatie|artikel|AVG|UAVG/i;
    expect(zinnen().filter((z) => jargon.test(z))).toEqual([]);
  });

  it('names the rights to access, correction, objection and a complaint to the Autoriteit Persoonsgegevens', () => {
    expect(brief.rechten.map((r) => r.wetsartikel.artikel)).toEqual(['15', '16', '21', '77']);
    expect(brief.rechten.at(-1)?.tekst).toContain('Autoriteit Persoonsgegevens');
  });
});
