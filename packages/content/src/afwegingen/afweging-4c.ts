import { conflictVanPlichtenVoorwaarden } from '../beroepsgeheim/beroepsgeheim';
import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';

export const afweging4c: Afweging = {
  id: '4c',
  titel: 'Afweging 4c: ik heb een (medisch) beroepsgeheim',
  kernvraag: 'Ik wil informatie delen, maar ik val onder een medisch of jeugdzorgberoepsgeheim (BIG of SKJ).',
  uitleg: [
    'BIG-geregistreerde hulpverleners hebben een medisch beroepsgeheim. Wie in het SKJ-register staat, houdt zich aan een beroepscode met een beroepsgeheim.',
    'Het beroepsgeheim gaat alleen open door toestemming, een wettelijke plicht, een meldrecht (zoals bij Veilig Thuis) of een conflict van plichten waarbij alle vijf voorwaarden gelden.',
    'Een doorbreking van het beroepsgeheim vraagt altijd het akkoord van de leidinggevende.',
  ],
  start: 'a4c.toestemming',
  nodes: [
    {
      soort: 'vraag',
      id: 'a4c.toestemming',
      tekst: 'Heeft de cliënt (of zijn vertegenwoordiger) uitdrukkelijk toestemming gegeven?',
      begrippen: ['toestemming'],
    },
    {
      soort: 'uitkomst',
      id: 'a4c.delen-met-toestemming',
      uitkomst: 'delen-met-toestemming',
      tekst: 'Je mag delen wat is afgesproken. Weeg zelf af of het zinvol is; toestemming verplicht je niet.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'vraag',
      id: 'a4c.wettelijke-plicht',
      tekst: 'Verplicht een wet je om deze gegevens te geven?',
      toelichting:
        'Bijvoorbeeld een meldplichtige infectieziekte, of een vraag van de voogd of de Raad voor de Kinderbescherming.',
      begrippen: [],
    },
    {
      soort: 'uitkomst',
      id: 'a4c.delen-wettelijke-plicht',
      uitkomst: 'delen-op-wettelijke-plicht',
      tekst: 'Geef alleen wat de wet vraagt, en vertel de cliënt dat je dat doet.',
      vereisten: ['informeren-vooraf', 'dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'vraag',
      id: 'a4c.meldrecht',
      tekst:
        'Heb je een vermoeden van huiselijk geweld of kindermishandeling waarvoor je een meldrecht hebt?',
      begrippen: ['meldrecht'],
    },
    {
      soort: 'uitkomst',
      id: 'a4c.melden',
      uitkomst: 'melden-op-meldrecht',
      tekst:
        'Meld bij Veilig Thuis. Vertel het de cliënt vooraf en zoek zijn toestemming als dat veilig kan; lukt dat niet, meld dan toch.',
      vereisten: ['collegiale-toetsing', 'akkoord-leidinggevende', 'dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'vraag',
      id: 'a4c.vijf-voorwaarden',
      tekst: 'Gelden alle vijf voorwaarden van een conflict van plichten?',
      toelichting:
        'Alles geprobeerd voor toestemming, gewetensnood, geen andere weg, ernstige schade bij zwijgen, en spreken voorkomt die schade vrijwel zeker.',
      begrippen: ['conflict-van-plichten'],
    },
    {
      soort: 'actie',
      id: 'a4c.toetsen',
      tekst:
        'Bespreek de doorbreking met een deskundige collega, zo nodig met juridisch advies, en leg haar voor aan je leidinggevende.',
      vereisten: ['collegiale-toetsing', 'dossieraantekening'],
    },
    {
      soort: 'vraag',
      id: 'a4c.akkoord',
      tekst: 'Geeft je leidinggevende akkoord voor de doorbreking?',
      begrippen: ['doorbreking'],
    },
    {
      soort: 'uitkomst',
      id: 'a4c.doorbreking',
      uitkomst: 'doorbreking-beroepsgeheim',
      tekst:
        'Doorbreek je beroepsgeheim alleen voor wat nodig is om de schade te voorkomen. Vertel de cliënt vooraf dat je dit doet, of achteraf als afweging 4b dat rechtvaardigt.',
      vereisten: ['akkoord-leidinggevende', 'informeren-vooraf', 'dossieraantekening'],
      vervolg: [{ afweging: '4b', wanneer: 'Als vooraf inlichten de cliënt of een ander in gevaar brengt.' }],
    },
    {
      soort: 'uitkomst',
      id: 'a4c.niet-delen',
      uitkomst: 'niet-delen',
      tekst:
        'Je beroepsgeheim blijft gelden. Deel niets, en zoek met de ander naar een aanpak zonder gegevens.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
  ],
  edges: [
    { van: 'a4c.toestemming', naar: 'a4c.delen-met-toestemming', antwoord: 'ja' },
    { van: 'a4c.toestemming', naar: 'a4c.wettelijke-plicht', antwoord: 'nee' },
    { van: 'a4c.wettelijke-plicht', naar: 'a4c.delen-wettelijke-plicht', antwoord: 'ja' },
    { van: 'a4c.wettelijke-plicht', naar: 'a4c.meldrecht', antwoord: 'nee' },
    { van: 'a4c.meldrecht', naar: 'a4c.melden', antwoord: 'ja' },
    { van: 'a4c.meldrecht', naar: 'a4c.vijf-voorwaarden', antwoord: 'nee' },
    { van: 'a4c.vijf-voorwaarden', naar: 'a4c.toetsen', antwoord: 'ja' },
    { van: 'a4c.vijf-voorwaarden', naar: 'a4c.niet-delen', antwoord: 'nee' },
    { van: 'a4c.toetsen', naar: 'a4c.akkoord', antwoord: 'verder' },
    { van: 'a4c.akkoord', naar: 'a4c.doorbreking', antwoord: 'ja' },
    { van: 'a4c.akkoord', naar: 'a4c.niet-delen', antwoord: 'nee' },
  ],
  reflectievragen: conflictVanPlichtenVoorwaarden.map((v) => ({ id: v.id, tekst: v.vraag })),
  situaties: [],
  casus: {
    titel: 'Dezelfde mishandelde man, nu gezien door een wijkverpleegkundige',
    situatie:
      'Het is de situatie van afweging 4b, maar nu ziet een wijkverpleegkundige dat de oudere man met alzheimer door zijn inwonende zoon wordt mishandeld. Zijn vrouw, de wettelijk vertegenwoordiger, durft uit angst niets te doen.',
    vraag: 'De wijkverpleegkundige heeft een BIG-registratie. Wat mag zij delen, en langs welke weg?',
    uitwerking:
      'Toestemming van de vertegenwoordiger is er niet. Er is wel een meldrecht bij Veilig Thuis voor een vermoeden van huiselijk geweld. Zij overlegt met een collega, vraagt akkoord van haar leidinggevende, meldt bij Veilig Thuis en legt alles vast.',
  },
  vastleggen: [
    'Langs welke uitzondering je het beroepsgeheim opende: toestemming, wettelijke plicht, meldrecht of conflict van plichten.',
    'Bij een conflict van plichten: per voorwaarde waarom die geldt.',
    'Het akkoord van de leidinggevende.',
    'Wat je deelde, met wie, en wat je bewust niet deelde.',
  ],
  begrippen: ['beroepsgeheim', 'meldrecht', 'conflict-van-plichten', 'doorbreking', 'wgbo'],
  bron: bron('4', 'Afweging 4c: beroepsgeheim', 9, 10),
};
