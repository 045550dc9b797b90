import { GegevenscategorieId } from '@deelwijs/content';
import { z } from 'zod';
import { Toelichting } from '../regels/tekst';

/** Afweging 3: doelmatigheid, proportionaliteit, subsidiariteit; optionally sharing less. */
export const Afweging3Antwoord = z.object({
  doelmatig: z.boolean(),
  proportioneel: z.boolean(),
  subsidiair: z.boolean(),
  minderGegevens: z
    .object({
      gegevens: z.array(GegevenscategorieId).min(1, 'Houd minstens één gegeven over, of deel niet.'),
      reden: Toelichting,
    })
    .optional(),
  toelichting: Toelichting,
});
export type Afweging3Antwoord = z.infer<typeof Afweging3Antwoord>;
