/** Reminder texts: what to do, never about whom. Kinds match the consent clock's moments. */
export const herinneringTekst = {
  'toestemming-geen-poging':
    'Voor een deelverzoek is nog geen poging gedaan om toestemming te vragen. Leg een poging vast, of sluit het deelverzoek af als delen niet meer nodig is.',
  'toestemming-max-pogingen':
    'Na het afgesproken aantal pogingen is er geen toestemming. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
  'toestemming-termijn-verstreken':
    'De termijn om toestemming te krijgen is verstreken. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
} as const;
export type HerinneringSoort = keyof typeof herinneringTekst;
