import { Afweging4RedenId } from '@deelwijs/content/labels/afweging-4';
import {
  AkkoordBesluitId,
  DoorbrekingFaseId,
  DoorbrekingGrondId,
  ToetsingOordeelId,
} from '@deelwijs/content/labels/doorbreking';
import { z } from 'zod';
import { ConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { Medewerker } from '../functiescheiding/functiescheiding';
import { GerechtvaardigdeReden } from '../termijnen/uitstel';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';

/** 4a: sharing without consent; 4c: the professional holds medical or youth-care secrecy (BIG, SKJ). */
export const Afweging4 = z.enum(['4a', '4c']);
export type Afweging4 = z.infer<typeof Afweging4>;

/** Why sharing without consent is weighed at all (handbook 4a: three situations). */
export const Afweging4Reden = Afweging4RedenId;
export type Afweging4Reden = z.infer<typeof Afweging4Reden>;

/** What may outweigh the duty to keep silent (handbook 4a); labels in `@deelwijs/content`. */
export const Afweging4Grond = DoorbrekingGrondId;
export type Afweging4Grond = DoorbrekingGrondId;

const Toelichting = z
  .string()
  .trim()
  .min(10, 'Licht uw antwoord toe in minstens 10 tekens.')
  .max(4000, 'De toelichting is te lang (hoogstens 4000 tekens).');

/**
 * Afweging 4b: not telling the client beforehand. The reason is free text here so that anything but
 * one of the three gerechtvaardigde redenen is refused as a rule violation with its source.
 */
export const NietVoorafInformeren = z.object({
  reden: z.string().trim().max(200, 'De reden is te lang (hoogstens 200 tekens).'),
  onderbouwing: Toelichting,
  /** With which colleagues this was talked through, and what they said (4b: after consulting colleagues). */
  overlegMetCollegas: Toelichting,
});
export type NietVoorafInformeren = z.infer<typeof NietVoorafInformeren>;
export const GeldigNietVoorafInformeren = NietVoorafInformeren.extend({ reden: GerechtvaardigdeReden });
export type GeldigNietVoorafInformeren = z.infer<typeof GeldigNietVoorafInformeren>;

/** The conversation with the client (4a): the interest and purpose of sharing, and what exactly. */
export const Gesprek = z.object({
  belang: Toelichting,
  doel: Toelichting,
  wat: Toelichting,
  reactieClient: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').optional(),
});
export type Gesprek = z.infer<typeof Gesprek>;

/**
 * The professional's proposal (4a, and 4c for BIG/SKJ): the conversation with the client, whether
 * the client has good arguments, and if not whether a conflict van plichten or vitaal belang
 * outweighs silence, with the five questions each answered and motivated.
 */
export const Doorbrekingsvoorstel = z.object({
  /** Null only when the client (or representative) could not be reached in time. */
  gesprek: Gesprek.nullable(),
  goedeArgumentenClient: z.boolean(),
  /** Null: there is no conflict van plichten or vitaal belang. */
  grond: Afweging4Grond.nullable(),
  /** The five questions (wording from `@deelwijs/content` by id); needed once there is a grond. */
  voorwaarden: ConflictVanPlichten.optional(),
  /** What will be shared, with whom, to achieve what. */
  wat: Toelichting,
  nietVoorafInformeren: NietVoorafInformeren.optional(),
  toelichting: Toelichting,
});
export type Doorbrekingsvoorstel = z.infer<typeof Doorbrekingsvoorstel>;

/** A proposal that passed the rules and goes to review: it shares, with all five conditions met. */
export const Voorstel = Doorbrekingsvoorstel.extend({
  grond: Afweging4Grond,
  voorwaarden: ConflictVanPlichten,
  nietVoorafInformeren: GeldigNietVoorafInformeren.optional(),
});
export type Voorstel = z.infer<typeof Voorstel>;

/** Who is asked to review: one deskundige collega, or the team's pool (any collega may take it). */
export const Toetser = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('pool') }),
  z.object({ soort: z.literal('collega'), gebruikerId: z.string().trim().min(1, 'Kies een collega.') }),
]);
export type Toetser = z.infer<typeof Toetser>;

export const CollegialeToetsing = z.object({
  oordeel: ToetsingOordeelId,
  toelichting: Toelichting,
});
export type CollegialeToetsing = z.infer<typeof CollegialeToetsing>;

export const Akkoord = z.object({
  besluit: AkkoordBesluitId,
  toelichting: Toelichting,
});
export type Akkoord = z.infer<typeof Akkoord>;

/**
 * The phases of a doorbreking (labels in `@deelwijs/content`). `akkoord-achteraf`: shared at once in
 * acute danger, the signature follows; `akkoord-gegeven`: signed, waiting in verstrekking.
 */
export const Afweging4Fase = DoorbrekingFaseId;
export type Afweging4Fase = DoorbrekingFaseId;

/** The open review request: with whom it lies, since when, for which version of the proposal. */
export const Toetsingsverzoek = z.object({ toetser: Toetser, gevraagdOp: IsoTijdstip });
export type Toetsingsverzoek = z.infer<typeof Toetsingsverzoek>;

export const GegevenCollegialeToetsing = CollegialeToetsing.extend({
  door: Actor,
  op: IsoTijdstip,
  /** The version of the proposal reviewed: a changed proposal needs a new review. */
  voorstelVersie: z.number().int().min(1),
});
export type GegevenCollegialeToetsing = z.infer<typeof GegevenCollegialeToetsing>;
export const GegevenAkkoord = Akkoord.extend({
  door: Medewerker,
  op: IsoTijdstip,
  voorstelVersie: z.number().int().min(1),
});
export type GegevenAkkoord = z.infer<typeof GegevenAkkoord>;

/** Shared before signing because of immediate danger: why it could not wait. */
export const AcuutGedeeld = z.object({ reden: Toelichting, op: IsoTijdstip });

/** Everything a doorbreking can hold: who did what and when (separation of duties, deadlines). */
const Stand = z.object({
  afweging: Afweging4,
  reden: Afweging4Reden,
  /** The short signing term applies (vitaal belang, or no time to wait). */
  spoed: z.boolean(),
  fase: Afweging4Fase,
  aanvrager: Actor,
  gestartOp: IsoTijdstip,
  voorstel: Voorstel.optional(),
  voorstelOp: IsoTijdstip.optional(),
  /** Counts the proposals made; each change after review needs its own review. */
  voorstelVersie: z.number().int().min(0).default(0),
  toetsingsverzoek: Toetsingsverzoek.optional(),
  collegialeToetsing: GegevenCollegialeToetsing.optional(),
  /** Reviews of earlier versions, kept for the record. */
  eerdereToetsingen: z.array(GegevenCollegialeToetsing).default([]),
  akkoord: GegevenAkkoord.optional(),
  acuut: AcuutGedeeld.optional(),
});
const Voorgesteld = { voorstel: Voorstel, voorstelOp: IsoTijdstip };

/** Where a doorbreking stands; each phase names what it always holds. */
export const Afweging4Stand = z.discriminatedUnion('fase', [
  Stand.extend({ fase: z.literal('voorstel') }),
  Stand.extend({
    fase: z.literal('collegiale-toetsing'),
    ...Voorgesteld,
    toetsingsverzoek: Toetsingsverzoek,
  }),
  // A refusal is kept in this phase: the deelverzoek closes as niet gedeeld with the signature on file.
  Stand.extend({ fase: z.literal('akkoord'), ...Voorgesteld, collegialeToetsing: GegevenCollegialeToetsing }),
  // Shared first; a refusal afterwards is kept here too, beside the verstrekking it never erases.
  Stand.extend({ fase: z.literal('akkoord-achteraf'), ...Voorgesteld, acuut: AcuutGedeeld }),
  Stand.extend({
    fase: z.literal('akkoord-gegeven'),
    ...Voorgesteld,
    collegialeToetsing: GegevenCollegialeToetsing,
    akkoord: GegevenAkkoord,
  }),
]);
export type Afweging4Stand = z.infer<typeof Afweging4Stand>;
export type Afweging4In<F extends Afweging4Fase> = Extract<Afweging4Stand, { fase: F }>;

/**
 * Whom a doorbreking waits on and since when: the reviewer (from the review request), or the
 * leidinggevende's signature (from the review, or `achteraf` from the acute verstrekking). It is all
 * the workflow's clock needs, and holds no client data.
 */
export const DoorbrekingWacht = z.discriminatedUnion('op', [
  z.object({ op: z.literal('toetser'), toetser: Toetser, gevraagdOp: IsoTijdstip }),
  z.object({
    op: z.literal('leidinggevende'),
    achteraf: z.boolean(),
    spoed: z.boolean(),
    vanaf: IsoTijdstip,
  }),
]);
export type DoorbrekingWacht = z.infer<typeof DoorbrekingWacht>;
