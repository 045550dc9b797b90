import { z } from 'zod';

export const Leeft = z.object({ status: z.literal('ok') });
export type Leeft = z.infer<typeof Leeft>;

export const Gereed = z.object({
  status: z.literal('gereed'),
  onderdelen: z.object({ database: z.literal('bereikbaar'), temporal: z.literal('bereikbaar') }),
});
export type Gereed = z.infer<typeof Gereed>;
