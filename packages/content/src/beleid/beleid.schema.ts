import { z } from 'zod';

/** A clock length; `seconden` exists so tests can run workflows in seconds instead of days. */
export const Duur = z.object({
  aantal: z.number().int().positive(),
  eenheid: z.enum(['werkdagen', 'kalenderdagen', 'uren', 'minuten', 'seconden']),
});
export type Duur = z.infer<typeof Duur>;

/** An organisation's deadlines (PRODUCT.md, "Default policy"). Every process pins the version it started with. */
export const Beleid = z.object({
  versie: z.string().min(1),
  toestemming: z.object({
    herinneringZonderPoging: Duur,
    maxPogingen: z.number().int().positive(),
    beslismomentZonderAntwoord: Duur,
  }),
  collegialeToetsing: z.object({ herinnering: Duur, escalatie: Duur }),
  akkoordLeidinggevende: z.object({ termijn: Duur, termijnSpoed: Duur }),
  vitaalBelang: z.object({ akkoordAchteraf: Duur }),
  informerenAchteraf: z.object({
    termijn: Duur,
    herinneringen: z.array(Duur).min(1),
  }),
  uitstel: z.object({ maximaal: Duur }),
});
export type Beleid = z.infer<typeof Beleid>;
