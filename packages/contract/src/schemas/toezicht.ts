import { HandtekeningSignaalId, InformerenAchterafRouteId } from '@deelwijs/content';
import { Afweging4 } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering } from './algemeen';

/** `?team=` narrows the privacy officer's list to one team; paged like every list. */
export const HandtekeningenQuery = Paginering.extend({
  team: z
    .string()
    .trim()
    .min(1)
    .max(100, 'Een teamnaam is hoogstens 100 tekens.')
    .regex(/^[a-z0-9-]+$/, 'Een team wordt genoemd met kleine letters, cijfers en streepjes.')
    .optional(),
});
export type HandtekeningenQuery = z.infer<typeof HandtekeningenQuery>;

/**
 * One doorbreking on the privacy officer's list of sign-offs: process metadata only (pseudonym,
 * team, kind, since when, deadline), never the doel or the weighing.
 */
export const HandtekeningSignaal = z
  .object({
    signaal: HandtekeningSignaalId,
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    team: z.string(),
    afweging: Afweging4.nullable(),
    /** Since when the signature is awaited: the review, or the acute verstrekking. */
    sinds: z.iso.datetime({ offset: true }).nullable(),
    /** The deadline that passed; null once refused afterwards (no longer awaited). */
    uiterlijk: z.iso.datetime({ offset: true }).nullable(),
    /** When the leidinggevende refused, for an acute verstrekking refused afterwards. */
    afgewezenOp: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'HandtekeningSignaal' });
export type HandtekeningSignaal = z.infer<typeof HandtekeningSignaal>;

/** `?team=` and paging, as for the sign-offs. */
export const InformerenAchterafQuery = HandtekeningenQuery;
export type InformerenAchterafQuery = z.infer<typeof InformerenAchterafQuery>;

/**
 * One client still to be told afterwards on the privacy officer's list: process metadata only
 * (pseudonym, team, route, when shared, the deadline, the uitstel), never the doel or the weighing.
 */
export const InformerenAchterafSignaal = z
  .object({
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    team: z.string(),
    route: InformerenAchterafRouteId,
    /** When the data was shared; the deadline runs from here. */
    verstrektOp: z.iso.datetime({ offset: true }),
    /** When the client must have been told, after any approved uitstel. */
    uiterlijk: z.iso.datetime({ offset: true }),
    /** The end of the latest approved uitstel; null without one. */
    uitstelTot: z.iso.datetime({ offset: true }).nullable(),
    /** The deadline has passed. */
    teLaat: z.boolean(),
    /** An uitstel was asked for and waits on a leidinggevende's decision. */
    uitstelGevraagd: z.boolean(),
  })
  .meta({ id: 'InformerenAchterafSignaal' });
export type InformerenAchterafSignaal = z.infer<typeof InformerenAchterafSignaal>;
