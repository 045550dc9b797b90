import { z } from 'zod';

/** The consent clock's moments that send a reminder; stored with each notification. */
export const HerinneringSoortId = z.enum([
  'toestemming-geen-poging',
  'toestemming-max-pogingen',
  'toestemming-termijn-verstreken',
]);
export type HerinneringSoortId = z.infer<typeof HerinneringSoortId>;

/** Reminder texts: what to do, never about whom (they also go out by e-mail). */
export const herinneringTekst: Record<HerinneringSoortId, string> = {
  'toestemming-geen-poging':
    'Voor een deelverzoek is nog geen poging gedaan om toestemming te vragen. Leg een poging vast, of sluit het deelverzoek af als delen niet meer nodig is.',
  'toestemming-max-pogingen':
    'Na het afgesproken aantal pogingen is er geen toestemming. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
  'toestemming-termijn-verstreken':
    'De termijn om toestemming te krijgen is verstreken. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
};
