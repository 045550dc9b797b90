import { Beleid, Bewaarbeleid, VersieNummer } from '@deelwijs/content';
import {
  Actor,
  Client,
  DoorbrekingWacht,
  IsoTijdstip,
  NieuwDeelverzoek,
  Professional,
} from '@deelwijs/domain';
import { z } from 'zod';

/**
 * Workflow inputs, versioned. A workflow's input stays in its history for as long as the process
 * runs (weeks) and is read again on every replay, so every shape ever sent stays accepted here:
 * a new shape is a new `v`, with a transform that brings each older one up to the newest.
 * The API parses before it starts a workflow, the workflow parses again at its start.
 */

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

/**
 * Inputs from before they carried a version (histories recorded until 2026-12-02) have no `v`;
 * they are read as version 0.
 */
const metVersie = (invoer: unknown) =>
  invoer !== null && typeof invoer === 'object' && !('v' in invoer) ? { ...invoer, v: 0 } : invoer;

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

/** ApplicationFailure type of a workflow started with an input no version of its schema accepts. */
export const ONGELDIGE_INVOER_FAILURE = 'OngeldigeWorkflowInvoer';

/** Where an input is wrong, without its values (they may be client data). */
export const invoerProblemen = (fout: z.ZodError): string =>
  fout.issues.map((i) => `${i.path.join('.') || '(invoer)'}: ${i.message}`).join('; ');
