import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, bron, Tekst } from '../bronnen/bron.schema';

export const Vuistregel = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    nummer: z.number().int().min(1).max(10),
    groep: z.enum(['client', 'professional']),
    regel: Tekst,
    uitleg: z.array(Tekst).min(1),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Vuistregel = z.infer<typeof Vuistregel>;

const TOELICHTING = bron('Bijlage 2', 'Toelichting op de 10 vuistregels', 26, 27);

/** The ten national rules of thumb (In goed vertrouwen, 2016) as the handbook explains them. */
export const vuistregels: Vuistregel[] = [
  {
    id: 'rechten-client',
    nummer: 1,
    groep: 'client',
    regel: 'We respecteren de rechten van de cliënt.',
    uitleg: [
      'De cliënt (en zijn ouders of verzorgers) kan zelf oordelen of het verwerken of delen van zijn gegevens nodig is. We zijn open over wat we van plan zijn, leggen uit waarom, en vertellen welke rechten hij heeft en hoe hij die gebruikt.',
      'Maakt de cliënt bezwaar, dan verwerken we in principe niets. Willen we gegevens vragen of geven die onder een beroepsgeheim vallen, dan vragen we uitdrukkelijk toestemming.',
      'Een uitzondering kan alleen bij een zwaarwegend belang of als een wet het toestaat. Dan leggen we uit waarom, en komen we de bezwaren zoveel mogelijk tegemoet.',
    ],
    begrippen: ['toestemming', 'transparantie'],
    bron: TOELICHTING,
  },
  {
    id: 'met-de-client',
    nummer: 2,
    groep: 'client',
    regel: 'We praten met de cliënt, niet over hem zonder hem.',
    uitleg: [
      'Moeten professionals over een cliënt overleggen, dan gebeurt dat waar mogelijk met de cliënt erbij en met zijn instemming.',
      'Kan dat niet, dan wegen we dat zorgvuldig af en leggen we uit waarom. We lichten de cliënt dan in principe vooraf in, en alleen als het echt niet anders kan achteraf.',
    ],
    begrippen: ['transparantie'],
    bron: TOELICHTING,
  },
  {
    id: 'vertrouwelijkheid',
    nummer: 3,
    groep: 'client',
    regel: 'Vertrouwelijkheid houdt de hulp toegankelijk en goed.',
    uitleg: [
      'We gaan strikt vertrouwelijk om met gegevens van de cliënt. Zonder die zekerheid zoekt of accepteert een cliënt misschien geen hulp, of vertelt hij niet wat nodig is voor goede zorg.',
    ],
    begrippen: ['beroepsgeheim'],
    bron: TOELICHTING,
  },
  {
    id: 'vertrouwen-in-deskundigheid',
    nummer: 4,
    groep: 'professional',
    regel: 'We vertrouwen op elkaars deskundigheid.',
    uitleg: [
      'We vragen geen gegevens op alleen om het oordeel van een andere deskundige nog eens na te lopen.',
    ],
    begrippen: [],
    bron: TOELICHTING,
  },
  {
    id: 'niet-meer-dan-nodig',
    nummer: 5,
    groep: 'professional',
    regel: 'We vragen nooit meer gegevens dan strikt nodig.',
    uitleg: [
      'Wie ons gegevens geeft, kan erop rekenen dat we bewust hebben afgewogen wat we voor onze taak nodig hebben. We vragen ons steeds af of het met minder, of helemaal zonder persoonsgegevens kan, en we kunnen die keuze uitleggen.',
    ],
    begrippen: ['proportionaliteit', 'subsidiariteit'],
    bron: TOELICHTING,
  },
  {
    id: 'open-over-doel',
    nummer: 6,
    groep: 'professional',
    regel: 'We zijn altijd open over het doel waarvoor we gegevens vragen.',
    uitleg: [
      'We vertellen elkaar waarvoor we gegevens vragen, en gebruiken ze niet voor iets heel anders. Wie gegevens vroeg om toegang tot hulp te bepalen, zet ze niet in voor fraudebestrijding.',
    ],
    begrippen: ['welbepaald-doel', 'transparantie'],
    bron: TOELICHTING,
  },
  {
    id: 'positie-ander-respecteren',
    nummer: 7,
    groep: 'professional',
    regel: 'We respecteren de positie en verantwoordelijkheid van de professional die we om gegevens vragen.',
    uitleg: [
      'We houden er rekening mee dat de ander soms niet mag of kan delen, bijvoorbeeld door een beroepsgeheim, een beroepscode of beroepsethiek.',
    ],
    begrippen: ['beroepsgeheim'],
    bron: TOELICHTING,
  },
  {
    id: 'zorgvuldig-afwegen',
    nummer: 8,
    groep: 'professional',
    regel: 'We wegen altijd zorgvuldig af of we gegevens kunnen geven in het belang van de cliënt.',
    uitleg: [
      'We nemen een vraag om gegevens serieus en gebruiken de wetten, beroepscodes en meldcodes die voor ons gelden om goed af te wegen. Het oplossen van het probleem van de cliënt weegt daarbij zwaar, en we kunnen uitleggen hoe we tot ons besluit kwamen.',
    ],
    begrippen: [],
    bron: TOELICHTING,
  },
  {
    id: 'vertrouwen-in-afweging-ander',
    nummer: 9,
    groep: 'professional',
    regel: 'We vertrouwen erop dat de ander zorgvuldig heeft afgewogen of hij gegevens vraagt of geeft.',
    uitleg: [
      'We zetten elkaar niet onder druk. Is iets onduidelijk, dan gaan we in gesprek over het doel van de vraag of over de reden om niet te delen, en zoeken we samen naar een andere oplossing.',
    ],
    begrippen: [],
    bron: TOELICHTING,
  },
  {
    id: 'bijdragen-aan-oplossing',
    nummer: 10,
    groep: 'professional',
    regel: 'We helpen mee aan een oplossing, ook als gegevens delen niet kan.',
    uitleg: [
      'Kunnen we geen gegevens geven, bijvoorbeeld door een beroepsgeheim, dan zoeken we een andere manier om mee te helpen aan een oplossing, of om te voorkomen dat de problemen groter worden.',
    ],
    begrippen: [],
    bron: TOELICHTING,
  },
];
