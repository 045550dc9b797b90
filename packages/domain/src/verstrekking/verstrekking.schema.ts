import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { VerstrekkingWijzeId } from '@deelwijs/content/labels/verstrekking';
import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { Overtreding } from '../regels/resultaat';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';

export const VerstrekkingWijze = VerstrekkingWijzeId;
export type VerstrekkingWijze = z.infer<typeof VerstrekkingWijze>;

/** Why data may move: consent, a law or meldrecht, or a doorbreking signed by the leidinggevende. */
export const Deelbasis = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('toestemming') }),
  z.object({ soort: z.literal('grondslag-zonder-toestemming') }),
  z.object({ soort: z.literal('meldrecht') }),
  z.object({
    soort: z.literal('doorbreking'),
    afweging: z.enum(['4a', '4c']),
    nietVoorafInformeren: z.boolean(),
    /** Shared at once in immediate danger, before the leidinggevende signed. */
    acuut: z.boolean().optional(),
  }),
]);
export type Deelbasis = z.infer<typeof Deelbasis>;

export const VoorafGeinformeerd = z.object({
  op: IsoTijdstip,
  wijze: VerstrekkingWijze,
  reactieClient: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').optional(),
});
export type VoorafGeinformeerd = z.infer<typeof VoorafGeinformeerd>;

/** What the professional records when sharing: what, with whom, how, and what was deliberately kept back. */
export const VerstrekkingInvoer = z.object({
  gegevens: z.array(GegevenscategorieId).min(1, 'Noem welke gegevens u deelde.'),
  ontvangers: z.array(z.string().trim().min(2)).min(1, 'Noem met wie u deelde.'),
  wijze: VerstrekkingWijze,
  achterwegeGelaten: z.array(
    z.object({
      categorie: GegevenscategorieId,
      reden: z.string().trim().min(5, 'Noem waarom u dit niet deelde (minstens 5 tekens).'),
    }),
  ),
  voorafGeinformeerd: VoorafGeinformeerd.optional(),
});
export type VerstrekkingInvoer = z.infer<typeof VerstrekkingInvoer>;

export const Verstrekking = VerstrekkingInvoer.extend({
  basis: Deelbasis,
  door: Actor,
  op: IsoTijdstip,
  /** What was not in order when sharing but does not block it (e.g. a child not yet told). */
  signaleringen: z.array(Overtreding).optional(),
});
export type Verstrekking = z.infer<typeof Verstrekking>;
