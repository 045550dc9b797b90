import { Afweging4RedenId } from '@deelwijs/content';
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

const Toelichting = z
  .string()
  .trim()
  .min(10, 'Licht uw antwoord toe in minstens 10 tekens.')
  .max(4000, 'De toelichting is te lang (hoogstens 4000 tekens).');

/** Afweging 4b: not telling the client beforehand, for one of the three gerechtvaardigde redenen. */
export const NietVoorafInformeren = z.object({ reden: GerechtvaardigdeReden, onderbouwing: Toelichting });
export type NietVoorafInformeren = z.infer<typeof NietVoorafInformeren>;

/**
 * The professional's proposal after talking it through with the client: does the client have good
 * arguments, and if not, is there a conflict van plichten or vitaal belang (five conditions)?
 */
export const Doorbrekingsvoorstel = z.object({
  goedeArgumentenClient: z.boolean(),
  /** Null: there is no conflict van plichten or vitaal belang. */
  conflictVanPlichten: ConflictVanPlichten.nullable(),
  /** What will be shared, with whom, to achieve what (the fifth question of 4a). */
  wat: Toelichting,
  nietVoorafInformeren: NietVoorafInformeren.optional(),
  toelichting: Toelichting,
});
export type Doorbrekingsvoorstel = z.infer<typeof Doorbrekingsvoorstel>;

export const CollegialeToetsing = z.object({
  oordeel: z.enum(['eens', 'oneens']),
  toelichting: Toelichting,
});
export type CollegialeToetsing = z.infer<typeof CollegialeToetsing>;

export const Akkoord = z.object({
  besluit: z.enum(['akkoord', 'afgewezen']),
  toelichting: Toelichting,
});
export type Akkoord = z.infer<typeof Akkoord>;

export const Afweging4Fase = z.enum(['voorstel', 'collegiale-toetsing', 'akkoord', 'akkoord-gegeven']);
export type Afweging4Fase = z.infer<typeof Afweging4Fase>;

export const GegevenCollegialeToetsing = CollegialeToetsing.extend({ door: Actor, op: IsoTijdstip });
export const GegevenAkkoord = Akkoord.extend({ door: Medewerker, op: IsoTijdstip });

/** Everything a doorbreking can hold: who did what and when (separation of duties, deadlines). */
const Stand = z.object({
  afweging: Afweging4,
  reden: Afweging4Reden,
  spoed: z.boolean(),
  fase: Afweging4Fase,
  aanvrager: Actor,
  gestartOp: IsoTijdstip,
  voorstel: Doorbrekingsvoorstel.optional(),
  voorstelOp: IsoTijdstip.optional(),
  collegialeToetsing: GegevenCollegialeToetsing.optional(),
  akkoord: GegevenAkkoord.optional(),
});
const Voorgesteld = { voorstel: Doorbrekingsvoorstel, voorstelOp: IsoTijdstip };

/** Where a doorbreking stands; each phase names what it always holds. */
export const Afweging4Stand = z.discriminatedUnion('fase', [
  Stand.extend({ fase: z.literal('voorstel') }),
  Stand.extend({ fase: z.literal('collegiale-toetsing'), ...Voorgesteld }),
  // A refusal is kept in this phase: the deelverzoek closes as niet gedeeld with the signature on file.
  Stand.extend({ fase: z.literal('akkoord'), ...Voorgesteld, collegialeToetsing: GegevenCollegialeToetsing }),
  Stand.extend({
    fase: z.literal('akkoord-gegeven'),
    ...Voorgesteld,
    collegialeToetsing: GegevenCollegialeToetsing,
    akkoord: GegevenAkkoord,
  }),
]);
export type Afweging4Stand = z.infer<typeof Afweging4Stand>;
export type Afweging4In<F extends Afweging4Fase> = Extract<Afweging4Stand, { fase: F }>;
