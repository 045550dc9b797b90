import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';

export const afweging1: Afweging = {
  id: '1',
  titel: 'Afweging 1: hoort de vraag bij mij?',
  kernvraag: 'Is deze vraag van de cliënt iets waar ik met mijn werk iets mee kan en moet?',
  uitleg: [
    'Voordat je iets deelt, ga je na of de vraag wel bij jou thuishoort. Zo niet, dan help je de cliënt naar de juiste plek in plaats van zelf gegevens door te geven.',
  ],
  start: 'a1.hoort-bij-mij',
  nodes: [
    {
      soort: 'vraag',
      id: 'a1.hoort-bij-mij',
      tekst: 'Hoort de vraag bij mij?',
      toelichting: 'Heb je de kennis, de taak en de mogelijkheden om aan de oplossing bij te dragen?',
      begrippen: [],
    },
    {
      soort: 'uitkomst',
      id: 'a1.naar-afweging-2',
      uitkomst: 'ga-naar-afweging',
      tekst: 'De vraag hoort bij jou. Ga verder met afweging 2.',
      vereisten: ['dossieraantekening'],
      vervolg: [{ afweging: '2', wanneer: 'altijd' }],
    },
    {
      soort: 'uitkomst',
      id: 'a1.verwijs-door',
      uitkomst: 'verwijs-door',
      tekst: 'Verwijs de cliënt door en help hem op weg, zodat hij zijn vraag zelf kan oplossen.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
  ],
  edges: [
    { van: 'a1.hoort-bij-mij', naar: 'a1.naar-afweging-2', antwoord: 'ja' },
    { van: 'a1.hoort-bij-mij', naar: 'a1.verwijs-door', antwoord: 'nee' },
  ],
  reflectievragen: [
    { id: 'deskundigheid', tekst: 'Is dit mijn werk: heb ik de kennis en vaardigheden die hier nodig zijn?' },
    { id: 'bijdrage', tekst: 'Kan ik echt iets toevoegen aan de oplossing?' },
    {
      id: 'zelf-oplossen',
      tekst: 'Klopt het dat de cliënt dit niet zelf kan regelen en daarom bij een ander aanklopt?',
    },
    { id: 'eens-met-delen', tekst: 'Vindt de cliënt het goed als er gegevens over hem gedeeld worden?' },
    { id: 'noodzaak', tekst: 'Moet ik persoonsgegevens van de cliënt delen, of kan het zonder?' },
    { id: 'anoniem', tekst: 'Kan ik de situatie anoniem bespreken?' },
    { id: 'minimaal', tekst: 'Welke gegevens zijn minimaal nodig om het gesprek goed te laten verlopen?' },
  ],
  situaties: [],
  casus: {
    titel: 'Klachten over een huurder',
    situatie:
      'Buren klagen bij de woningcorporatie over één huurder. In een gesprek blijkt dat de man het psychisch zwaar heeft. Hij wil weer hulp van een instelling die hem eerder hielp, maar kan dat contact niet zelf leggen.',
    vraag: 'Moet de woningcorporatie zelf uitzoeken wat er met de man aan de hand is?',
    uitwerking:
      'Nee. De hulpvraag hoort niet bij de corporatie, dus zij wil de inhoud ook niet weten. Ze legt met instemming van de man alleen het contact met de instelling, die de juiste deskundigheid heeft. Over de overlast kunnen corporatie en instelling daarna in overleg met de man afspraken maken.',
  },
  vastleggen: [
    'Of de vraag bij jou hoort en waarom.',
    'Bij doorverwijzen: naar wie en hoe je de cliënt op weg hielp.',
  ],
  begrippen: ['anonimiseren'],
  bron: bron('4', 'Afweging 1: vraag voor mij?', 5),
};
