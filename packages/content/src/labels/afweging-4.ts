import { z } from 'zod';

/** Why sharing without consent is weighed at all (handbook 4a: refused, unreachable, no time). */
export const Afweging4RedenId = z.enum(['client-weigert', 'geen-antwoord', 'geen-tijd']);
export type Afweging4RedenId = z.infer<typeof Afweging4RedenId>;

export const afweging4RedenLabel: Record<Afweging4RedenId, string> = {
  'client-weigert': 'De cliënt (of vertegenwoordiger) weigert',
  'geen-antwoord': 'Geen antwoord of niet bereikbaar',
  'geen-tijd': 'Geen tijd: acuut gevaar (vitaal belang)',
};
