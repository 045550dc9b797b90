import type { Opdracht } from '@deelwijs/domain';

// The first two afwegingen as a casemanager answers them on the consent path; several workflow
// tests walk them before the step they are about.
export const grondslagToestemming = {
  grondslag: 'toestemming',
  motivering: 'De cliënt kan vrij kiezen en weet waarvoor.',
} as const;

export const afweging1Ja: Opdracht = {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' },
};

export const afweging2Ja = {
  soort: 'afweging-2',
  antwoord: {
    welbepaaldDoel: true,
    uitdrukkelijkOmschreven: true,
    gegevens: ['relevante-hulpinformatie'],
    grondslag: grondslagToestemming,
    toelichting: 'Doel en gegevens doorgenomen.',
  },
} as Opdracht;
