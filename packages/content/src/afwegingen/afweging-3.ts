import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';

export const afweging3: Afweging = {
  id: '3',
  titel: 'Afweging 3: zo beperkt mogelijk',
  kernvraag: 'Hoe houd ik het bespreken en delen van gegevens van de cliënt zo klein mogelijk?',
  uitleg: [
    'Je toetst het delen op doelmatigheid, proportionaliteit en subsidiariteit.',
    'De regel is dat de cliënt weet wat je gaat doen en ermee instemt. Loop de vragen daarom samen met de cliënt (of zijn vertegenwoordiger) door en maak concreet wat je deelt, met wie, waar en hoe.',
    'Zo kan de cliënt vrij, goed geïnformeerd en zonder twijfel ja of nee zeggen. Dan heb je toestemming, en die leg je vast.',
  ],
  start: 'a3.doelmatigheid',
  nodes: [
    {
      soort: 'vraag',
      id: 'a3.doelmatigheid',
      tekst:
        'Is delen (of opvragen, inzien, wijzigen, wissen) de minst ingrijpende manier om je doel te bereiken?',
      toelichting: 'Doelmatigheid.',
      begrippen: ['doelmatigheid'],
    },
    {
      soort: 'vraag',
      id: 'a3.proportionaliteit',
      tekst: 'Is alles wat je wilt delen echt van belang voor het doel?',
      toelichting: 'Proportionaliteit.',
      begrippen: ['proportionaliteit', 'nice-to-have'],
    },
    {
      soort: 'vraag',
      id: 'a3.subsidiariteit',
      tekst: 'Kun je delen op een plek of manier waar alleen de betrokken partijen meekijken?',
      toelichting: 'Subsidiariteit.',
      begrippen: ['subsidiariteit'],
    },
    {
      soort: 'actie',
      id: 'a3.voorbereiden',
      tekst:
        'Bereid het delen samen met de cliënt voor: bespreek de drie vragen en maak concreet wat je deelt, met wie, waar en hoe.',
      vereisten: ['dossieraantekening'],
    },
    {
      soort: 'uitkomst',
      id: 'a3.vraag-toestemming',
      uitkomst: 'vraag-toestemming',
      tekst:
        'Vraag de cliënt om toestemming. Stemt hij in, dan deel je precies wat is afgesproken en leg je dat vast.',
      vereisten: ['toestemming-vragen', 'dossieraantekening'],
      vervolg: [{ afweging: '4a', wanneer: 'De cliënt stemt niet in of is niet op tijd te bereiken.' }],
    },
    {
      soort: 'uitkomst',
      id: 'a3.minder-ingrijpend',
      uitkomst: 'niet-delen',
      tekst: 'Deel niet. Kies een maatregel die minder ingrijpt.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'uitkomst',
      id: 'a3.minder-gegevens',
      uitkomst: 'deelverzoek-aanpassen',
      tekst: 'Schrap alles wat niet strikt nodig is voor het doel en loop afweging 3 opnieuw door.',
      vereisten: ['dossieraantekening'],
      vervolg: [{ afweging: '3', wanneer: 'Met alleen de gegevens die echt nodig zijn.' }],
    },
    {
      soort: 'uitkomst',
      id: 'a3.geen-besloten-plek',
      uitkomst: 'niet-delen',
      tekst:
        'Deel niet. Als partijen zonder betrokkenheid meekijken of meeluisteren, veroorzaak je een datalek.',
      vereisten: ['dossieraantekening'],
      vervolg: [],
    },
  ],
  edges: [
    { van: 'a3.doelmatigheid', naar: 'a3.proportionaliteit', antwoord: 'ja' },
    { van: 'a3.doelmatigheid', naar: 'a3.minder-ingrijpend', antwoord: 'nee' },
    { van: 'a3.proportionaliteit', naar: 'a3.subsidiariteit', antwoord: 'ja' },
    { van: 'a3.proportionaliteit', naar: 'a3.minder-gegevens', antwoord: 'nee' },
    { van: 'a3.subsidiariteit', naar: 'a3.voorbereiden', antwoord: 'ja' },
    { van: 'a3.subsidiariteit', naar: 'a3.geen-besloten-plek', antwoord: 'nee' },
    { van: 'a3.voorbereiden', naar: 'a3.vraag-toestemming', antwoord: 'verder' },
  ],
  reflectievragen: [
    {
      id: 'lichtere-weg',
      tekst: 'Is er een lichtere manier om hetzelfde te bereiken, zonder gegevens te delen?',
    },
    { id: 'alleen-nodig', tekst: 'Welke gegevens kan ik weglaten zonder dat het doel in gevaar komt?' },
    {
      id: 'juiste-kring',
      tekst: 'Wie moet er echt bij zijn, en waar kan het gesprek plaatsvinden zonder anderen?',
    },
    {
      id: 'met-client',
      tekst: 'Heb ik dit zo met de cliënt besproken dat hij begrijpt wat er gaat gebeuren?',
    },
  ],
  situaties: [],
  casus: {
    titel: 'Een eenzame oudere vrouw',
    situatie:
      'Een sociaal werker van het wijkteam spreekt een oudere vrouw die steeds eenzamer wordt, maar daar alleen met haar over praat. De vrouw krijgt ook thuiszorg en schuldhulp en komt met alleen AOW niet rond. Ze vindt het goed dat de sociaal werker haar situatie met collega’s bespreekt.',
    vraag: 'Wat bespreekt de sociaal werker wel en niet, en waar doet ze dat?',
    uitwerking:
      'Ze bereidt het overleg samen met de vrouw voor: welke onderwerpen nodig zijn voor het doel, welke niet, wie erbij zijn en waar het gesprek plaatsvindt. Wat ze afspreken, schrijft ze in het dossier.',
  },
  vastleggen: [
    'Wat je met de cliënt besproken hebt, wanneer en met wie.',
    'De afspraken die je gemaakt hebt.',
    'Opmerkingen van de cliënt.',
    'De toestemming: wie, waarvoor, welke gegevens, welke ontvangers, hoe en wanneer.',
  ],
  begrippen: ['doelmatigheid', 'proportionaliteit', 'subsidiariteit', 'toestemming', 'datalek'],
  bron: bron('4', 'Afweging 3: zo beperkt mogelijk', 6),
};
