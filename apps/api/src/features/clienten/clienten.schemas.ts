import { z } from 'zod';

export const ClientView = z.object({
  id: z.uuid(),
  pseudoniem: z.string(),
  naam: z.string(),
  geboortedatum: z.iso.date(),
  team: z.string(),
});
export type ClientView = z.infer<typeof ClientView>;
