import { ToestemmingOpdracht, ToestemmingRecord } from '@deelwijs/domain';
import { z } from 'zod';

/**
 * A consent of a client as a record of its own: given in a deelverzoek, withdrawable there while
 * that is open and here once it is closed.
 */
export const ToestemmingView = ToestemmingRecord.extend({
  /** Who gave it, for the screen: "de cliënt" or the representative's name and role. */
  gegevenDoorLabel: z.string(),
  /** While the deelverzoek it was given in is open, it is withdrawn there (`toestemming-intrekken`). */
  deelverzoekOpen: z.boolean(),
}).meta({ id: 'ToestemmingView' });
export type ToestemmingView = z.infer<typeof ToestemmingView>;

/** `POST /toestemmingen/{id}/intrekken`: why. Who withdraws it comes from the session. */
export const ToestemmingIntrekken = ToestemmingOpdracht.options[0].omit({ soort: true }).meta({
  id: 'ToestemmingIntrekken',
});
export type ToestemmingIntrekken = z.infer<typeof ToestemmingIntrekken>;
