import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows: pdfkit writes each line as hex strings in TJ arrays (uncompressed here, and
 * inflated when a stream is compressed), in WinAnsi, which latin1 decodes for Dutch accents.
 */
export function pdfTekst(pdf: Buffer): string {
  const ruw = pdf.toString('latin1');
  const stromen = [...ruw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
    const inhoud = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(inhoud).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  return stromen
    .flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)])
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1]!, 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}
