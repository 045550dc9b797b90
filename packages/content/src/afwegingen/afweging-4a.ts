import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';
import { situatiesConflictVanPlichten, vijfVragenAfweging4a } from './toetsvragen';

export const afweging4a: Afweging = {
  id: '4a',
  titel: 'Afweging 4a: de cliënt is het niet eens',
  kernvraag: 'Ik wil informatie delen, maar de cliënt stemt niet in of is niet te bereiken. Wat nu?',
  uitleg: [
    'De basis is dat de cliënt erbij betrokken is: hij weet wat je deelt, met wie en waarom, en is het ermee eens. Waar het kan, is hij aanwezig als er over hem gesproken wordt.',
    'Zonder toestemming deel je in principe niets. Alleen als de plicht om te helpen zwaarder weegt dan de plicht om te zwijgen, kun je toch besluiten te spreken. Dat heet een conflict van plichten.',
    'Beantwoord dan de vijf vragen samen met een deskundige collega en je leidinggevende, en leg de antwoorden vast. Bespreek de casus zo mogelijk ook anoniem in een teamoverleg.',
  ],
  start: 'a4a.bereikbaar',
  nodes: [
    {
      soort: 'vraag',
      id: 'a4a.bereikbaar',
      tekst: 'Kun je de cliënt of zijn vertegenwoordiger op tijd spreken?',
      begrippen: ['wettelijk-vertegenwoordiger'],
    },
    {
      soort: 'actie',
      id: 'a4a.bespreken',
      tekst: 'Bespreek met de cliënt welk belang en doel het delen heeft, en wat je precies wilt delen.',
      vereisten: ['dossieraantekening'],
    },
    {
      soort: 'vraag',
      id: 'a4a.goede-argumenten',
      tekst: 'Heeft de cliënt goede argumenten om de informatie niet te delen?',
      begrippen: [],
    },
    {
      soort: 'vraag',
      id: 'a4a.conflict-of-vitaal',
      tekst: 'Is er een conflict van plichten of een vitaal belang?',
      toelichting: 'Dit is een professionele afweging; gebruik de vijf vragen.',
      begrippen: ['conflict-van-plichten', 'vitaal-belang'],
    },
    {
      soort: 'actie',
      id: 'a4a.toetsen',
      tekst:
        'Beantwoord de vijf vragen met een deskundige collega en je leidinggevende. Leg vast wat je besprak, met wie, en wat eruit kwam.',
      vereisten: ['collegiale-toetsing', 'akkoord-leidinggevende', 'dossieraantekening'],
    },
    {
      soort: 'vraag',
      id: 'a4a.beroepsgeheim',
      tekst: 'Heb je een medisch of jeugdzorgberoepsgeheim (BIG of SKJ)?',
      begrippen: ['beroepsgeheim'],
    },
    {
      soort: 'vraag',
      id: 'a4a.niet-vooraf-informeren',
      tekst: 'Lijkt het beter om de cliënt niet vooraf te vertellen dat je gaat delen?',
      begrippen: ['gerechtvaardigde-reden'],
    },
    {
      soort: 'actie',
      id: 'a4a.informeren',
      tekst: 'Vertel de cliënt dat je informatie gaat delen: wat, met wie en waarom.',
      vereisten: ['informeren-vooraf', 'dossieraantekening'],
    },
    {
      soort: 'uitkomst',
      id: 'a4a.delen-zonder-toestemming',
      uitkomst: 'delen-zonder-toestemming',
      tekst:
        'Deel alleen wat nodig is, met wie het nodig heeft. Leg vast wat je deelde, met wie en wat je bewust niet deelde.',
      vereisten: ['akkoord-leidinggevende', 'dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'uitkomst',
      id: 'a4a.terug-naar-3',
      uitkomst: 'niet-delen',
      tekst: 'Deel niet. Kijk met afweging 3 opnieuw of een lichtere aanpak wel kan.',
      vereisten: ['dossieraantekening'],
      vervolg: [{ afweging: '3', wanneer: 'Om een minder ingrijpende aanpak te zoeken.' }],
    },
    {
      soort: 'uitkomst',
      id: 'a4a.niet-delen',
      uitkomst: 'niet-delen',
      tekst: 'Er is geen conflict van plichten of vitaal belang. Deel geen informatie.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'uitkomst',
      id: 'a4a.naar-4b',
      uitkomst: 'ga-naar-afweging',
      tekst: 'Ga naar afweging 4b: mag je de cliënt vooraf niet inlichten?',
      vereisten: [],
      vervolg: [{ afweging: '4b', wanneer: 'altijd' }],
    },
    {
      soort: 'uitkomst',
      id: 'a4a.naar-4c',
      uitkomst: 'ga-naar-afweging',
      tekst: 'Ga naar afweging 4c: delen met een medisch of jeugdzorgberoepsgeheim.',
      vereisten: [],
      vervolg: [{ afweging: '4c', wanneer: 'altijd' }],
    },
  ],
  edges: [
    { van: 'a4a.bereikbaar', naar: 'a4a.bespreken', antwoord: 'ja' },
    { van: 'a4a.bereikbaar', naar: 'a4a.conflict-of-vitaal', antwoord: 'nee' },
    { van: 'a4a.bespreken', naar: 'a4a.goede-argumenten', antwoord: 'verder' },
    { van: 'a4a.goede-argumenten', naar: 'a4a.terug-naar-3', antwoord: 'ja' },
    { van: 'a4a.goede-argumenten', naar: 'a4a.conflict-of-vitaal', antwoord: 'nee' },
    { van: 'a4a.conflict-of-vitaal', naar: 'a4a.toetsen', antwoord: 'ja' },
    { van: 'a4a.conflict-of-vitaal', naar: 'a4a.niet-delen', antwoord: 'nee' },
    { van: 'a4a.toetsen', naar: 'a4a.beroepsgeheim', antwoord: 'verder' },
    { van: 'a4a.beroepsgeheim', naar: 'a4a.naar-4c', antwoord: 'ja' },
    { van: 'a4a.beroepsgeheim', naar: 'a4a.niet-vooraf-informeren', antwoord: 'nee' },
    { van: 'a4a.niet-vooraf-informeren', naar: 'a4a.naar-4b', antwoord: 'ja' },
    { van: 'a4a.niet-vooraf-informeren', naar: 'a4a.informeren', antwoord: 'nee' },
    { van: 'a4a.informeren', naar: 'a4a.delen-zonder-toestemming', antwoord: 'verder' },
  ],
  reflectievragen: vijfVragenAfweging4a,
  situaties: situatiesConflictVanPlichten,
  casus: {
    titel: 'Een man die wil stoppen met begeleiding',
    situatie:
      'Een man krijgt begeleiding van een zorgaanbieder en laat de gemeente weten dat hij wil stoppen. De aanbieder gaat toch door. Als de gemeente hem belt, weigert hij boos elk gesprek. Volgens de aanbieder gaat het snel slechter met hem, en hij wil niet dat er met anderen over hem gesproken wordt.',
    vraag:
      'De aanbieder heeft nog een geldige beschikking en treedt op als casemanager. Mag zij zonder zijn toestemming een caseteam bijeenroepen en informatie delen?',
    uitwerking:
      'De aanbieder bespreekt eerst met de man waarom zij wil delen. Heeft hij goede redenen om het niet te doen, dan deelt zij niet. Zo niet, dan weegt zij af of er een conflict van plichten of vitaal belang is, beantwoordt de vijf vragen met een collega en de leidinggevende, en vertelt de man dat zij gaat delen.',
  },
  vastleggen: [
    'De antwoorden op de vijf vragen.',
    'Met welke collega en leidinggevende je overlegde, en wat zij vonden.',
    'Wat de cliënt zei en welke argumenten hij had.',
    'Wat je deelde, met wie, en wat je bewust niet deelde.',
  ],
  begrippen: ['conflict-van-plichten', 'vitaal-belang', 'transparantie', 'anonimiseren'],
  bron: bron('4', 'Afweging 4a: cliënt niet mee eens', 7, 8),
};
