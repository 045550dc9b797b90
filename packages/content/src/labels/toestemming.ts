import { z } from 'zod';

/** How an attempt to get consent was made. */
export const PogingWijzeId = z.enum(['gesprek', 'huisbezoek', 'telefoon', 'brief', 'e-mail']);
export type PogingWijzeId = z.infer<typeof PogingWijzeId>;

export const pogingWijzeLabel: Record<PogingWijzeId, string> = {
  gesprek: 'Gesprek',
  huisbezoek: 'Huisbezoek',
  telefoon: 'Telefoon',
  brief: 'Brief',
  'e-mail': 'E-mail',
};

/** What one attempt brought. */
export const PogingUitkomstId = z.enum(['ja', 'nee', 'geen-antwoord', 'niet-bereikbaar']);
export type PogingUitkomstId = z.infer<typeof PogingUitkomstId>;

export const pogingUitkomstLabel: Record<PogingUitkomstId, string> = {
  ja: 'Ja, toestemming gegeven',
  nee: 'Nee, geweigerd',
  'geen-antwoord': 'Nog geen antwoord',
  'niet-bereikbaar': 'Niet bereikbaar',
};

/** How a given consent is on record (the burden of proof lies with the professional). */
export const ToestemmingWijzeId = z.enum(['mondeling', 'schriftelijk', 'digitaal']);
export type ToestemmingWijzeId = z.infer<typeof ToestemmingWijzeId>;

export const toestemmingWijzeLabel: Record<ToestemmingWijzeId, string> = {
  mondeling: 'Mondeling',
  schriftelijk: 'Schriftelijk',
  digitaal: 'Digitaal',
};

/** Heading of a party who is told, not asked (e.g. a child under 12 while the parents decide). */
export const informerenKop = 'Informeren (niet om toestemming vragen)';

/** One sentence for the professional on what informing such a party means. */
export const informerenUitleg =
  'Deze persoon beslist niet mee, maar hoort van u wat er met de gegevens gaat gebeuren, in woorden die bij zijn of haar leeftijd en begrip passen.';
