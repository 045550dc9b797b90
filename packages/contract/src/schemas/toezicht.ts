import { HandtekeningSignaalId } from '@deelwijs/content';
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
