import { Beleid } from './beleid.schema';

/** Default deadlines from the product brief; an organisation may override each of them. */
export const standaardBeleid: Beleid = Beleid.parse({
  versie: 'standaard-2025.1',
  toestemming: {
    herinneringZonderPoging: { aantal: 3, eenheid: 'werkdagen' },
    maxPogingen: 3,
    beslismomentZonderAntwoord: { aantal: 14, eenheid: 'kalenderdagen' },
  },
  collegialeToetsing: {
    herinnering: { aantal: 1, eenheid: 'werkdagen' },
    escalatie: { aantal: 2, eenheid: 'werkdagen' },
  },
  akkoordLeidinggevende: {
    termijn: { aantal: 2, eenheid: 'werkdagen' },
    termijnSpoed: { aantal: 4, eenheid: 'uren' },
  },
  vitaalBelang: { akkoordAchteraf: { aantal: 1, eenheid: 'werkdagen' } },
  informerenAchteraf: {
    termijn: { aantal: 30, eenheid: 'kalenderdagen' },
    herinneringen: [
      { aantal: 7, eenheid: 'kalenderdagen' },
      { aantal: 14, eenheid: 'kalenderdagen' },
      { aantal: 21, eenheid: 'kalenderdagen' },
    ],
  },
  uitstel: { maximaal: { aantal: 30, eenheid: 'kalenderdagen' } },
});
