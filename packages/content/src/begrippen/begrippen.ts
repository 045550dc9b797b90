import { z } from 'zod';
import { Bron, bron, Tekst } from '../bronnen/bron.schema';

/**
 * Stable ids of glossary terms; UI anchors are `#begrip-<id>`, so never rename one. Other data
 * points at terms through `begrippen: [...]` fields.
 */
export const BegripId = z.enum([
  'anonimiseren',
  'beroepsgeheim',
  'bijzondere-persoonsgegevens',
  'bopz',
  'doelmatigheid',
  'gerechtvaardigd',
  'grondslag',
  'nice-to-have',
  'ondubbelzinnige-toestemming',
  'persoonsgegevens',
  'privacygevoelige-informatie',
  'proportionaliteit',
  'publiekrechtelijk',
  'subsidiariteit',
  'transparantie',
  'uitdrukkelijk-omschreven',
  'verwerken',
  'vitaal-belang',
  'welbepaald-doel',
  'wgbo',
  // Not in the handbook's glossary, but used throughout the handbook and the product.
  'toestemming',
  'conflict-van-plichten',
  'meldrecht',
  'doorbreking',
  'datalek',
  'gerechtvaardigde-reden',
  'wettelijk-vertegenwoordiger',
  'pet',
]);
export type BegripId = z.infer<typeof BegripId>;

export const Begrip = z
  .object({
    id: BegripId,
    term: Tekst,
    uitleg: Tekst,
    zieOok: z.array(BegripId),
    /** `begrippenlijst` = in chapter 6 of the handbook; `aanvulling` = explained elsewhere in it. */
    herkomst: z.enum(['begrippenlijst', 'aanvulling']),
    bron: Bron,
  })
  .strict();
export type Begrip = z.infer<typeof Begrip>;

export function begripAnker(id: BegripId): string {
  return `begrip-${id}`;
}

const LIJST = bron('6', 'Woorden- en begrippenlijst', 18);

export const begrippen: Begrip[] = [
  {
    id: 'anonimiseren',
    term: 'Anonimiseren',
    uitleg:
      'Gegevens zo bewerken dat niemand er ooit nog uit kan afleiden over welke persoon het gaat. Een casus anoniem bespreken is vaak genoeg.',
    zieOok: ['persoonsgegevens'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'beroepsgeheim',
    term: 'Beroepsgeheim',
    uitleg:
      'De plicht om te zwijgen over wat je in je werk over een ander te weten komt. Ook zwijgplicht genoemd. Alleen in bepaalde situaties mag je het doorbreken.',
    zieOok: ['doorbreking', 'conflict-van-plichten', 'meldrecht'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'bijzondere-persoonsgegevens',
    term: 'Bijzondere persoonsgegevens',
    uitleg:
      'Extra gevoelige gegevens, zoals over gezondheid, geloof, afkomst, politieke of seksuele voorkeur en strafrechtelijk verleden. Je mag ze alleen verwerken als een wet dat uitdrukkelijk toestaat of als er een geldige uitzondering is. Het BSN mag je alleen gebruiken als een wet dat regelt.',
    zieOok: ['persoonsgegevens', 'verwerken'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'bopz',
    term: 'BOPZ',
    uitleg:
      'Wet bijzondere opnemingen in psychiatrische ziekenhuizen. Sinds 2020 vervangen door de Wet verplichte ggz en de Wet zorg en dwang.',
    zieOok: [],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'doelmatigheid',
    term: 'Doelmatig',
    uitleg: 'Iets is doelmatig als het echt helpt om het doel te bereiken dat je voor ogen hebt.',
    zieOok: ['proportionaliteit', 'subsidiariteit'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'gerechtvaardigd',
    term: 'Gerechtvaardigd',
    uitleg: 'Er is een goede, uitgelegde reden voor een beslissing.',
    zieOok: ['gerechtvaardigde-reden'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'grondslag',
    term: 'Grondslag',
    uitleg:
      'De reden uit de wet waarom je persoonsgegevens mag verwerken. De AVG kent er zes. Zonder minstens één grondslag deel je niets.',
    zieOok: ['toestemming', 'vitaal-belang', 'verwerken'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'nice-to-have',
    term: 'Nice to have / need to have',
    uitleg:
      'Het verschil tussen gegevens die handig zijn om te weten (niet doelmatig) en gegevens die je echt nodig hebt (doelmatig). Deel alleen wat je nodig hebt.',
    zieOok: ['doelmatigheid'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'ondubbelzinnige-toestemming',
    term: 'Ondubbelzinnige toestemming',
    uitleg:
      'De cliënt zegt vrij en zonder twijfel ja, nadat hij goede uitleg kreeg. Een nee mag geen nadeel opleveren bij andere beslissingen over hem.',
    zieOok: ['toestemming'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'persoonsgegevens',
    term: 'Persoonsgegevens',
    uitleg: 'Alle informatie die iets zegt over een persoon die je kunt herkennen of terugvinden.',
    zieOok: ['bijzondere-persoonsgegevens', 'privacygevoelige-informatie', 'anonimiseren'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'privacygevoelige-informatie',
    term: 'Privacygevoelige informatie',
    uitleg: 'Verzamelnaam voor persoonsgegevens en bijzondere persoonsgegevens.',
    zieOok: ['persoonsgegevens', 'bijzondere-persoonsgegevens'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'proportionaliteit',
    term: 'Proportioneel',
    uitleg:
      'Wat je wilt bereiken is de inbreuk op iemands privacy waard. Je deelt niet meer dan in verhouding staat tot het doel.',
    zieOok: ['doelmatigheid', 'subsidiariteit'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'publiekrechtelijk',
    term: 'Publiekrechtelijk',
    uitleg: 'Het gaat om het algemeen belang, en de overheid ziet toe op de regels.',
    zieOok: ['grondslag'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'subsidiariteit',
    term: 'Subsidiariteit',
    uitleg:
      'Kies de weg die het minst inbreekt op iemands privacy. Kan het doel ook bereikt worden met minder gegevens of op een andere manier, dan doe je het zo.',
    zieOok: ['proportionaliteit', 'doelmatigheid'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'transparantie',
    term: 'Transparantie',
    uitleg: 'Open zijn over wat je doet en over de afwegingen die je daarbij maakt.',
    zieOok: [],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'uitdrukkelijk-omschreven',
    term: 'Uitdrukkelijk',
    uitleg: 'Helder en stellig benoemd, zodat er geen misverstand over kan bestaan.',
    zieOok: ['welbepaald-doel'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'verwerken',
    term: 'Verwerken',
    uitleg:
      'Alles wat je met persoonsgegevens doet: vastleggen, opzoeken, aanpassen, bespreken, doorsturen, combineren, delen of wissen.',
    zieOok: ['persoonsgegevens'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'vitaal-belang',
    term: 'Vitaal belang',
    uitleg:
      'Een belang waarbij het leven of de gezondheid van iemand direct op het spel staat. Het is ook een van de zes grondslagen.',
    zieOok: ['grondslag', 'conflict-van-plichten'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'welbepaald-doel',
    term: 'Welbepaald',
    uitleg: 'Een doel dat vastligt en dat je duidelijk kunt omschrijven.',
    zieOok: ['uitdrukkelijk-omschreven'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'wgbo',
    term: 'WGBO',
    uitleg:
      'Wet op de geneeskundige behandelingsovereenkomst, in het Burgerlijk Wetboek (boek 7). Regelt onder meer het medisch beroepsgeheim en wie toestemming geeft.',
    zieOok: ['beroepsgeheim', 'wettelijk-vertegenwoordiger'],
    herkomst: 'begrippenlijst',
    bron: LIJST,
  },
  {
    id: 'toestemming',
    term: 'Toestemming',
    uitleg:
      'De cliënt (of zijn vertegenwoordiger) zegt ja tegen een bepaalde verwerking: voor een bepaald doel, met bepaalde gegevens en ontvangers. Toestemming is specifiek, geïnformeerd, vrij en ondubbelzinnig, en kan altijd weer worden ingetrokken.',
    zieOok: ['ondubbelzinnige-toestemming', 'grondslag'],
    herkomst: 'aanvulling',
    bron: bron('5', 'Grondslagen', 14),
  },
  {
    id: 'conflict-van-plichten',
    term: 'Conflict van plichten',
    uitleg:
      'De plicht om te zwijgen botst met de plicht om iemand te helpen of te beschermen. Alleen als aan vijf voorwaarden is voldaan, mag de professional dan zonder toestemming spreken.',
    zieOok: ['beroepsgeheim', 'vitaal-belang', 'doorbreking'],
    herkomst: 'aanvulling',
    bron: bron('5', 'Het beroepsgeheim', 11, 12),
  },
  {
    id: 'meldrecht',
    term: 'Meldrecht',
    uitleg:
      'Het recht (geen plicht) om iets te melden, ook als je een beroepsgeheim hebt. Bijvoorbeeld een melding bij Veilig Thuis bij een vermoeden van huiselijk geweld of kindermishandeling.',
    zieOok: ['beroepsgeheim'],
    herkomst: 'aanvulling',
    bron: bron('5', 'Het beroepsgeheim', 11, 12),
  },
  {
    id: 'doorbreking',
    term: 'Doorbreking',
    uitleg:
      'Gegevens delen zonder toestemming van de cliënt, je beroepsgeheim opzijzetten, of de cliënt niet vooraf vertellen dat je deelt. Een doorbreking vraagt altijd een vastgelegde afweging en een akkoord van de leidinggevende.',
    zieOok: ['beroepsgeheim', 'conflict-van-plichten', 'gerechtvaardigde-reden'],
    herkomst: 'aanvulling',
    bron: bron('4', 'De professionele afwegingen', 5, 10),
  },
  {
    id: 'datalek',
    term: 'Datalek',
    uitleg:
      'Persoonsgegevens komen bij iemand die ze niet mag hebben, raken kwijt, worden aangepast of vernietigd, of worden onrechtmatig verwerkt. Ook te veel gegevens sturen is een datalek.',
    zieOok: ['persoonsgegevens'],
    herkomst: 'aanvulling',
    bron: bron('5', 'Een datalek', 11),
  },
  {
    id: 'gerechtvaardigde-reden',
    term: 'Gerechtvaardigde reden',
    uitleg:
      'Een van de drie redenen waarom je de cliënt niet vooraf hoeft te vertellen dat je gegevens deelt: strafbare feiten voorkomen, de cliënt zelf beschermen, of de rechten en vrijheden van anderen beschermen.',
    zieOok: ['gerechtvaardigd', 'doorbreking'],
    herkomst: 'aanvulling',
    bron: bron('4', 'Afweging 4b', 8),
  },
  {
    id: 'wettelijk-vertegenwoordiger',
    term: 'Wettelijk vertegenwoordiger',
    uitleg:
      'Iemand die namens de cliënt beslist als de cliënt dat zelf (nog) niet kan, zoals een ouder met gezag, een voogd, een curator of een mentor.',
    zieOok: ['toestemming'],
    herkomst: 'aanvulling',
    bron: bron('3', 'Privacy en leeftijd', 4),
  },
  {
    id: 'pet',
    term: 'Pet',
    uitleg:
      'De rol waarin een professional in een bepaalde zaak werkt, met de wet die daarbij hoort, bijvoorbeeld gemeente onder de Jeugdwet of aanbieder Wmo. Welke regels gelden, hangt af van de pet.',
    zieOok: ['grondslag'],
    herkomst: 'aanvulling',
    bron: bron('Bijlage 1', 'Wat mag met wie gedeeld worden', 20, 25),
  },
];
