import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

/** The house style of every PDF: A4, a title in the brand colour, body text in slate. */
export const pdfStijl = {
  merk: '#1f4e79',
  tekst: '#0f172a',
  zacht: '#475569',
} as const;

/**
 * One PDF document in memory: `schrijf` draws it, the promise holds the bytes once pdfkit is done.
 * pdfkit's standard fonts cover Dutch accents. `compress: false` keeps the text streams readable,
 * which tests use to find the text (and costs little for documents of a few pages).
 */
export function maakPdf(
  opties: { titel: string; marge: number; compress?: boolean },
  schrijf: (doc: Pdf) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: opties.marge,
      compress: opties.compress ?? true,
      info: { Title: opties.titel, Author: 'Deelwijs' },
    });
    const delen: Buffer[] = [];
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    schrijf(doc);
    doc.end();
  });
}
