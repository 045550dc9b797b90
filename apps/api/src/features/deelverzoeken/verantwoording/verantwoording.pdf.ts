import PDFDocument from 'pdfkit';
import type { Verantwoording } from './verantwoording';

/** The same account as a PDF for the file; pdfkit's standard fonts cover Dutch accents. */
export function verantwoordingPdf(v: Verantwoording): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: v.titel, Author: 'Deelwijs' } });
    const delen: Buffer[] = [];
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);

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
    doc.end();
  });
}
