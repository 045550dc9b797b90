import { describe, expect, it } from 'vitest';
import { InzageExportTekst, inzageExportTekst as tekst } from './inzage-export';

/** Every sentence a client reads in the export, placeholders filled with a short word. */
const zinnen = (): string[] =>
  [
    tekst.titel,
    tekst.inleiding,
    tekst.opgesteld,
    ...Object.values(tekst.gedeeld),
    ...Object.values(tekst.vooraf),
    ...Object.values(tekst.route),
    tekst.ingezien.geen,
    tekst.ingezien.uitleg,
  ]
    .map((t) => t.replace(/\{\w+\}/g, 'Anna'))
    .flatMap((t) => t.split(/(?<=[.?!:])\s+/))
    .filter((z) => z.trim().length > 0);

const woorden = (zin: string) => zin.split(/\s+/).filter(Boolean).length;

describe('the inzage export as a document for the client', () => {
  it('is valid content', () => {
    expect(InzageExportTekst.safeParse(tekst).success).toBe(true);
  });

  it('keeps every sentence short enough for taalniveau B1', () => {
    const lengtes = zinnen().map(woorden);
    expect(Math.max(...lengtes)).toBeLessThanOrEqual(20);
    expect(lengtes.reduce((a, b) => a + b, 0) / lengtes.length).toBeLessThanOrEqual(13);
  });

  it('uses no legal jargon in the sentences a client reads', () => {
    const jargon = /verwerkingsverantwoordelijke|betrokkene|grondslag|verstrekking|artikel|AVG|UAVG/i;
    expect(zinnen().filter((z) => jargon.test(z))).toEqual([]);
  });
});
