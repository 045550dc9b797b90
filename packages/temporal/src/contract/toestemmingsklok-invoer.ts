import { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { VersieNummer } from '@deelwijs/content/versie/changelog';
import { z } from 'zod';
import { metVersie } from './invoer-basis';

/**
 * The consent clock's input, versioned like every workflow input (./invoer). In a module of its own,
 * with deep imports, so the clock's workflow evaluates these few schemas and nothing of the
 * deelverzoek's (docs/performance.md §1).
 */

/** The consent clock's input: whom it reminds, under which policy, from when. */
const ToestemmingsklokVelden = z.object({
  deelverzoekId: z.uuid(),
  /** Who is reminded: the professional who asks for consent. */
  gebruikerId: z.string().min(1),
  beleid: Beleid,
  gestartOp: z.iso.datetime(),
});

/** Version 1 carries the parent's content version, so the clock's own rule is versioned with it. */
export const ToestemmingsklokInvoerV1 = ToestemmingsklokVelden.extend({
  v: z.literal(1),
  contentVersie: VersieNummer,
});
/** Version 0: the shape without `v` (and without a content version). */
export const ToestemmingsklokInvoerV0 = ToestemmingsklokVelden.extend({ v: z.literal(0) });

/** The only content version there was before the clock's input carried one. */
const CONTENT_VERSIE_VOOR_V1 = '2025.1.0';

export const ToestemmingsklokInvoer = z
  .preprocess(metVersie, z.discriminatedUnion('v', [ToestemmingsklokInvoerV1, ToestemmingsklokInvoerV0]))
  .transform((invoer) =>
    invoer.v === 1 ? invoer : { ...invoer, v: 1 as const, contentVersie: CONTENT_VERSIE_VOOR_V1 },
  );
export type ToestemmingsklokInvoer = z.output<typeof ToestemmingsklokInvoer>;
export type ToestemmingsklokInput = z.input<typeof ToestemmingsklokInvoerV1>;
