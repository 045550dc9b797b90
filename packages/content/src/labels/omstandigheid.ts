import { z } from 'zod';

/** Circumstances that change what the rules of Bijlage 1 allow (the fields of the domain's Omstandigheden). */
export const OmstandigheidId = z.enum(['vermoedenHuiselijkGeweld', 'optOutDeclaratie', 'acuutVitaalBelang']);
export type OmstandigheidId = z.infer<typeof OmstandigheidId>;

export const omstandigheidLabel: Record<OmstandigheidId, string> = {
  vermoedenHuiselijkGeweld: 'Vermoeden van huiselijk geweld of kindermishandeling',
  optOutDeclaratie: 'De cliënt koos de opt-out voor declaraties',
  acuutVitaalBelang: 'Acuut gevaar voor leven of gezondheid',
};
