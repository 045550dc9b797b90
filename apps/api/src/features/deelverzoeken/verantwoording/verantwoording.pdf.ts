import { naamMetRol } from '@deelwijs/domain';
import { maakPdf, pdfStijl } from '../../../http/pdf';
import type { Verantwoording } from './verantwoording';

/** The same account as a PDF for the file: a heading per afweging, the reasoning, the signatures. */
export function verantwoordingPdf(v: Verantwoording, opties: { compress?: boolean } = {}): Promise<Buffer> {
  return maakPdf({ titel: v.titel, marge: 56, ...opties }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).fillColor(pdfStijl.merk).text(v.titel).moveDown(0.8);
    for (const [kenmerk, waarde] of v.kenmerken) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .fillColor(pdfStijl.zacht)
        .text(`${kenmerk}: `, { continued: true });
      doc.font('Helvetica').fillColor(pdfStijl.tekst).text(waarde);
    }
    for (const deel of v.delen) {
      doc
        .moveDown()
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor(pdfStijl.merk)
        .text(deel.kop)
        .moveDown(0.3);
      for (const s of deel.stappen) {
        doc.font('Helvetica-Bold').fontSize(11).fillColor(pdfStijl.tekst).text(s.titel);
        doc
          .font('Helvetica')
          .fontSize(8.5)
          .fillColor(pdfStijl.zacht)
          .text(`${s.wanneer} · ${naamMetRol(s.wie)} · ${s.versies}`);
        doc.fontSize(10).fillColor(pdfStijl.tekst);
        if (s.tekst) doc.font('Helvetica').text(s.tekst);
        for (const u of s.uitspraken) {
          doc.font('Helvetica').text(`${u.wie} zei: `, { continued: true });
          doc.font('Helvetica-Oblique').text(`"${u.woorden}"`);
        }
        for (const o of s.onderdelen) {
          doc.moveDown(0.2).font('Helvetica-Bold').fontSize(10).text(o.kop);
          for (const r of o.regels) {
            doc.font('Helvetica-Bold').fontSize(9.5).text(`${r.naam}: `, { continued: true });
            doc.font('Helvetica').text(r.waarde);
          }
        }
        doc.moveDown(0.6);
      }
    }
    if (v.ondertekening.length > 0) {
      doc
        .moveDown()
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor(pdfStijl.merk)
        .text('Ondertekening')
        .moveDown(0.3);
      for (const o of v.ondertekening) {
        doc.font('Helvetica-Bold').fontSize(10).fillColor(pdfStijl.tekst).text(o.wat);
        doc.font('Helvetica').text(`${o.wie}, ${o.wanneer}: ${o.besluit}`).moveDown(0.3);
      }
    }
  });
}
