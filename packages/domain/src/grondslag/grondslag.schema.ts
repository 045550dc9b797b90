import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { GrondslagId } from '@deelwijs/content/grondslagen/grondslagen';
import { RouteSoortId } from '@deelwijs/content/labels/dossier';
import { z } from 'zod';

/**
 * The chosen grondslag with its motivation. `grondslag` is null when the sharing rests not on the
 * AVG but on a specific law (Wet politiegegevens) or on the meldrecht; then `wettelijkeBasis` names it.
 */
export const GrondslagKeuze = z.object({
  grondslag: GrondslagId.nullable(),
  /** An explicit legal basis; also what bijzondere persoonsgegevens need without consent. */
  wettelijkeBasis: z
    .string()
    .trim()
    .max(300, 'De wettelijke basis is te lang (hoogstens 300 tekens).')
    .optional(),
  motivering: z
    .string()
    .trim()
    .min(10, 'Motiveer de grondslag in minstens 10 tekens.')
    .max(4000, 'De motivering is te lang (hoogstens 4000 tekens).'),
});
export type GrondslagKeuze = z.infer<typeof GrondslagKeuze>;

/** Facts about the case that open or close a route. */
export const Omstandigheden = z.object({
  /** A suspicion of huiselijk geweld or kindermishandeling: the meldrecht to Veilig Thuis applies. */
  vermoedenHuiselijkGeweld: z.boolean().default(false),
  /** The client chose the opt-out on declarations: no diagnosis may travel with them. */
  optOutDeclaratie: z.boolean().default(false),
  /** Acute danger to life or health: no time to wait for consent (afweging 4a, vitaal belang). */
  acuutVitaalBelang: z.boolean().default(false),
});
export type Omstandigheden = z.infer<typeof Omstandigheden>;

/** A requested category that may not be shared for this pet, with the reason and its source. */
export const NietDelen = z.object({
  categorie: GegevenscategorieId,
  reden: z.string().min(1),
  bron: z.string().min(1),
  /** True when valid consent would still allow it; false when nothing does. */
  alleenMetToestemming: z.boolean(),
});
export type NietDelen = z.infer<typeof NietDelen>;

/** How the matched Bijlage 1 route lets data move. */
export const RouteSoort = RouteSoortId;
export type RouteSoort = z.infer<typeof RouteSoort>;

/** The routes on which data move without the client's consent. */
export const RouteZonderToestemming = RouteSoort.extract(['grondslag-zonder-toestemming', 'meldrecht']);
export type RouteZonderToestemming = z.infer<typeof RouteZonderToestemming>;
