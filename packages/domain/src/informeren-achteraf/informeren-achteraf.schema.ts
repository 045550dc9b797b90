import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';

/** The client was told afterwards what was shared, with whom and why (AVG art. 14 lid 3). */
export const InformerenAchterafInvoer = z.object({
  wijze: z.enum(['gesprek', 'telefoon', 'brief', 'e-mail']),
  reactieClient: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').optional(),
});
export type InformerenAchterafInvoer = z.infer<typeof InformerenAchterafInvoer>;

export const InformerenAchteraf = InformerenAchterafInvoer.extend({ door: Actor, op: IsoTijdstip });
export type InformerenAchteraf = z.infer<typeof InformerenAchteraf>;
