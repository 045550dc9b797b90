import { z } from 'zod';

/**
 * What a running deelverzoek waits for, as the werkvoorraad shows it. The domain decides which one
 * is due and when (`volgendeActie`); the values are stored, so they never change meaning.
 */
export const VolgendeActieId = z.enum([
  'toestemming-vragen',
  'collegiale-toetsing',
  'akkoord-leidinggevende',
  'informeren-achteraf',
  /** Not a step of the process: the last step could not be written (the workflow undid it). */
  'storing',
  // Appended, so stored values keep their meaning.
  /** Shared at once in acute danger; the leidinggevende's signature must follow. */
  'akkoord-achteraf',
  /** The professional asked to postpone telling the client; a leidinggevende decides. */
  'uitstel-beoordelen',
]);
export type VolgendeActieId = z.infer<typeof VolgendeActieId>;

export const volgendeActieLabel: Record<VolgendeActieId, string> = {
  'toestemming-vragen': 'Toestemming vragen',
  'collegiale-toetsing': 'Wacht op collegiale toetsing',
  'akkoord-leidinggevende': 'Wacht op akkoord leidinggevende',
  'informeren-achteraf': 'Cliënt achteraf informeren',
  storing: 'Storing: doe de laatste stap opnieuw',
  'akkoord-achteraf': 'Acuut gedeeld: akkoord achteraf',
  'uitstel-beoordelen': 'Wacht op besluit over uitstel',
};
