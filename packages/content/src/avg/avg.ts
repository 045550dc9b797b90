import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, bron, Tekst, WetsArtikel } from '../bronnen/bron.schema';

export const AvgBeginsel = z
  .object({
    letter: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']),
    tekst: Tekst,
    begrippen: z.array(BegripId),
  })
  .strict();
export type AvgBeginsel = z.infer<typeof AvgBeginsel>;

export const Avg = z
  .object({
    bedoeling: Tekst,
    beginselen: z.array(AvgBeginsel).length(11),
    informatieTermijn: z.object({ uitleg: Tekst, artikelen: z.array(WetsArtikel).min(1) }).strict(),
    andereWetten: z
      .object({
        uitleg: Tekst,
        wetten: z.array(Tekst).min(1),
        convenanten: z.array(Tekst).min(1),
        bron: Bron,
      })
      .strict(),
    bron: Bron,
  })
  .strict();
export type Avg = z.infer<typeof Avg>;

export const avg: Avg = {
  bedoeling:
    'De afwegingen voelen soms als bureaucratie zonder doel, maar dat zijn ze niet. Dankzij de AVG bepaal jij, op een paar uitzonderingen na, wie er in je leven mag kijken en hoe ver. Gebruik het in de hulp: een cliënt die snapt waarom gegevens gedeeld worden, begrijpt ook beter wat er met hem speelt en wat kan helpen. Zo bouw je vertrouwen op.',
  beginselen: [
    { letter: 'a', tekst: 'Verwerken mag alleen op een van de zes grondslagen.', begrippen: ['grondslag'] },
    {
      letter: 'b',
      tekst: 'Alleen voor een doel dat vastligt, duidelijk is omschreven en gerechtvaardigd is.',
      begrippen: ['welbepaald-doel', 'uitdrukkelijk-omschreven', 'gerechtvaardigd'],
    },
    { letter: 'c', tekst: 'Niet meer gegevens dan nodig voor dat doel.', begrippen: ['proportionaliteit'] },
    {
      letter: 'd',
      tekst: 'Gegevens worden niet zomaar voor een ander doel gebruikt.',
      begrippen: ['welbepaald-doel'],
    },
    {
      letter: 'e',
      tekst: 'Bewaar gegevens niet langer dan nodig voor het doel, of dan de wet voorschrijft.',
      begrippen: [],
    },
    {
      letter: 'f',
      tekst: 'Bijzondere persoonsgegevens verwerk je alleen als een wet dat uitdrukkelijk toestaat.',
      begrippen: ['bijzondere-persoonsgegevens'],
    },
    {
      letter: 'g',
      tekst:
        'De organisatie of professional vertelt de betrokkene dat zijn gegevens worden vastgelegd en bewaard.',
      begrippen: ['transparantie'],
    },
    {
      letter: 'h',
      tekst:
        'De betrokkene mag vragen of er gegevens over hem zijn vastgelegd, en zo ja, met wie ze gedeeld zijn.',
      begrippen: [],
    },
    { letter: 'i', tekst: 'De betrokkene mag de gegevens over hem inzien.', begrippen: [] },
    {
      letter: 'j',
      tekst: 'De betrokkene mag vragen om onjuiste gegevens te verbeteren, aan te vullen of te wissen.',
      begrippen: [],
    },
    {
      letter: 'k',
      tekst:
        'Vanwege bijzondere persoonlijke omstandigheden kan de betrokkene bezwaar maken tegen het verwerken.',
      begrippen: ['verwerken'],
    },
  ],
  informatieTermijn: {
    uitleg:
      'Kreeg je gegevens niet van de betrokkene zelf, of deelde je ze zonder dat hij het vooraf wist, dan licht je hem in binnen een redelijke termijn, uiterlijk binnen een maand. Die plicht mag alleen worden beperkt als dat nodig en evenredig is, bijvoorbeeld om anderen te beschermen.',
    artikelen: [
      { wet: 'AVG', artikel: '14 lid 3', onderwerp: 'termijn voor informeren' },
      { wet: 'UAVG', artikel: '41', onderwerp: 'beperking van de informatieplicht' },
    ],
  },
  andereWetten: {
    uitleg:
      'De AVG en de WGBO leggen de basis. Daarop bouwen andere wetten voort met eigen regels. Vaak heeft één partij met meerdere wetten te maken, en gelden wetten voor meerdere partijen. Kijk welke wetten voor jouw organisatie gelden, en waar je samenwerkingspartners aan gebonden zijn.',
    wetten: [
      'Jeugdwet',
      'Wmo 2015',
      'Wet politiegegevens',
      'Leerplichtwet',
      'Wet algemene bepalingen burgerservicenummer',
      'Wet basisregistratie personen',
      'Wet verplichte meldcode huiselijk geweld en kindermishandeling',
      'Participatiewet',
      'Wet gemeentelijke schuldhulpverlening',
      'Wet langdurige zorg',
    ],
    convenanten: [
      'Gegevensuitwisseling in het zorg- en veiligheidsdomein (Veiligheidshuizen)',
      'Veilige school',
      'Vangnet',
      'Speciaal onderwijs en vso',
      'Ondersteuningsplan po/vo',
    ],
    bron: bron('5', 'Andere wetten en convenanten', 13),
  },
  bron: bron('5', 'Toelichting AVG', 11),
};

export const Datalek = z
  .object({
    watIsHet: Tekst,
    voorbeelden: z.array(Tekst).min(1),
    watTeDoen: z.array(Tekst).min(1),
    voorkomen: z.array(Tekst).min(1),
    artikelen: z.array(WetsArtikel).min(1),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Datalek = z.infer<typeof Datalek>;

export const datalek: Datalek = {
  watIsHet:
    'Een datalek is een inbreuk op de beveiliging van persoonsgegevens: iemand krijgt er toegang toe die dat niet mag, of gegevens raken kwijt, worden aangepast, vernietigd of onrechtmatig verwerkt, terwijl de organisatie dat niet wilde.',
  voorbeelden: [
    'Een laptop wordt gestolen of een usb-stick met persoonsgegevens raakt zoek.',
    'Een hacker breekt in op een bestand met gegevens.',
    'Je stuurt per ongeluk een bericht met persoonsgegevens naar de verkeerde persoon.',
    'Je stuurt meer gegevens mee dan nodig is voor het doel.',
    'Je loopt weg van je computer terwijl het scherm openstaat, en een ander kan meekijken.',
    'Je bespreekt een cliënt in een overleg met mensen die niet bij hem betrokken zijn.',
  ],
  watTeDoen: [
    'Meld het direct bij je leidinggevende en de privacy officer (FG) van je organisatie, ook als je twijfelt.',
    'Beperk de schade: vraag de ontvanger het bericht te verwijderen, zet toegang dicht.',
    'De organisatie meldt een ernstig datalek zonder vertraging bij de Autoriteit Persoonsgegevens, zo mogelijk binnen 72 uur.',
    'Is er een groot risico voor de mensen van wie de gegevens zijn gelekt, dan krijgen zij ook bericht.',
    'Leg vast wat er gebeurde, welke gegevens het betrof en wat je hebt gedaan.',
  ],
  voorkomen: [
    'Vergrendel je scherm als je wegloopt.',
    'Controleer de ontvanger voordat je iets verstuurt.',
    'Stuur alleen de gegevens die nodig zijn.',
  ],
  artikelen: [
    { wet: 'AVG', artikel: '33', onderwerp: 'melden bij de Autoriteit Persoonsgegevens' },
    { wet: 'AVG', artikel: '34', onderwerp: 'betrokkenen inlichten' },
  ],
  begrippen: ['datalek', 'persoonsgegevens'],
  bron: bron('5', 'Een datalek', 11),
};
