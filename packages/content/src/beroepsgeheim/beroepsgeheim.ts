import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, bron, Tekst, WetsArtikel } from '../bronnen/bron.schema';

/** The beroepsgeheim class a professional's pet carries; `geen` = no professional secrecy. */
export const BeroepsgeheimKlasse = z.enum(['big', 'skj', 'algemeen', 'afgeleid', 'ambtelijk', 'geen']);
export type BeroepsgeheimKlasse = z.infer<typeof BeroepsgeheimKlasse>;

export const Drager = z
  .object({
    klasse: BeroepsgeheimKlasse,
    naam: Tekst,
    uitleg: Tekst,
    wie: z.array(Tekst).min(1),
    wettelijkeBasis: z.array(WetsArtikel).min(1),
    /** Whether afweging 4c applies to this class (medical or youth-care secrecy). */
    afweging4c: z.boolean(),
    bron: Bron,
  })
  .strict();
export type Drager = z.infer<typeof Drager>;

export const UitzonderingId = z.enum([
  'wettelijke-plicht',
  'toestemming',
  'conflict-van-plichten',
  'meldrecht',
]);
export type UitzonderingId = z.infer<typeof UitzonderingId>;

export const Uitzondering = z
  .object({
    id: UitzonderingId,
    naam: Tekst,
    uitleg: Tekst,
    voorbeelden: z.array(Tekst),
    wettelijkeBasis: z.array(WetsArtikel),
    vereistAkkoordLeidinggevende: z.boolean(),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Uitzondering = z.infer<typeof Uitzondering>;

export const ConflictVanPlichtenVoorwaarde = z
  .object({
    id: z.enum([
      'alles-gedaan-voor-toestemming',
      'gewetensnood',
      'geen-andere-weg',
      'ernstige-schade-bij-zwijgen',
      'doorbreken-voorkomt-schade',
    ]),
    nummer: z.number().int().min(1).max(5),
    tekst: Tekst,
    vraag: Tekst,
    /** What the professional reads when the answer is no: the secret stays kept. */
    nietVoldaan: Tekst,
  })
  .strict();
export type ConflictVanPlichtenVoorwaarde = z.infer<typeof ConflictVanPlichtenVoorwaarde>;

export const Risico = z.object({ voor: z.enum(['client', 'professional']), tekst: Tekst }).strict();
export type Risico = z.infer<typeof Risico>;

export const Beroepsgeheim = z
  .object({
    doel: Tekst,
    verhoudingTotAvg: z.array(Tekst).min(1),
    dragers: z.array(Drager).min(1),
    uitzonderingen: z.array(Uitzondering).length(4),
    conflictVanPlichten: z
      .object({
        uitleg: Tekst,
        voorwaarden: z.array(ConflictVanPlichtenVoorwaarde).length(5),
        bron: Bron,
      })
      .strict(),
    risicos: z.array(Risico).min(1),
    zorgplichtOfZwijgplicht: z.object({ uitleg: z.array(Tekst).min(1), bron: Bron }).strict(),
    juridischeKernpunten: z.array(z.object({ titel: Tekst, uitleg: Tekst }).strict()).length(3),
    aanpak: z.array(z.object({ titel: Tekst, uitleg: Tekst }).strict()).length(3),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Beroepsgeheim = z.infer<typeof Beroepsgeheim>;

const BG = bron('5', 'Het beroepsgeheim', 11, 12);

export const conflictVanPlichtenVoorwaarden: ConflictVanPlichtenVoorwaarde[] = [
  {
    id: 'alles-gedaan-voor-toestemming',
    nummer: 1,
    tekst: 'Je hebt eerst alles geprobeerd om toestemming van de cliënt te krijgen.',
    vraag: 'Heb je echt alles gedaan om de cliënt toestemming te laten geven?',
    nietVoldaan:
      'Zolang je niet alles hebt geprobeerd om toestemming te krijgen, deel je niet. Probeer dat eerst.',
  },
  {
    id: 'gewetensnood',
    nummer: 2,
    tekst: 'Als je blijft zwijgen, kom je in gewetensnood.',
    vraag: 'Brengt zwijgen jou in gewetensnood?',
    nietVoldaan:
      'Zonder gewetensnood is er geen conflict van plichten. Je plicht om te zwijgen blijft gelden.',
  },
  {
    id: 'geen-andere-weg',
    nummer: 3,
    tekst:
      'Alleen door je zwijgplicht te doorbreken is het probleem op te lossen; een andere weg is er niet.',
    vraag: 'Is doorbreken de enige manier om het probleem op te lossen?',
    nietVoldaan: 'Er is nog een andere weg. Kies die, dan hoef je je zwijgplicht niet te doorbreken.',
  },
  {
    id: 'ernstige-schade-bij-zwijgen',
    nummer: 4,
    tekst: 'Blijf je zwijgen, dan lijdt de cliënt of een ander ernstige schade.',
    vraag: 'Leidt zwijgen tot ernstige schade voor de cliënt of een ander?',
    nietVoldaan: 'Als zwijgen geen ernstige schade geeft, weegt je zwijgplicht zwaarder. Deel niet.',
  },
  {
    id: 'doorbreken-voorkomt-schade',
    nummer: 5,
    tekst: 'Het is bijna zeker dat je die schade voorkomt of beperkt door te spreken.',
    vraag: 'Is het vrijwel zeker dat spreken de schade voorkomt of kleiner maakt?',
    nietVoldaan: 'Als niet bijna zeker is dat spreken de schade voorkomt of kleiner maakt, deel je niet.',
  },
];

export const beroepsgeheim: Beroepsgeheim = {
  doel: 'Het beroepsgeheim zorgt dat mensen hulp en zorg durven te zoeken. Wie weet dat de hulpverlener zwijgt, kan vrijuit praten, bijvoorbeeld met de huisarts over problemen in de relatie.',
  verhoudingTotAvg: [
    'Het beroepsgeheim gaat vóór de AVG. De AVG beschermt de privacy; het beroepsgeheim beschermt de toegang tot hulp.',
    'Een professional met beroepsgeheim mag besluiten niets te delen, zelfs als de cliënt wel toestemming gaf.',
    'Ook tussen twee professionals die allebei een beroepsgeheim hebben, deel je niets zonder toestemming. Een gedeeld geheim bestaat niet.',
    'Bijna iedereen die hulp, zorg of ondersteuning geeft, heeft een beroepsgeheim, ook zonder BIG-registratie.',
  ],
  dragers: [
    {
      klasse: 'big',
      naam: 'Medische en paramedische hulpverleners (BIG)',
      uitleg:
        'Iedereen die in de gezondheidszorg werkt en in het BIG-register staat. Voor hen geldt afweging 4c.',
      wie: [
        'huisarts, jeugdarts, psychiater en medisch specialist',
        '(wijk)verpleegkundige',
        'verloskundige',
        'gezondheidszorgpsycholoog en psychotherapeut',
        'fysiotherapeut',
        'tandarts',
        'apotheker',
      ],
      wettelijkeBasis: [
        { wet: 'BW (WGBO)', artikel: '7:457', onderwerp: 'geheimhouding door de hulpverlener' },
        { wet: 'Wet BIG', artikel: '88', onderwerp: 'beroepsgeheim van BIG-beroepen' },
      ],
      afweging4c: true,
      bron: BG,
    },
    {
      klasse: 'skj',
      naam: 'Beroepskrachten in de jeugdzorg (SKJ)',
      uitleg:
        'Jeugd- en gezinsprofessionals in het register van de SKJ. Zij volgen een beroepscode en de Jeugdwet. Voor hen geldt afweging 4c.',
      wie: ['jeugd- en gezinsprofessional', 'pedagoog in de jeugdzorg', 'psycholoog in de jeugdzorg'],
      wettelijkeBasis: [{ wet: 'Jeugdwet', artikel: '7.3.11', onderwerp: 'geheimhouding jeugdhulpverlener' }],
      afweging4c: true,
      bron: bron('4', 'Afweging 4c', 9),
    },
    {
      klasse: 'algemeen',
      naam: 'Overige beroepskrachten (algemeen beroepsgeheim)',
      uitleg:
        'Wie zelf hulp, begeleiding, activering, zorg of andere ondersteuning geeft. Dit beroepsgeheim volgt uit algemene privacyregels; veel beroepsverenigingen hebben het in hun beroepscode opgenomen.',
      wie: ['maatschappelijk werker', 'sociaal werker', 'gezinscoach', 'medewerker in de opvang'],
      wettelijkeBasis: [
        { wet: 'EVRM', artikel: '8', onderwerp: 'recht op privéleven' },
        { wet: 'Grondwet', artikel: '10', onderwerp: 'eerbiediging persoonlijke levenssfeer' },
        { wet: 'Wetboek van Strafrecht', artikel: '272', onderwerp: 'schending van een geheim' },
      ],
      afweging4c: false,
      bron: BG,
    },
    {
      klasse: 'afgeleid',
      naam: 'Afgeleid beroepsgeheim',
      uitleg:
        'Wie door zijn functie kennis krijgt van wat onder het beroepsgeheim van een ander valt, moet daarover ook zwijgen.',
      wie: ['doktersassistent', 'receptionist', 'secretaresse', 'manager', 'stafmedewerker'],
      wettelijkeBasis: [{ wet: 'BW (WGBO)', artikel: '7:457', onderwerp: 'geldt ook voor wie meewerkt' }],
      afweging4c: false,
      bron: BG,
    },
    {
      klasse: 'ambtelijk',
      naam: 'Ambtelijke geheimhouding',
      uitleg:
        'Ambtenaren en wie voor een bestuursorgaan werkt, moeten geheimhouden wat zij in hun functie vertrouwelijk te weten komen. Dat is geen beroepsgeheim in strikte zin.',
      wie: [
        'consulent Wmo',
        'medewerker toegang jeugd',
        'klantmanager Participatiewet',
        'leerplichtambtenaar',
      ],
      wettelijkeBasis: [
        { wet: 'Awb', artikel: '2:5', onderwerp: 'geheimhoudingsplicht bij bestuursorganen' },
        { wet: 'Ambtenarenwet 2017', artikel: '9', onderwerp: 'geheimhouding door de ambtenaar' },
        { wet: 'Participatiewet', artikel: '65', onderwerp: 'geheimhouding in de Participatiewet' },
      ],
      afweging4c: false,
      bron: bron('Bijlage 1', 'Om mee te beginnen', 20),
    },
  ],
  uitzonderingen: [
    {
      id: 'wettelijke-plicht',
      naam: 'Een wettelijke plicht',
      uitleg: 'Een wet verplicht je om iets te melden of te geven. Dan moet je spreken.',
      voorbeelden: [
        'Bepaalde infectieziekten melden aan de GGD, zoals tuberculose, mazelen, hepatitis of malaria (Wet publieke gezondheid).',
        'Meldingen bij gedwongen zorg in de psychiatrie (vroeger de BOPZ).',
        'Een overlijden melden (Wet op de lijkbezorging).',
        'Informatie geven aan de voogd, of aan de Raad voor de Kinderbescherming bij een onderzoek.',
      ],
      wettelijkeBasis: [
        { wet: 'Wet publieke gezondheid', artikel: '21 e.v.', onderwerp: 'meldplicht infectieziekten' },
      ],
      vereistAkkoordLeidinggevende: false,
      begrippen: ['beroepsgeheim', 'bopz'],
      bron: BG,
    },
    {
      id: 'toestemming',
      naam: 'Uitdrukkelijke toestemming van de cliënt',
      uitleg:
        'De cliënt geeft uitdrukkelijk toestemming. Ook dan weeg je zelf af of delen zinvol is; je bent niet verplicht.',
      voorbeelden: ['De cliënt vraagt je zijn situatie te bespreken met de schuldhulpverlener.'],
      wettelijkeBasis: [{ wet: 'BW (WGBO)', artikel: '7:457 lid 1' }],
      vereistAkkoordLeidinggevende: false,
      begrippen: ['toestemming'],
      bron: BG,
    },
    {
      id: 'conflict-van-plichten',
      naam: 'Conflict van plichten',
      uitleg:
        'Je krijgt geen toestemming, maar door te spreken kun je ernstige schade voor de cliënt of een ander voorkomen. Dat mag alleen als alle vijf voorwaarden gelden. Het lijkt op de grondslag vitaal belang uit de AVG.',
      voorbeelden: [
        'Een oudere met dementie wordt thuis mishandeld en niemand in het gezin durft in te grijpen.',
      ],
      wettelijkeBasis: [],
      vereistAkkoordLeidinggevende: true,
      begrippen: ['conflict-van-plichten', 'vitaal-belang', 'doorbreking'],
      bron: BG,
    },
    {
      id: 'meldrecht',
      naam: 'Meldrecht',
      uitleg:
        'Een meldrecht is geen meldplicht: je mag melden, je hoeft niet. De meeste meldingen bij Veilig Thuis en de verwijsindex jongeren gaan op basis van meldrecht. Overleg met Veilig Thuis kan eerst anoniem. Zonder de cliënt vooraf in te lichten meld je alleen als dat niet kan en de schade niet meer vrijwillig af te wenden is.',
      voorbeelden: [
        'Een vermoeden van huiselijk geweld of kindermishandeling melden bij Veilig Thuis.',
        'Een signaal afgeven in de verwijsindex risicojongeren.',
      ],
      wettelijkeBasis: [{ wet: 'Wmo 2015', artikel: '5.2.6', onderwerp: 'meldrecht bij Veilig Thuis' }],
      vereistAkkoordLeidinggevende: false,
      begrippen: ['meldrecht', 'beroepsgeheim'],
      bron: BG,
    },
  ],
  conflictVanPlichten: {
    uitleg:
      'Een professional met beroepsgeheim mag zonder toestemming spreken als aan alle vijf voorwaarden tegelijk is voldaan. Is één voorwaarde niet vervuld, dan deel je niet.',
    voorwaarden: conflictVanPlichtenVoorwaarden,
    bron: BG,
  },
  risicos: [
    {
      voor: 'client',
      tekst:
        'De cliënt kan zich terugtrekken uit de hulp, niet alleen bij deze professional maar bij alle hulpverleners, en mist dan hulp die hij nodig heeft.',
    },
    {
      voor: 'professional',
      tekst:
        'Tuchtrecht en strafrecht: een boete, schorsing, doorhaling in het BIG-register of een verbod om het beroep nog uit te oefenen.',
    },
  ],
  zorgplichtOfZwijgplicht: {
    uitleg: [
      'Dreigt de cliënt in gevaar te komen maar is het nog niet zover, dan deel je zonder ondubbelzinnige toestemming niets. Pas als de situatie echt gevaarlijk is, kan vitaal belang gelden.',
      'Zwijgen kan de cliënt schaden: hij wordt hulpbehoevender, zijn gezondheid gaat achteruit of hij raakt zijn netwerk kwijt. Spreken kan het vertrouwen kosten, zodat hij de hulp helemaal mijdt.',
      'Je kunt op allebei worden aangesproken: op delen tegen de wil van de cliënt en op zwijgen. Daarom telt dat je zorgvuldig afweegt en dat vastlegt. Een rechter accepteert een keuze eerder als proces en inhoud van de afweging redelijk en goed onderbouwd zijn.',
    ],
    bron: bron('5', 'Professionele afweging: beroepsgeheim of zorgplicht', 15),
  },
  juridischeKernpunten: [
    {
      titel: 'Altijd een grondslag',
      uitleg:
        'Delen kan alleen op een grondslag. Zonder toestemming kan vitaal belang helpen, maar alleen bij zware problemen zoals vluchtgevaar, groot gezondheidsrisico of geweld tegen anderen.',
    },
    {
      titel: 'Vroegsignalering',
      uitleg:
        'Jeugdwet, Wmo en schuldhulpverlening vragen om zorgen vroeg te signaleren. Zonder toestemming en zonder andere grondslag lukt dat vaak niet, want vitaal belang geldt pas bij zeer ernstige zaken.',
    },
    {
      titel: 'Het beroepsgeheim',
      uitleg:
        'Het beroepsgeheim houdt hulp toegankelijk. Wie het doorbreekt zonder uiterste reden, riskeert een tuchtmaatregel, en de cliënt verliest iemand die hij kan vertrouwen.',
    },
  ],
  aanpak: [
    {
      titel: 'Toestemming als onderdeel van de hulp',
      uitleg:
        'Toestemming vragen is geen eenmalig moment. Je zoekt samen met de cliënt naar overeenstemming en wisselt argumenten uit. De uitkomst is open; lukt het, dan leg je de toestemming vast.',
    },
    {
      titel: 'Zorgen tijdig bespreken',
      uitleg:
        'Komt er na grondig overleg geen overeenstemming en vind je delen toch nodig, dan toets je dat bij collega’s en je leidinggevende, licht je de cliënt in en leg je alles met argumenten vast. Een anonieme casusbespreking kan nieuwe inzichten geven.',
    },
    {
      titel: 'Samenwerken met dragers van een beroepsgeheim',
      uitleg:
        'Vraag niet naar de diagnose of het verloop van de behandeling, maar bespreek samen hoe je de cliënt het best helpt. Bij twijfel over doorbreken: vraag juridisch en inhoudelijk advies of houd een moreel beraad. Bij direct levensgevaar mag het beroepsgeheim zonder overleg met de cliënt wijken (WGBO).',
    },
  ],
  begrippen: ['beroepsgeheim', 'conflict-van-plichten', 'meldrecht', 'doorbreking', 'wgbo'],
  bron: BG,
};
