import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, bron, Tekst } from '../bronnen/bron.schema';

/** The six lawful bases of AVG art. 6(1); ids are what deelverzoeken store. */
export const GrondslagId = z.enum([
  'toestemming',
  'overeenkomst',
  'wettelijke-plicht',
  'vitaal-belang',
  'publieke-taak',
  'gerechtvaardigd-belang',
]);
export type GrondslagId = z.infer<typeof GrondslagId>;

export const Grondslag = z
  .object({
    id: GrondslagId,
    nummer: z.number().int().min(1).max(6),
    naam: Tekst,
    avgArtikel: Tekst,
    uitleg: Tekst,
    wanneer: z.array(Tekst).min(1),
    letOp: z.array(Tekst),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Grondslag = z.infer<typeof Grondslag>;

const GRONDSLAGEN = bron('5', 'Grondslagen', 14);

export const grondslagen: Grondslag[] = [
  {
    id: 'toestemming',
    nummer: 1,
    naam: 'Toestemming',
    avgArtikel: 'AVG art. 6 lid 1 onder a',
    uitleg:
      'De cliënt zegt zelf ja tegen het delen, nadat je hem precies hebt verteld waarom, wat en met wie. Hij weet ook welke rechten hij daarna heeft.',
    wanneer: [
      'De cliënt kan vrij kiezen: een nee heeft geen gevolgen voor de hulp of voorziening die hij krijgt.',
      'Je kunt de cliënt vooraf goed uitleggen wat er met zijn gegevens gebeurt.',
    ],
    letOp: [
      'Bij een gemeentelijk loket (Wmo, toegang jeugd, bijstand) is de inwoner te afhankelijk om vrij nee te zeggen. Daar is toestemming in de regel geen bruikbare grondslag.',
      'Je moet kunnen aantonen dat je toestemming hebt: leg vast wie ja zei, waarvoor, hoe en wanneer.',
      'Tussen Wmo, Jeugd en Participatie gaan geen gegevens over zonder toestemming.',
      'De cliënt mag zijn toestemming altijd weer intrekken.',
    ],
    begrippen: ['toestemming', 'ondubbelzinnige-toestemming', 'transparantie'],
    bron: GRONDSLAGEN,
  },
  {
    id: 'overeenkomst',
    nummer: 2,
    naam: 'Uitvoeren van een overeenkomst',
    avgArtikel: 'AVG art. 6 lid 1 onder b',
    uitleg:
      'Je hebt de gegevens nodig om een afspraak met de cliënt zelf uit te voeren, bijvoorbeeld een huurcontract of een behandelovereenkomst.',
    wanneer: ['De cliënt is partij bij de overeenkomst en het delen is nodig om die na te komen.'],
    letOp: ['Alleen wat nodig is voor die overeenkomst; niet voor andere doelen.'],
    begrippen: ['grondslag'],
    bron: GRONDSLAGEN,
  },
  {
    id: 'wettelijke-plicht',
    nummer: 3,
    naam: 'Voldoen aan een wettelijke plicht',
    avgArtikel: 'AVG art. 6 lid 1 onder c',
    uitleg:
      'Een wet verplicht je om gegevens vast te leggen of te geven. Voorbeelden: een dossier bijhouden (Jeugdwet, WGBO), of als aanbieder de gemeente gegevens geven om declaraties te controleren.',
    wanneer: [
      'Er is een concrete wettelijke plicht en het verwerken is echt nodig om die na te komen.',
      'Bij declaraties: alleen wat geleverd is (productcode), aan wie, wanneer en hoe lang.',
    ],
    letOp: [
      'Een wet is niet altijd duidelijk over welke gegevens nodig zijn. Ga dan per geval na wat echt nodig is.',
    ],
    begrippen: ['grondslag', 'verwerken'],
    bron: GRONDSLAGEN,
  },
  {
    id: 'vitaal-belang',
    nummer: 4,
    naam: 'Vitaal belang van de betrokkene',
    avgArtikel: 'AVG art. 6 lid 1 onder d',
    uitleg:
      'Het leven of de gezondheid van de cliënt of een ander is in ernstig gevaar. Om dat gevaar af te wenden mag je delen, ook zonder toestemming.',
    wanneer: [
      'Er is een ernstige, levensbedreigende situatie voor de gezondheid.',
      'Er dreigt groot gevaar, of de cliënt brengt anderen in gevaar.',
      'Er is vluchtgevaar.',
    ],
    letOp: [
      'Dit is een professionele afweging (afweging 4a): de situatie moet echt gevaarlijk zijn, niet alleen dreigen gevaarlijk te worden.',
      'Deel alleen wat nodig is om de cliënt of de ander te beschermen.',
      'Leg de afweging vast en vertel de cliënt zo snel mogelijk wat je hebt gedeeld.',
    ],
    begrippen: ['vitaal-belang', 'conflict-van-plichten'],
    bron: bron('5', 'Vitaal belang', 14),
  },
  {
    id: 'publieke-taak',
    nummer: 5,
    naam: 'Goede vervulling van een publiekrechtelijke taak',
    avgArtikel: 'AVG art. 6 lid 1 onder e',
    uitleg:
      'Een overheid voert een wettelijke taak van algemeen belang uit, zoals de gemeente bij Wmo, jeugdhulp of bijstand. De gemeente vraagt dan geen toestemming, maar vertelt de cliënt vooraf wat er met zijn gegevens gebeurt en welke rechten hij heeft.',
    wanneer: [
      'De gemeente beoordeelt of iemand een voorziening nodig heeft, leidt hem ernaartoe, controleert of onderzoekt fraude.',
      'Een andere partij voert een taak uit die de wet aan haar opdraagt.',
    ],
    letOp: [
      'Voor bijzondere persoonsgegevens (zoals over gezondheid) is nog steeds toestemming of een uitdrukkelijke wettelijke basis nodig.',
      'De gemeente blijft terughoudend en neemt het werk van de hulpverlener niet over.',
    ],
    begrippen: ['publiekrechtelijk', 'grondslag', 'bijzondere-persoonsgegevens'],
    bron: GRONDSLAGEN,
  },
  {
    id: 'gerechtvaardigd-belang',
    nummer: 6,
    naam: 'Behartiging van een gerechtvaardigd belang',
    avgArtikel: 'AVG art. 6 lid 1 onder f',
    uitleg:
      'Een organisatie heeft een eigen, goed te verdedigen belang bij het verwerken, en dat weegt zwaarder dan het privacybelang van de cliënt.',
    wanneer: ['Een niet-overheidsorganisatie heeft een belang dat opweegt tegen de privacy van de cliënt.'],
    letOp: [
      'Een overheid mag deze grondslag niet gebruiken voor haar eigen taken (AVG art. 6 lid 1, slotzin).',
      'Maak de belangenafweging zichtbaar in het dossier.',
    ],
    begrippen: ['gerechtvaardigd', 'grondslag'],
    bron: GRONDSLAGEN,
  },
];

/** Requirements valid consent has to meet (AVG art. 4(11) and 7). */
export const ToestemmingsEis = z
  .object({
    id: z.enum(['specifiek', 'geinformeerd', 'vrij', 'ondubbelzinnig']),
    naam: Tekst,
    uitleg: Tekst,
    bron: Bron,
  })
  .strict();
export type ToestemmingsEis = z.infer<typeof ToestemmingsEis>;

export const toestemmingsEisen: ToestemmingsEis[] = [
  {
    id: 'specifiek',
    naam: 'Specifiek',
    uitleg: 'De toestemming gaat over één duidelijk doel, bepaalde gegevens en bepaalde ontvangers.',
    bron: GRONDSLAGEN,
  },
  {
    id: 'geinformeerd',
    naam: 'Geïnformeerd',
    uitleg:
      'De cliënt weet waarom je wilt delen, wat je deelt, met wie, en welke rechten hij daarna heeft (zoals intrekken).',
    bron: GRONDSLAGEN,
  },
  {
    id: 'vrij',
    naam: 'Vrij',
    uitleg:
      'De cliënt staat niet onder druk en heeft geen nadeel van een nee. Bij een gemeentelijk loket is dat in de regel niet zo.',
    bron: GRONDSLAGEN,
  },
  {
    id: 'ondubbelzinnig',
    naam: 'Ondubbelzinnig',
    uitleg: 'De cliënt begrijpt waar hij ja op zegt en zegt dat zonder twijfel.',
    bron: GRONDSLAGEN,
  },
];

export const toestemmingBewijslast =
  'Wie gegevens verwerkt, moet kunnen bewijzen dat er toestemming is. In het sociaal domein is dat in de praktijk de professional.';

/** At least one grondslag is required; they are alternatives, not cumulative. */
export const grondslagRegel =
  'Je hebt minstens één grondslag nodig. Is er geen toestemming, kijk dan of een van de andere vijf past.';
