import { z } from 'zod';
import { DeelverzoekView } from './deelverzoeken';

/** A reminder for one person (in-app notification). */
export const NotificatieView = z.object({
  id: z.string(),
  deelverzoekId: z.uuid(),
  soort: z.string(),
  tekst: z.string(),
  aangemaaktOp: z.iso.datetime({ offset: true }),
  gelezen: z.boolean(),
});
export type NotificatieView = z.infer<typeof NotificatieView>;

/** The casemanager's home: open deelverzoeken (the next due first) and the reminders. */
export const Werkvoorraad = z.object({
  deelverzoeken: z.array(DeelverzoekView),
  totaalOpen: z.number().int(),
  notificaties: z.array(NotificatieView),
});
export type Werkvoorraad = z.infer<typeof Werkvoorraad>;

export const NotificatieParams = z.object({ id: z.string().min(1).max(200) });
export type NotificatieParams = z.infer<typeof NotificatieParams>;
