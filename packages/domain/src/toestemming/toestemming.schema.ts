import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { PogingUitkomstId, PogingWijzeId, ToestemmingWijzeId } from '@deelwijs/content/labels/toestemming';
import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { Partij } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';

export const ToestemmingWijze = ToestemmingWijzeId;
export type ToestemmingWijze = z.infer<typeof ToestemmingWijze>;

/** What was consented to: it must cover the purpose, data and recipients of the sharing (AVG art. 4 lid 11). */
export const ToestemmingReikwijdte = z.object({
  doel: z.string().trim().min(10, 'Schrijf op voor welk doel de toestemming geldt (minstens 10 tekens).'),
  gegevens: z.array(GegevenscategorieId).min(1, 'Noem voor welke gegevens de toestemming geldt.'),
  /** Organisations, as named in the deelverzoek. */
  ontvangers: z.array(z.string().trim().min(2)).min(1, 'Noem met wie gedeeld mag worden.'),
  wijze: ToestemmingWijze,
  geldigTot: IsoTijdstip.optional(),
  /** The client heard that they may withdraw at any time: part of being informed. */
  intrekkenUitgelegd: z.boolean(),
});
export type ToestemmingReikwijdte = z.infer<typeof ToestemmingReikwijdte>;

/** A consent on record: who gave it, when, to what; withdrawable. */
export const Toestemming = ToestemmingReikwijdte.extend({
  gegevenDoor: Partij,
  op: IsoTijdstip,
  vastgelegdDoor: Actor,
  ingetrokkenOp: IsoTijdstip.optional(),
});
export type Toestemming = z.infer<typeof Toestemming>;

export const PogingWijze = PogingWijzeId;
export type PogingWijze = z.infer<typeof PogingWijze>;

export const PogingUitkomst = PogingUitkomstId;
export type PogingUitkomst = z.infer<typeof PogingUitkomst>;

/** One attempt to get consent: when, how, by whom, with whom, the outcome and the client's own words. */
export const Toestemmingspoging = z
  .object({
    op: IsoTijdstip,
    wijze: PogingWijze,
    partij: Partij,
    uitkomst: PogingUitkomst,
    woordenClient: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').optional(),
    /** Required with a yes: what exactly was agreed to. */
    reikwijdte: ToestemmingReikwijdte.optional(),
  })
  .refine((p) => p.uitkomst !== 'ja' || p.reikwijdte !== undefined, {
    message: 'Leg bij een ja vast waarvoor de toestemming geldt: doel, gegevens, ontvangers en hoe.',
    path: ['reikwijdte'],
  });
export type Toestemmingspoging = z.infer<typeof Toestemmingspoging>;

/** An attempt on record, with who recorded it. */
export const VastgelegdePoging = z.object({ poging: Toestemmingspoging, door: Actor });
export type VastgelegdePoging = z.infer<typeof VastgelegdePoging>;

/** Telling someone who is informed rather than asked (e.g. a child under 12), at their level. */
export const PartijInformeren = z.object({
  partij: Partij,
  op: IsoTijdstip,
  wijze: PogingWijze,
  toelichting: z
    .string()
    .trim()
    .min(5, 'Schrijf kort op hoe u het uitlegde (minstens 5 tekens).')
    .max(4000, 'Hoogstens 4000 tekens.'),
});
export type PartijInformeren = z.infer<typeof PartijInformeren>;

export const PartijGeinformeerd = PartijInformeren.extend({ door: Actor });
export type PartijGeinformeerd = z.infer<typeof PartijGeinformeerd>;
