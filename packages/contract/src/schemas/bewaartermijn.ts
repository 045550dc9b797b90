import { BEWAARSOORTEN } from '@deelwijs/content';
import { z } from 'zod';

const Tijdstip = z.iso.datetime({ offset: true });

/** One kind of record in a retention run: its period, the limit, and counts only. */
export const BewaartermijnRegelView = z.object({
  soort: z.enum(BEWAARSOORTEN),
  termijn: z.object({ aantal: z.number().int().positive(), eenheid: z.enum(['jaren', 'dagen']) }),
  /** Records from before this moment were past their period. */
  grens: Tijdstip,
  verlopen: z.number().int().nonnegative(),
  /** The oldest record past its period; null when none was. */
  oudste: Tijdstip.nullable(),
  verwijderd: z.number().int().nonnegative(),
  /** Dossier chains the database would not shorten because they are not whole (see the dossiercontrole). */
  geweigerd: z.number().int().nonnegative(),
});

/** One retention run's report. */
export const BewaartermijnRapport = z.object({
  id: z.uuid(),
  gemetenOp: Tijdstip,
  beleidVersie: z.string(),
  /** Whether the run removed, or only reported what it would. */
  verwijderen: z.boolean(),
  regels: z.array(BewaartermijnRegelView),
});
export type BewaartermijnRapport = z.infer<typeof BewaartermijnRapport>;

/** The retention schedule as Temporal has it; null when it cannot be read (Temporal away, not planned). */
export const BewaartermijnPlanning = z.object({
  /** How often it runs, as the worker set it (e.g. `24h`). */
  interval: z.string().nullable(),
  verwijderen: z.boolean().nullable(),
  volgendeRun: Tijdstip.nullable(),
});

export const BewaartermijnOverzicht = z.object({
  /** The newest reports first, at most 10. */
  rapporten: z.array(BewaartermijnRapport),
  planning: BewaartermijnPlanning.nullable(),
});
export type BewaartermijnOverzicht = z.infer<typeof BewaartermijnOverzicht>;
