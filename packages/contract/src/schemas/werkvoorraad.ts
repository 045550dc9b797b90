import { WerkSoortId } from '@deelwijs/content';
import { Afweging4 } from '@deelwijs/domain';
import { z } from 'zod';
import { DeelverzoekView } from './deelverzoeken';

/** A reminder for one person (in-app notification). */
export const NotificatieView = z.object({
  id: z.string(),
  deelverzoekId: z.uuid(),
  /**
   * Which deelverzoek it is about, looked up when read (never in the reminder itself, which also
   * goes out by e-mail): the client's pseudonym and the first characters of the deelverzoek's id.
   */
  deelverzoek: z.object({ kort: z.string(), pseudoniem: z.string() }),
  soort: z.string(),
  tekst: z.string(),
  aangemaaktOp: z.iso.datetime({ offset: true }),
  gelezen: z.boolean(),
});
export type NotificatieView = z.infer<typeof NotificatieView>;

/**
 * One thing that waits for me on a deelverzoek of my team (a review, a signature, an uitstel). Only
 * what the list needs — never the doel or the weighing — so a review in the pool shows no more
 * than a collega needs to decide to take it.
 */
export const WerkItem = z
  .object({
    soort: WerkSoortId,
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    /** 4a or 4c for a doorbreking; null for an uitstel. */
    afweging: Afweging4.nullable(),
    /** Urgent (vitaal belang, no time) or shared at once in acute danger. */
    spoed: z.boolean(),
    /** When this step is due (the werkvoorraad's next moment, as the process set it). */
    uiterlijk: z.iso.datetime({ offset: true }).nullable(),
    /** The policy set this deadline in werkdagen: what is left is counted in werkdagen too. */
    inWerkdagen: z.boolean(),
  })
  .meta({ id: 'WerkItem' });
export type WerkItem = z.infer<typeof WerkItem>;

/**
 * What I must do now: my reviews (assigned to me, and my team's pool), the signatures and uitstel
 * decisions waiting for me — acute first, then urgent, then by deadline — and, for a casemanager,
 * the team's open deelverzoeken (the next due first); plus my reminders.
 */
export const Werkvoorraad = z.object({
  taken: z.array(WerkItem),
  deelverzoeken: z.array(DeelverzoekView),
  totaalOpen: z.number().int(),
  notificaties: z.array(NotificatieView),
});
export type Werkvoorraad = z.infer<typeof Werkvoorraad>;

export const NotificatieParams = z.object({ id: z.string().min(1).max(200) });
export type NotificatieParams = z.infer<typeof NotificatieParams>;

/**
 * A deelverzoek whose review lies in the team's pool, as a deskundige collega who has not taken it
 * sees it (GET …/wizard): what the list shows, and the volgnummer to take it with (toetsing-oppakken).
 * Once taken, the same route gives the whole page.
 */
export const ToetsingInPoolView = WerkItem.extend({
  soort: z.literal('toetsing-in-pool'),
  volgnummer: z.number().int().min(1),
}).meta({ id: 'ToetsingInPoolView' });
export type ToetsingInPoolView = z.infer<typeof ToetsingInPoolView>;
