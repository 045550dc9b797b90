import type { Beleid, Duur } from './beleid.schema';

/** Each clock of the policy as the beheerder's screen names and explains it, in the process's order. */
export interface Klok {
  pad: string;
  label: string;
  uitleg: string;
}

export const BELEID_GROEPEN: ReadonlyArray<{
  groep: Exclude<keyof Beleid, 'versie'>;
  titel: string;
  klokken: Klok[];
}> = [
  {
    groep: 'toestemming',
    titel: 'Toestemming vragen',
    klokken: [
      {
        pad: 'toestemming.herinneringZonderPoging',
        label: 'Herinnering als er nog niet om toestemming is gevraagd',
        uitleg:
          'De casemanager krijgt een herinnering als er zo lang na de start van afweging 4a geen poging is vastgelegd.',
      },
      {
        pad: 'toestemming.beslismomentZonderAntwoord',
        label: 'Beslismoment als de cliënt niet antwoordt',
        uitleg:
          'Na een poging zonder antwoord moet de casemanager na deze tijd beslissen hoe het verder gaat.',
      },
    ],
  },
  {
    groep: 'collegialeToetsing',
    titel: 'Collegiale toetsing',
    klokken: [
      {
        pad: 'collegialeToetsing.herinnering',
        label: 'Herinnering aan de deskundige collega',
        uitleg: 'Zo lang na de vraag om te toetsen krijgt de collega een herinnering.',
      },
      {
        pad: 'collegialeToetsing.escalatie',
        label: 'Melding aan de leidinggevende als de toetsing uitblijft',
        uitleg: 'Is de toetsing na deze tijd niet gedaan, dan hoort de leidinggevende het.',
      },
    ],
  },
  {
    groep: 'akkoordLeidinggevende',
    titel: 'Akkoord van de leidinggevende',
    klokken: [
      {
        pad: 'akkoordLeidinggevende.termijn',
        label: 'Termijn voor het akkoord',
        uitleg:
          'Binnen deze tijd tekent de leidinggevende een doorbreking van het beroepsgeheim, of wijst die af.',
      },
      {
        pad: 'akkoordLeidinggevende.termijnSpoed',
        label: 'Termijn voor het akkoord bij spoed',
        uitleg: 'Dezelfde termijn als het deelverzoek spoed heeft; nooit langer dan de gewone.',
      },
    ],
  },
  {
    groep: 'vitaalBelang',
    titel: 'Acuut vitaal belang',
    klokken: [
      {
        pad: 'vitaalBelang.akkoordAchteraf',
        label: 'Akkoord achteraf na een acute verstrekking',
        uitleg: 'Wie bij acuut gevaar meteen deelde, laat dat binnen deze tijd achteraf toetsen en tekenen.',
      },
    ],
  },
  {
    groep: 'informerenAchteraf',
    titel: 'De cliënt achteraf informeren',
    klokken: [
      {
        pad: 'informerenAchteraf.termijn',
        label: 'Uiterste termijn om de cliënt te informeren',
        uitleg: 'Zo snel als het kan, en uiterlijk na deze tijd. De wet staat hoogstens een maand toe.',
      },
      {
        pad: 'informerenAchteraf.herinneringen',
        label: 'Herinneringen aan het informeren',
        uitleg:
          'Op deze momenten na het delen krijgt de casemanager een herinnering, elke keer later dan de vorige.',
      },
    ],
  },
  {
    groep: 'uitstel',
    titel: 'Uitstel van het informeren',
    klokken: [
      {
        pad: 'uitstel.maximaal',
        label: 'Langste periode van uitstel per keer',
        uitleg:
          'Uitstel kan alleen met een gerechtvaardigde reden en een akkoord; daarna volgt een nieuwe beoordeling.',
      },
    ],
  },
];

/** The number the policy also holds: how often consent is asked before the casemanager must decide. */
export const MAX_POGINGEN_LABEL = {
  label: 'Aantal pogingen om toestemming te vragen',
  uitleg: 'Na zoveel pogingen zonder antwoord beslist de casemanager hoe het verder gaat.',
};

/** The units an organisation chooses from, as the screen says them. */
export const BELEID_EENHEDEN: ReadonlyArray<{ eenheid: Duur['eenheid']; label: string }> = [
  { eenheid: 'werkdagen', label: 'werkdagen' },
  { eenheid: 'kalenderdagen', label: 'kalenderdagen' },
  { eenheid: 'uren', label: 'uur' },
];

const ENKELVOUD: Record<Duur['eenheid'], [string, string]> = {
  werkdagen: ['werkdag', 'werkdagen'],
  kalenderdagen: ['kalenderdag', 'kalenderdagen'],
  uren: ['uur', 'uur'],
  minuten: ['minuut', 'minuten'],
  seconden: ['seconde', 'seconden'],
};

/** A clock in words: "3 werkdagen", "1 kalenderdag", "4 uur". */
export const duurInWoorden = (d: Duur) => `${d.aantal} ${ENKELVOUD[d.eenheid][d.aantal === 1 ? 0 : 1]}`;
