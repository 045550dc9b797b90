import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { z } from 'zod';
import { Toelichting } from '../regels/tekst';

/**
 * Afweging 3: doelmatigheid, proportionaliteit, subsidiariteit; optionally sharing less. Asked along
 * the graph's edges: after a no the later questions are not asked and stay absent.
 */
export const Afweging3Antwoord = z.object({
  doelmatig: z.boolean(),
  proportioneel: z.boolean().optional(),
  subsidiair: z.boolean().optional(),
  minderGegevens: z
    .object({
      gegevens: z.array(GegevenscategorieId).min(1, 'Houd minstens één gegeven over, of deel niet.'),
      reden: Toelichting,
    })
    .optional(),
  toelichting: Toelichting,
});
export type Afweging3Antwoord = z.infer<typeof Afweging3Antwoord>;

/** The question of the afweging 3 graph (content) that each answer field answers. */
export const AFWEGING_3_VRAGEN = {
  doelmatig: 'a3.doelmatigheid',
  proportioneel: 'a3.proportionaliteit',
  subsidiair: 'a3.subsidiariteit',
} as const;
