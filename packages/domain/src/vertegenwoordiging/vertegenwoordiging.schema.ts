import {
  vertegenwoordigerRolLabel as contentRolLabel,
  VertegenwoordigerRolId,
} from '@deelwijs/content/labels/vertegenwoordiger-rol';
import { z } from 'zod';
import { Datum } from '../werkdagen/amsterdam-tijd';

/** The ids and their labels are content's (labels/vertegenwoordiger-rol). */
export const VertegenwoordigerRol = VertegenwoordigerRolId;
export type VertegenwoordigerRol = z.infer<typeof VertegenwoordigerRol>;

export const vertegenwoordigerRolLabel: Record<VertegenwoordigerRol, string> = contentRolLabel;

/** A person who may act for the client; an id only, so names stay out of workflow history. */
export const Vertegenwoordiger = z.object({
  id: z.string().trim().min(1, 'Kies een bestaande persoon.'),
  rol: VertegenwoordigerRol,
});
export type Vertegenwoordiger = z.infer<typeof Vertegenwoordiger>;

/** The parts of a client that decide who consents. */
export const Client = z.object({
  id: z.string().trim().min(1),
  geboortedatum: Datum,
  /** Not able to reasonably weigh their interests in this matter (WGBO art. 7:465). */
  wilsonbekwaam: z.boolean(),
  vertegenwoordigers: z.array(Vertegenwoordiger).max(50),
});
export type Client = z.infer<typeof Client>;

/**
 * Exceptions for a client of 12–15 (WGBO art. 7:450 lid 2): the parents' consent is not needed
 * when it is clearly needed to prevent ernstig nadeel, or when the child keeps wanting it,
 * weloverwogen, after the parents refused.
 */
export const UitzonderingTwaalfTotZestien = z.object({
  ernstigNadeel: z.boolean().default(false),
  weloverwogenWens: z.boolean().default(false),
});
export type UitzonderingTwaalfTotZestien = z.input<typeof UitzonderingTwaalfTotZestien>;

export const Partij = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('client') }),
  z.object({ soort: z.literal('vertegenwoordiger'), id: z.string().min(1), rol: VertegenwoordigerRol }),
]);
export type Partij = z.infer<typeof Partij>;

/** Ids match `VertegenwoordigingsregelId` in @deelwijs/content, so the UI can show that rule's text. */
export const ToestemmingsRegel = z.enum([
  'jonger-dan-12',
  '12-tot-16',
  '12-tot-16-uitzondering',
  '16-en-ouder',
  'wilsonbekwame-minderjarige',
  'wilsonbekwame-volwassene',
]);
export type ToestemmingsRegel = z.infer<typeof ToestemmingsRegel>;

export const WieMoetToestemmen = z.object({
  regel: ToestemmingsRegel,
  leeftijd: z.number().int().min(0),
  /** `allen`: every listed party must consent; `een-van`: one of them is enough. */
  vereist: z.enum(['allen', 'een-van']),
  toestemmers: z.array(Partij).min(1),
  /** Told about the sharing in a way that fits them, without deciding (e.g. a child under 12). */
  informeren: z.array(Partij),
  uitleg: z.string().min(1),
  bron: z.string().min(1),
});
export type WieMoetToestemmen = z.infer<typeof WieMoetToestemmen>;
