import { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { VersieNummer } from '@deelwijs/content/versie/changelog';
import { IsoTijdstip } from '@deelwijs/domain/werkdagen/amsterdam-tijd';
import { z } from 'zod';

/**
 * The informeren-achteraf clock's input, versioned like every workflow input (./invoer). In a module of its own,
 * with deep imports, so the clock's workflow evaluates these few schemas and nothing of the
 * deelverzoek's (docs/performance.md §1).
 */

/** An approved uitstel as the informeren-achteraf clock needs it: when it runs, nothing of why. */
export const UitstelPeriodeInvoer = z.object({ vanaf: IsoTijdstip, tot: IsoTijdstip });

/**
 * The informeren-achteraf clock's input: from which verstrekking its deadline runs, whom it reminds
 * (the casemanager who recorded the verstrekking) and the uitstel approved so far, under the
 * parent's pinned policy and content version.
 */
export const InformerenAchterafklokInvoerV1 = z.object({
  v: z.literal(1),
  deelverzoekId: z.uuid(),
  casemanager: z.string().min(1),
  beleid: Beleid,
  contentVersie: VersieNummer,
  gedeeldOp: IsoTijdstip,
  uitstel: z.array(UitstelPeriodeInvoer),
});
export const InformerenAchterafklokInvoer = z.discriminatedUnion('v', [InformerenAchterafklokInvoerV1]);
export type InformerenAchterafklokInvoer = z.output<typeof InformerenAchterafklokInvoer>;
export type InformerenAchterafklokInput = z.input<typeof InformerenAchterafklokInvoerV1>;
