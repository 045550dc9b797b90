import { bron } from '../bronnen/bron.schema';
import type { Afweging } from './afweging.schema';
import { vragenAfweging4b } from './toetsvragen';

export const afweging4b: Afweging = {
  id: '4b',
  titel: 'Afweging 4b: de cliënt niet vooraf inlichten?',
  kernvraag: 'Ik wil informatie delen, maar het lijkt beter de cliënt daar vooraf niets over te zeggen.',
  uitleg: [
    'Delen zonder toestemming is al een uitzondering. Delen zonder dat de cliënt het vooraf weet, is nog uitzonderlijker.',
    'Dat mag alleen bij een van de drie gerechtvaardigde redenen en nadat je met collega’s hebt overlegd.',
    'Je vertelt de cliënt achteraf, zo snel als het kan, dat je zonder zijn toestemming informatie hebt gedeeld.',
  ],
  start: 'a4b.overleg',
  nodes: [
    {
      soort: 'actie',
      id: 'a4b.overleg',
      tekst:
        'Overleg met collega’s en onderbouw of er een gerechtvaardigde reden is om de cliënt niet vooraf in te lichten.',
      vereisten: ['collegiale-toetsing', 'dossieraantekening'],
    },
    {
      soort: 'vraag',
      id: 'a4b.gerechtvaardigde-reden',
      tekst:
        'Is er een gerechtvaardigde reden: strafbare feiten voorkomen, de cliënt beschermen, of de rechten en vrijheden van anderen beschermen?',
      begrippen: ['gerechtvaardigde-reden'],
    },
    {
      soort: 'uitkomst',
      id: 'a4b.wel-informeren',
      uitkomst: 'delen-zonder-toestemming',
      tekst: 'Er is geen gerechtvaardigde reden. Vertel de cliënt vooraf dat je informatie gaat delen.',
      vereisten: ['informeren-vooraf', 'akkoord-leidinggevende', 'dossieraantekening'],
      vervolg: [],
    },
    {
      soort: 'actie',
      id: 'a4b.akkoord',
      tekst:
        'Leg de reden vast en vraag je leidinggevende om akkoord om de cliënt niet vooraf in te lichten.',
      vereisten: ['akkoord-leidinggevende', 'dossieraantekening'],
    },
    {
      soort: 'uitkomst',
      id: 'a4b.delen-zonder-informeren',
      uitkomst: 'delen-zonder-vooraf-informeren',
      tekst:
        'Je mag delen zonder de cliënt vooraf in te lichten. Vertel het hem achteraf zo snel als het kan, uiterlijk binnen een maand, tenzij uitstel gerechtvaardigd is.',
      vereisten: ['informeren-achteraf', 'dossieraantekening'],
      vervolg: [],
    },
  ],
  edges: [
    { van: 'a4b.overleg', naar: 'a4b.gerechtvaardigde-reden', antwoord: 'verder' },
    { van: 'a4b.gerechtvaardigde-reden', naar: 'a4b.akkoord', antwoord: 'ja' },
    { van: 'a4b.gerechtvaardigde-reden', naar: 'a4b.wel-informeren', antwoord: 'nee' },
    { van: 'a4b.akkoord', naar: 'a4b.delen-zonder-informeren', antwoord: 'verder' },
  ],
  reflectievragen: vragenAfweging4b,
  situaties: [],
  casus: {
    titel: 'Een oudere man met alzheimer wordt mishandeld',
    situatie:
      'Een maatschappelijk werker ziet dat een oudere man met vergevorderde alzheimer wordt mishandeld door zijn zoon, die bij hem inwoont. De zoon staat bekend als gewelddadig en is niet op zijn gedrag aan te spreken. De moeder is de wettelijk vertegenwoordiger, maar durft uit angst niets te doen; de andere kinderen komen niet meer langs.',
    vraag:
      'De maatschappelijk werker vindt dat er ingegrepen moet worden. Moet zij het gezin eerst inlichten?',
    uitwerking:
      'Vooraf inlichten kan de man en zijn vrouw in gevaar brengen. Na overleg met collega’s kan zij zich beroepen op de bescherming van de betrokkene en de rechten van anderen. Zij legt dat vast, vraagt akkoord van haar leidinggevende, deelt wat nodig is met de juiste hulpverlening en licht het gezin achteraf in zodra dat veilig kan.',
  },
  vastleggen: [
    'Welke gerechtvaardigde reden er is en waarom.',
    'Met welke collega’s je overlegde.',
    'Het akkoord van de leidinggevende.',
    'Wanneer en hoe je de cliënt achteraf hebt ingelicht, en hoe hij reageerde.',
  ],
  begrippen: ['gerechtvaardigde-reden', 'transparantie', 'doorbreking'],
  bron: bron('4', 'Afweging 4b: cliënt niet informeren?', 8),
};
