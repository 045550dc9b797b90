import { gegevenscategorieen } from '@deelwijs/content/bijlage-1/lijsten';
import {
  type BriefRecht,
  type BriefRouteId,
  briefInformerenAchterafTekst as tekst,
} from '@deelwijs/content/brieven/informeren-achteraf';
import { grondslagen } from '@deelwijs/content/grondslagen/grondslagen';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, overtreding, type Resultaat } from '../regels/resultaat';

/** The facts of a letter outside the process: who it is for and who sends it. */
export interface BriefGegevens {
  clientNaam: string;
  /** The sender as the client may contact them: name and team. */
  afzender: string;
}

export interface Brief {
  titel: string;
  aanhef: string;
  inleiding: string;
  /** Each part with its heading: what, with whom, when, why, on which grondslag; a list or paragraphs. */
  onderdelen: Array<{ kop: string; tekst: string[]; lijst: boolean }>;
  rechtenKop: string;
  rechten: BriefRecht[];
  vragen: string;
  groet: string;
  afzender: string;
}

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
/** Fills the one placeholder a content sentence carries. */
const vul = (t: string, sleutel: string, waarde: string) => t.replaceAll(`{${sleutel}}`, waarde);
/** A code from an older content version stays readable as itself. */
const categorie = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

type Gedeeld = Extract<DeelverzoekProces, { status: 'informeren-achteraf' }>;

function routeVan(p: Gedeeld): BriefRouteId {
  const basis = p.verstrekking.basis;
  if (basis.soort === 'meldrecht') return 'meldrecht';
  if (basis.soort !== 'doorbreking') return 'wet';
  if (basis.acuut) return 'acuut-vitaal-belang';
  return p.afweging4?.voorstel?.grond ?? 'conflict-van-plichten';
}

function grondslagTekst(p: Gedeeld): string {
  const keuze = p.inhoud.grondslag;
  const g = grondslagen.find((x) => x.id === keuze.grondslag);
  return [g ? `${g.naam} (${g.avgArtikel})` : undefined, keuze.wettelijkeBasis]
    .filter((t): t is string => Boolean(t))
    .join('; ');
}

/**
 * The letter telling a client afterwards what was shared, from the recorded decision only: the
 * verstrekking, the weighing's route and grondslag, and under 4b the reason for not telling first.
 * A person reads it before it goes out; it is never sent by itself.
 */
export function maakBriefInformerenAchteraf(p: DeelverzoekProces, g: BriefGegevens): Resultaat<Brief> {
  if (p.status !== 'informeren-achteraf')
    return geweigerd(
      overtreding(
        'geen-informeren-achteraf',
        'Een brief om achteraf te informeren hoort bij een verstrekking waarover de cliënt nog moet horen.',
        bronAfweging('4b'),
      ),
    );
  const v = p.verstrekking;
  const reden = p.afweging4?.voorstel?.nietVoorafInformeren?.reden;
  const waarom = [
    vul(tekst.doel, 'doel', p.deelverzoek.doel.replace(/[.!?\s]+$/, '')),
    tekst.route[routeVan(p)],
    ...(reden ? [`${tekst.nietVooraf.inleiding} ${tekst.nietVooraf.redenen[reden]}`] : []),
  ];
  return gelukt({
    titel: tekst.titel,
    aanhef: vul(tekst.aanhef, 'naam', g.clientNaam),
    inleiding: tekst.inleiding,
    onderdelen: [
      { kop: tekst.kopjes.wat, tekst: v.gegevens.map(categorie), lijst: true },
      { kop: tekst.kopjes.metWie, tekst: v.ontvangers, lijst: true },
      { kop: tekst.kopjes.wanneer, tekst: [datum.format(new Date(v.op))], lijst: false },
      { kop: tekst.kopjes.waarom, tekst: waarom, lijst: false },
      { kop: tekst.kopjes.grondslag, tekst: [grondslagTekst(p)], lijst: false },
    ],
    rechtenKop: tekst.kopjes.rechten,
    rechten: tekst.rechten,
    vragen: vul(tekst.vragen, 'afzender', g.afzender),
    groet: tekst.groet,
    afzender: g.afzender,
  });
}
