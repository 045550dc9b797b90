import { z } from 'zod';

/**
 * RFC 9457 problem details, as every error leaves the API. Messages are Dutch and meant for the
 * person at the screen; they never repeat client data. `detail` is always there (Dutch API Design
 * Rules, /core/error-handling/problem-details).
 */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    /** Field-level messages for forms. */
    fouten: z
      .array(z.object({ pad: z.string(), bericht: z.string() }))
      .optional()
      .meta({ description: 'Meldingen per veld, voor formulieren' }),
    /** Rules from the afwegingskader that forbid the action, with their handbook source. */
    overtredingen: z
      .array(z.object({ code: z.string(), bericht: z.string(), bron: z.string() }))
      .optional()
      .meta({
        description: 'De regels van het afwegingskader die dit verbieden, met de bron in de handleiding',
      }),
    /** Readiness: the parts of the product that do not answer. */
    ontbreekt: z
      .array(z.enum(['database', 'temporal']))
      .optional()
      .meta({ description: 'Alleen bij readiness: de onderdelen die niet antwoorden' }),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
