import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';

/**
 * Before reporting under the meldrecht the professional consults a deskundige collega (meldcode,
 * step 2) and writes down the advice. No signature is needed; the leidinggevende is told.
 */
export const MeldrechtOverlegInvoer = z.object({
  collega: Actor,
  advies: z
    .string()
    .trim()
    .min(10, 'Schrijf het advies van de collega op (minstens 10 tekens).')
    .max(4000, 'Hoogstens 4000 tekens.'),
});
export type MeldrechtOverlegInvoer = z.infer<typeof MeldrechtOverlegInvoer>;

export const MeldrechtOverleg = MeldrechtOverlegInvoer.extend({ vastgelegdDoor: Actor, op: IsoTijdstip });
export type MeldrechtOverleg = z.infer<typeof MeldrechtOverleg>;
