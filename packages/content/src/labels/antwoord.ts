import { Antwoord } from '../afwegingen/afweging.schema';

/** The answers on the edges of the afwegingen graphs, as the wizard offers them. */
export const antwoordLabel: Record<Antwoord, string> = {
  ja: 'Ja',
  nee: 'Nee',
  verder: 'Verder',
};
