import { doorbrekingGrondLabel } from '@deelwijs/content/labels/doorbreking';
import {
  beoordeelVijfVragen,
  voorwaardenConflictVanPlichten,
} from '../conflict-van-plichten/conflict-van-plichten';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { jaNee } from '../regels/tekst';
import { gerechtvaardigdeRedenLabel, toetsGerechtvaardigdeReden } from '../termijnen/uitstel';
import type { Afweging4Stand, Doorbrekingsvoorstel, Voorstel } from './doorbreking.schema';

/** Where a proposal leads, with the file's text for it. */
export type VoorstelUitkomst =
  | { soort: 'terug-naar-3'; tekst: string }
  | { soort: 'niet-delen'; tekst: string }
  | { soort: 'delen'; voorstel: Voorstel; tekst: string };

/** Checks on the conversation with the client before anything is weighed (handbook 4a). */
const GESPREK_REGELS: readonly {
  code: string;
  geldt: (a4: Afweging4Stand, v: Doorbrekingsvoorstel) => boolean;
  bericht: string;
}[] = [
  {
    code: 'gesprek-ontbreekt',
    geldt: (a4, v) => v.gesprek === null && a4.reden === 'client-weigert',
    bericht:
      'De cliënt is bereikbaar maar weigert. Bespreek eerst met hem het belang, het doel en wat u wilt delen, en leg dat gesprek vast.',
  },
  {
    code: 'goede-argumenten-zonder-gesprek',
    geldt: (_, v) => v.gesprek === null && v.goedeArgumentenClient,
    bericht: 'Of de cliënt goede argumenten heeft, blijkt uit het gesprek. Leg dat gesprek dan ook vast.',
  },
];

/**
 * Afweging 4a (and 4c) in order: the conversation, the client's arguments (good ones send it back to
 * afweging 3), a conflict van plichten or vitaal belang (none: niet delen), then the five questions,
 * each motivated: one no is niet delen, with the condition named. Not telling beforehand (4b) only
 * for a gerechtvaardigde reden. Refused only where something is missing or not allowed.
 */
export function beoordeelVoorstel(
  a4: Afweging4Stand,
  v: Doorbrekingsvoorstel,
  /** Whether the conversation must be on file (from content version 2025.2.0). */
  gesprekVerplicht = true,
): Resultaat<VoorstelUitkomst> {
  const regels = gesprekVerplicht ? GESPREK_REGELS : [];
  const fouten = regels
    .filter((r) => r.geldt(a4, v))
    .map((r) => overtreding(r.code, r.bericht, bronAfweging('4a')));
  if (fouten.length > 0) return geweigerd(...fouten);
  const gesprek = v.gesprek
    ? `Gesprek met de cliënt. Belang: ${v.gesprek.belang} Doel: ${v.gesprek.doel} Wat: ${v.gesprek.wat}${v.gesprek.reactieClient ? ` Reactie van de cliënt: "${v.gesprek.reactieClient}"` : ''}`
    : 'De cliënt was niet op tijd te bereiken.';
  const basis = `Voorstel afweging ${a4.afweging}. ${gesprek} Goede argumenten van de cliënt: ${jaNee(v.goedeArgumentenClient)}.`;
  if (v.goedeArgumentenClient) {
    return gelukt({
      soort: 'terug-naar-3',
      tekst: `${basis} ${v.toelichting} Niet delen; terug naar afweging 3.`,
    });
  }
  if (v.grond === null) {
    return gelukt({
      soort: 'niet-delen',
      tekst: `${basis} Geen conflict van plichten of vitaal belang: niet delen. ${v.toelichting}`,
    });
  }
  if (!v.voorwaarden) {
    return geweigerd(
      overtreding(
        'vijf-vragen-ontbreken',
        'Beantwoord de vijf vragen, elk met uw onderbouwing, voordat u zonder toestemming deelt.',
        bronAfweging(a4.afweging),
      ),
    );
  }
  const voorwaarden = v.voorwaarden;
  const oordeel = beoordeelVijfVragen(voorwaarden);
  if (oordeel.zonderOnderbouwing.length > 0) return geweigerd(...oordeel.zonderOnderbouwing);
  const antwoorden = `Grond: ${doorbrekingGrondLabel[v.grond].toLowerCase()}. De vijf vragen: ${voorwaardenConflictVanPlichten
    .map(
      (q) => `${q.nummer}. ${jaNee(voorwaarden[q.sleutel].voldaan)}: ${voorwaarden[q.sleutel].onderbouwing}`,
    )
    .join(' ')}`;
  if (oordeel.nietVoldaan.length > 0) {
    const niet = oordeel.nietVoldaan.map((n) => `vraag ${n.nummer} (${n.vraag})`).join(', ');
    return gelukt({
      soort: 'niet-delen',
      tekst: `${basis} ${antwoorden} Niet voldaan: ${niet}. Niet delen. ${v.toelichting}`,
    });
  }
  let nietVooraf: Voorstel['nietVoorafInformeren'];
  if (v.nietVoorafInformeren) {
    const reden = toetsGerechtvaardigdeReden(v.nietVoorafInformeren.reden);
    if (!reden.ok) return reden;
    nietVooraf = { ...v.nietVoorafInformeren, reden: reden.waarde };
  }
  const tekst4b = nietVooraf
    ? ` Cliënt niet vooraf informeren (afweging 4b): ${gerechtvaardigdeRedenLabel[nietVooraf.reden]}. ${nietVooraf.onderbouwing} Overlegd met: ${nietVooraf.overlegMetCollegas}`
    : '';
  return gelukt({
    soort: 'delen',
    voorstel: { ...v, grond: v.grond, voorwaarden, nietVoorafInformeren: nietVooraf },
    tekst: `${basis} ${antwoorden} Alle vijf vragen met ja beantwoord. Wat en met wie: ${v.wat}${tekst4b} ${v.toelichting}`,
  });
}
