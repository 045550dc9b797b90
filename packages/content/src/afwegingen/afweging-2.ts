import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';

export const afweging2: Afweging = {
  id: '2',
  titel: 'Afweging 2: wanneer mag ik delen?',
  kernvraag: 'Voldoe ik aan de drie eisen om gegevens te mogen delen?',
  uitleg: [
    'Je mag alleen delen als je een welbepaald doel hebt, als je precies kunt zeggen welke gegevens je nodig hebt, en als er een grondslag is.',
    'Kun je alle drie met ja beantwoorden, dan leg je de antwoorden vast in het dossier en ga je naar afweging 3. Eén nee betekent: niet delen.',
    'Welke grondslagen voor jouw pet gelden, staat in bijlage 1.',
  ],
  start: 'a2.doel',
  nodes: [
    {
      soort: 'vraag',
      id: 'a2.doel',
      tekst: 'Kun je helder en concreet zeggen welk professioneel doel je met het delen wilt bereiken?',
      toelichting: 'Juridisch heet dit een welbepaald doel.',
      begrippen: ['welbepaald-doel'],
    },
    {
      soort: 'vraag',
      id: 'a2.gegevens',
      tekst: 'Kun je precies omschrijven welke gegevens je wilt weten en wilt delen?',
      toelichting: 'Juridisch heet dit uitdrukkelijk omschreven.',
      begrippen: ['uitdrukkelijk-omschreven'],
    },
    {
      soort: 'vraag',
      id: 'a2.grondslag',
      tekst: 'Is er minstens één grondslag die het delen toestaat?',
      toelichting: 'Kijk bij de zes grondslagen en in bijlage 1 voor jouw pet.',
      begrippen: ['grondslag'],
    },
    {
      soort: 'actie',
      id: 'a2.vastleggen',
      tekst: 'Schrijf het doel, de gegevens en de grondslag in het cliëntdossier.',
      vereisten: ['dossieraantekening'],
    },
    {
      soort: 'uitkomst',
      id: 'a2.naar-afweging-3',
      uitkomst: 'ga-naar-afweging',
      tekst: 'Je voldoet aan de drie eisen. Ga verder met afweging 3.',
      vereisten: [],
      vervolg: [{ afweging: '3', wanneer: 'altijd' }],
    },
    {
      soort: 'uitkomst',
      id: 'a2.niet-delen',
      uitkomst: 'niet-delen',
      tekst: 'Je voldoet niet aan alle drie de eisen. Deel niets en leg vast waarom.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
  ],
  edges: [
    { van: 'a2.doel', naar: 'a2.gegevens', antwoord: 'ja' },
    { van: 'a2.doel', naar: 'a2.niet-delen', antwoord: 'nee' },
    { van: 'a2.gegevens', naar: 'a2.grondslag', antwoord: 'ja' },
    { van: 'a2.gegevens', naar: 'a2.niet-delen', antwoord: 'nee' },
    { van: 'a2.grondslag', naar: 'a2.vastleggen', antwoord: 'ja' },
    { van: 'a2.grondslag', naar: 'a2.niet-delen', antwoord: 'nee' },
    { van: 'a2.vastleggen', naar: 'a2.naar-afweging-3', antwoord: 'verder' },
  ],
  reflectievragen: [
    {
      id: 'doel',
      tekst: 'Wat wil ik als professional precies bereiken door deze informatie te bespreken of te delen?',
    },
    { id: 'gegevens', tekst: 'Wat moet ik daarvoor weten, en wat moet ik daarvoor vertellen?' },
    { id: 'grondslag', tekst: 'Op welke grondslag mag ik dit doen, en kan ik dat uitleggen aan de cliënt?' },
  ],
  situaties: [],
  casus: {
    titel: 'Een leerling met groeiende problemen',
    situatie:
      'Een schoolmaatschappelijk werker begeleidt een leerling al sinds de tweede klas. Nu, in de vierde klas, zijn de problemen groter en spelen ze ook buiten school.',
    vraag: 'Moet zij andere professionals inschakelen, en wat moet ze daarvoor eerst op een rij hebben?',
    uitwerking:
      'Voordat ze het met de leerling bespreekt, zet ze voor zichzelf op papier welk doel ze wil bereiken, welke informatie daarvoor nodig is en op welke grondslag ze die mag delen. Pas als dat klopt, gaat ze verder.',
  },
  vastleggen: ['Het doel van het delen.', 'Welke gegevens je wilt delen of opvragen.', 'De grondslag.'],
  begrippen: ['welbepaald-doel', 'uitdrukkelijk-omschreven', 'grondslag'],
  bron: bron('4', 'Afweging 2: wanneer mag ik delen?', 5, 6),
};
