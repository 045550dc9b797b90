import type { Vraag } from './afweging.schema';

/**
 * The five questions before sharing without consent (afweging 4a). They go back to the Kleine Gids
 * Privacy en beroepsgeheim (Janssen); the handbook and the background articles use the same five.
 */
export const vijfVragenAfweging4a: Vraag[] = [
  {
    id: 'zwaarwegend-belang',
    tekst:
      'Om welk zwaarwegend belang gaat het, van de cliënt zelf of van iemand anders, en dien ik dat door te delen? Met wie heb ik dat besproken en getoetst?',
  },
  { id: 'zonder-delen', tekst: 'Kan ik dat belang ook dienen zonder gegevens te delen?' },
  {
    id: 'toch-toestemming',
    tekst:
      'Kan ik, gezien de veiligheid van iedereen, nog in gesprek gaan om toch toestemming te krijgen? En heb ik daar genoeg moeite voor gedaan?',
  },
  {
    id: 'veiligheid-weegt-zwaarder',
    tekst:
      'Weegt de veiligheid van de cliënt of de mensen om hem heen zwaarder dan zijn belang bij geheimhouding?',
  },
  {
    id: 'wat-wie-waarvoor',
    tekst:
      'Als ik deel: met wie, welke gegevens precies, en wat moet het delen opleveren om de situatie echt te verbeteren?',
  },
];

/** The professional questions of afweging 4b (not telling the client beforehand). */
export const vragenAfweging4b: Vraag[] = [
  {
    id: 'zwaarwegend-belang',
    tekst: 'Welk zwaarwegend belang maakt dat ik toch wil delen? Kom ik in gewetensnood?',
  },
  { id: 'enige-weg', tekst: 'Is spreken de enige mogelijkheid, of kan het ook op een andere manier?' },
  { id: 'overeenstemming', tekst: 'Heb ik genoeg geprobeerd om het met de cliënt eens te worden?' },
  {
    id: 'hulp-in-gevaar',
    tekst:
      'Komt de hulp aan de cliënt in gevaar als ik hem vooraf inlicht, en is dat nog anders op te lossen?',
  },
  {
    id: 'schade',
    tekst: 'Loopt de cliënt of iemand anders schade of gevaar, en kan ik dat voorkomen door te spreken?',
  },
];

/** Three situations in which a conflict van plichten may arise (afweging 4a). */
export const situatiesConflictVanPlichten: string[] = [
  'De cliënt geeft geen toestemming, maar er zijn zwaarwegende professionele redenen waarom hulp nodig is.',
  'Je kunt de cliënt of zijn vertegenwoordiger niet bereiken en er is redelijkerwijs geen tijd om op overleg en toestemming te wachten.',
  'De veiligheid van de cliënt, van de samenleving of van de hulpverlener staat op het spel: er is een vitaal belang.',
];
