import {
  briefInformerenAchterafTekst,
  inzageExportTekst as tekst,
  verstrekkingWijzeLabel,
} from '@deelwijs/content';
import { type InzageExport, type InzageVerstrekking, rolLabel } from '@deelwijs/contract';
import { maakPdf, pdfStijl } from '../../http/pdf';

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const opsomming = new Intl.ListFormat('nl', { type: 'conjunction' });
const vul = (t: string, waarden: Record<string, string>) =>
  t.replace(/\{(\w+)\}/g, (_, k: string) => waarden[k] ?? `{${k}}`);

function routeTekst(v: InzageVerstrekking): string {
  const r = v.route;
  if (r.soort !== 'doorbreking') return tekst.route[r.soort];
  return r.acuut ? tekst.route['doorbreking-acuut'] : tekst.route.doorbreking;
}

function grondslagTekst(v: InzageVerstrekking): string {
  const g = v.grondslag;
  return (
    [g.naam && g.avgArtikel ? `${g.naam} (${g.avgArtikel})` : g.naam, g.wettelijkeBasis]
      .filter((t): t is string => !!t)
      .join('; ') || '—'
  );
}

/**
 * "Wat is er over mij gedeeld?" as a document to hand to the client: the same content as the JSON
 * export, in the words of `inzageExportTekst` (taalniveau B1). Uncompressed, so its text can be
 * found in the file as well as read.
 */
export function inzagePdf(inzage: InzageExport): Promise<Buffer> {
  return maakPdf({ titel: tekst.titel, marge: 56, compress: false }, (doc) => {
    const alinea = (t: string) =>
      doc.font('Helvetica').fontSize(11).fillColor(pdfStijl.tekst).text(t).moveDown(0.5);
    const kop = (t: string) =>
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(13).fillColor(pdfStijl.merk).text(t).moveDown(0.3);
    const veld = (naam: string, waarde: string) => {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .fillColor(pdfStijl.zacht)
        .text(`${naam}: `, { continued: true });
      doc.font('Helvetica').fillColor(pdfStijl.tekst).text(waarde);
    };

    doc.font('Helvetica-Bold').fontSize(18).fillColor(pdfStijl.merk).text(tekst.titel).moveDown(0.6);
    alinea(tekst.inleiding);
    alinea(
      vul(tekst.opgesteld, {
        datum: datum.format(new Date(inzage.opgesteldOp)),
        pseudoniem: inzage.client.pseudoniem,
      }),
    );

    kop(tekst.gedeeld.kop);
    if (inzage.verstrekkingen.length === 0) alinea(tekst.gedeeld.geen);
    else alinea(tekst.gedeeld.uitleg);
    for (const v of inzage.verstrekkingen) {
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor(pdfStijl.tekst)
        .text(moment.format(new Date(v.op)))
        .moveDown(0.2);
      veld(tekst.velden.wat, opsomming.format(v.gegevens.map((g) => g.naam)));
      veld(tekst.velden.metWie, opsomming.format(v.ontvangers));
      veld(tekst.velden.hoe, verstrekkingWijzeLabel[v.wijze] ?? v.wijze);
      veld(tekst.velden.waarom, v.doel);
      veld(tekst.velden.grondslag, grondslagTekst(v));
      veld(tekst.velden.route, routeTekst(v));
      veld(tekst.velden.vooraf, v.voorafGeinformeerd ? tekst.vooraf.ja : tekst.vooraf.nee);
      veld(tekst.velden.door, v.door.naam);
      doc.moveDown(0.6);
    }

    kop(tekst.ingezien.kop);
    if (inzage.toegang.length === 0) alinea(tekst.ingezien.geen);
    else alinea(tekst.ingezien.uitleg);
    for (const t of inzage.toegang) {
      const wie = t.door.gebruikerId ? t.door.naam : tekst.ingezien.systeem;
      const rollen = t.rollen.length ? ` (${opsomming.format(t.rollen.map((r) => rolLabel[r]))})` : '';
      const wat = tekst.handelingen[t.handeling] ?? tekst.handelingOnbekend;
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor(pdfStijl.tekst)
        .text(`${moment.format(new Date(t.op))}: ${wie}${rollen} ${wat}.`);
      if (t.reden) veld(tekst.ingezien.reden, t.reden);
      doc.moveDown(0.2);
    }

    kop(tekst.rechtenKop);
    for (const r of briefInformerenAchterafTekst.rechten) {
      doc.font('Helvetica-Bold').fontSize(11).fillColor(pdfStijl.tekst).text(r.titel);
      doc.font('Helvetica').fontSize(11).text(r.tekst);
      doc
        .fontSize(9)
        .fillColor(pdfStijl.zacht)
        .text(`${r.wetsartikel.wet} artikel ${r.wetsartikel.artikel}`)
        .moveDown(0.4);
    }
  });
}
