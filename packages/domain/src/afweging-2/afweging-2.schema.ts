import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { z } from 'zod';
import { Ontvanger } from '../deelverzoek/deelverzoek.schema';
import { GrondslagKeuze, Omstandigheden } from '../grondslag/grondslag.schema';
import { Toelichting } from '../regels/tekst';

/**
 * Afweging 2: a welbepaald doel, the data uitdrukkelijk omschreven, and a grondslag. The questions
 * are asked along the graph's edges, so after a no the later ones are not asked and stay absent.
 */
export const Afweging2Antwoord = z.object({
  welbepaaldDoel: z.boolean(),
  uitdrukkelijkOmschreven: z.boolean().optional(),
  gegevens: z.array(GegevenscategorieId).min(1, 'Noem welke gegevens u wilt delen.'),
  /** The recipients made precise (their pet and kind); leaves the deelverzoek's own when absent. */
  ontvangers: z.array(Ontvanger).min(1, 'Noem minstens één ontvanger.').optional(),
  /** Null: there is no grondslag; absent: not asked (an earlier answer was no). */
  grondslag: GrondslagKeuze.nullable().optional(),
  omstandigheden: Omstandigheden.default({
    vermoedenHuiselijkGeweld: false,
    optOutDeclaratie: false,
    acuutVitaalBelang: false,
  }),
  toelichting: Toelichting,
});
export type Afweging2Antwoord = z.input<typeof Afweging2Antwoord>;

/** The question of the afweging 2 graph (content) that each answer field answers. */
export const AFWEGING_2_VRAGEN = {
  welbepaaldDoel: 'a2.doel',
  uitdrukkelijkOmschreven: 'a2.gegevens',
  grondslag: 'a2.grondslag',
} as const;
