import { z } from 'zod';

/**
 * A deskundige collega of my own team, as the casemanager picks one for a review or a meldrecht
 * overleg: the account id to send and the name to show, nothing more (no e-mail, no roles).
 */
export const TeamCollega = z
  .object({
    id: z.string(),
    naam: z.string(),
  })
  .meta({ id: 'TeamCollega' });
export type TeamCollega = z.infer<typeof TeamCollega>;
