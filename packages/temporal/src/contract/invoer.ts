import { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { Bewaarbeleid } from '@deelwijs/content/bewaartermijnen/bewaarbeleid';
import { VersieNummer } from '@deelwijs/content/versie/changelog';
import { NieuwDeelverzoek } from '@deelwijs/domain/deelverzoek/deelverzoek.schema';
import { Actor } from '@deelwijs/domain/dossieraantekening/dossieraantekening.schema';
import { Professional } from '@deelwijs/domain/professional/professional.schema';
import { Client } from '@deelwijs/domain/vertegenwoordiging/vertegenwoordiging.schema';
import { IsoTijdstip } from '@deelwijs/domain/werkdagen/amsterdam-tijd';
import { z } from 'zod';
import { metVersie } from './invoer-basis';

/**
 * Workflow inputs, versioned. A workflow's input stays in its history for as long as the process
 * runs (weeks) and is read again on every replay, so every shape ever sent stays accepted here:
 * a new shape is a new `v`, with a transform that brings each older one up to the newest.
 * The API parses before it starts a workflow, the workflow parses again at its start.
 * Each clock's input is in a module of its own (./toestemmingsklok-invoer, …), the shared helpers in ./invoer-basis (re-exported here).
 */

export * from './doorbrekingsklok-invoer';
export * from './informeren-achterafklok-invoer';
export { invoerProblemen, ONGELDIGE_INVOER_FAILURE } from './invoer-basis';
export * from './toestemmingsklok-invoer';

/** A deelverzoek as it starts: who asks what, under which content and policy version (both pinned). */
const DeelverzoekVelden = z.object({
  /** Also the workflow id. */
  id: z.uuid(),
  aanvraag: NieuwDeelverzoek,
  door: Actor,
  /** The rules run under this content version for the whole process (see apps/worker/README.md). */
  contentVersie: VersieNummer,
  /** The whole policy, pinned: the process keeps the deadlines it started under. */
  beleid: Beleid,
  /** Who the client is for the rules (age, representation) and who the professional is (pet, secrecy). */
  client: Client,
  professional: Professional,
});

/** Version 0: the shape without `v`. */
export const DeelverzoekInvoerV0 = DeelverzoekVelden.extend({ v: z.literal(0) });
/** Version 1: the same fields, with `v`. */
export const DeelverzoekInvoerV1 = DeelverzoekVelden.extend({ v: z.literal(1) });

/** Any input a deelverzoek workflow was ever started with, read as the newest version. */
export const DeelverzoekInvoer = z
  .preprocess(metVersie, z.discriminatedUnion('v', [DeelverzoekInvoerV1, DeelverzoekInvoerV0]))
  .transform((invoer) => ({ ...invoer, v: 1 as const }));
/** What the workflow works with (the newest version). */
export type DeelverzoekInvoer = z.output<typeof DeelverzoekInvoer>;
/** What a caller starts a deelverzoek workflow with: always the newest version. */
export type DeelverzoekWorkflowInput = z.input<typeof DeelverzoekInvoerV1>;

/** The retention workflow's type name: the worker's schedule starts it, nothing else does. */
export const BEWAARTERMIJN_WORKFLOW = 'bewaartermijnWorkflow';

/**
 * The retention run's input, set on the Temporal Schedule: whether it removes or only reports, and
 * the policy when not the default one (validated with its minimums here and again in the workflow).
 */
export const BewaartermijnInvoerV1 = z.object({
  v: z.literal(1),
  verwijderen: z.boolean(),
  bewaarbeleid: Bewaarbeleid.optional(),
});
export const BewaartermijnInvoer = z.discriminatedUnion('v', [BewaartermijnInvoerV1]);
export type BewaartermijnInvoer = z.output<typeof BewaartermijnInvoer>;
export type BewaartermijnInput = z.input<typeof BewaartermijnInvoerV1>;

/** Which link of which account to mail, and until when it works (the token is made by the activity). */
export const UitnodigingInvoerV1 = z.object({
  v: z.literal(1),
  gebruikerId: z.string().min(1).max(120),
  volgnummer: z.number().int().min(1),
  verlooptOp: IsoTijdstip,
});
export const UitnodigingInvoer = z.discriminatedUnion('v', [UitnodigingInvoerV1]);
export type UitnodigingInvoer = z.output<typeof UitnodigingInvoer>;
export type UitnodigingWorkflowInput = z.input<typeof UitnodigingInvoerV1>;
