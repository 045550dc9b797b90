import { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { VersieNummer } from '@deelwijs/content/versie/changelog';
import { DoorbrekingWacht } from '@deelwijs/domain/doorbreking/doorbreking.schema';
import { z } from 'zod';

/**
 * The doorbreking clock's input, versioned like every workflow input (./invoer). In a module of its own,
 * with deep imports, so the clock's workflow evaluates these few schemas and nothing of the
 * deelverzoek's (docs/performance.md §1).
 */

/**
 * The doorbreking clock's input: the wait it starts with, under the parent's pinned policy and
 * content version. `aanvrager` proposed the doorbreking and is never asked to review it.
 */
export const DoorbrekingsklokInvoerV1 = z.object({
  v: z.literal(1),
  deelverzoekId: z.uuid(),
  aanvrager: z.string().min(1),
  beleid: Beleid,
  contentVersie: VersieNummer,
  wacht: DoorbrekingWacht,
});
export const DoorbrekingsklokInvoer = z.discriminatedUnion('v', [DoorbrekingsklokInvoerV1]);
export type DoorbrekingsklokInvoer = z.output<typeof DoorbrekingsklokInvoer>;
export type DoorbrekingsklokInput = z.input<typeof DoorbrekingsklokInvoerV1>;
