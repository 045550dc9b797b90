import { DeelverzoekStatus, Ontvanger, VolgendeActie } from '@deelwijs/domain';
import { z } from 'zod';

export const DeelverzoekView = z.object({
  id: z.uuid(),
  client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
  doel: z.string(),
  ontvangers: z.array(Ontvanger),
  status: DeelverzoekStatus,
  statusLabel: z.string(),
  afgesloten: z.boolean(),
  aangemaaktDoor: z.object({ gebruikerId: z.string() }),
  aangemaaktOp: z.iso.datetime({ offset: true }),
  bijgewerktOp: z.iso.datetime({ offset: true }),
  contentVersie: z.string(),
  beleidVersie: z.string(),
  /** What the process waits for next and when it is due (werkvoorraad). */
  volgendeActie: VolgendeActie.nullable(),
  volgendeActieOp: z.iso.datetime({ offset: true }).nullable(),
});
export type DeelverzoekView = z.infer<typeof DeelverzoekView>;

/** Returned by POST when the worker has not written the deelverzoek yet; it will, durably. */
export const DeelverzoekInBehandeling = z.object({
  id: z.uuid(),
  geregistreerd: z.literal(false),
  bericht: z.string(),
});
export type DeelverzoekInBehandeling = z.infer<typeof DeelverzoekInBehandeling>;

export const DossieraantekeningView = z.object({
  id: z.string(),
  soort: z.string(),
  tekst: z.string(),
  door: z.object({ gebruikerId: z.string() }),
  op: z.iso.datetime({ offset: true }),
  contentVersie: z.string(),
  beleidVersie: z.string(),
});
