import { maakPdf } from '../../../http/pdf';
import type { Verantwoording } from './verantwoording';

/** The same account as a PDF for the file. */
export function verantwoordingPdf(v: Verantwoording): Promise<Buffer> {
  return maakPdf({ titel: v.titel, marge: 56 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).fillColor('#1f4e79').text(v.titel).moveDown(0.8);
    for (const [kenmerk, waarde] of v.kenmerken) {
      doc.font('Helvetica-Bold').fontSize(10).fillColor('#334155').text(`${kenmerk}: `, { continued: true });
      doc.font('Helvetica').fillColor('#0f172a').text(waarde);
    }
    doc.moveDown().font('Helvetica-Bold').fontSize(13).fillColor('#1f4e79').text('Verloop').moveDown(0.4);
    v.stappen.forEach((s, i) => {
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor('#0f172a')
        .text(`${i + 1}. ${s.soort}`);
      doc.font('Helvetica').fontSize(8.5).fillColor('#64748b').text(`${s.wanneer} · ${s.wie} · ${s.versies}`);
      doc.font('Helvetica').fontSize(10).fillColor('#0f172a').text(s.tekst).moveDown(0.6);
    });
  });
}
