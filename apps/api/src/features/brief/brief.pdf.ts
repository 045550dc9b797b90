import type { Brief } from '@deelwijs/domain';
import { maakPdf } from '../../http/pdf';

/** The same letter as a PDF to print or attach. */
export function briefPdf(b: Brief): Promise<Buffer> {
  return maakPdf({ titel: b.titel, marge: 64 }, (doc) => {
    const alinea = (t: string) =>
      doc.font('Helvetica').fontSize(11).fillColor('#0f172a').text(t).moveDown(0.6);
    const kop = (t: string) =>
      doc.font('Helvetica-Bold').fontSize(12).fillColor('#1f4e79').text(t).moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(16).fillColor('#1f4e79').text(b.titel).moveDown(0.8);
    alinea(b.aanhef);
    alinea(b.inleiding);
    for (const o of b.onderdelen) {
      kop(o.kop);
      if (o.lijst) doc.font('Helvetica').fontSize(11).fillColor('#0f172a').list(o.tekst).moveDown(0.6);
      else o.tekst.forEach(alinea);
    }
    kop(b.rechtenKop);
    for (const r of b.rechten) {
      doc.font('Helvetica-Bold').fontSize(11).fillColor('#0f172a').text(r.titel);
      doc.font('Helvetica').fontSize(11).text(r.tekst);
      doc
        .fontSize(9)
        .fillColor('#475569')
        .text(`${r.wetsartikel.wet} artikel ${r.wetsartikel.artikel}`)
        .moveDown(0.5);
    }
    alinea(b.vragen);
    alinea(`${b.groet}\n${b.afzender}`);
  });
}
