import { z } from 'zod';

export const Afweging1Antwoord = z
  .object({
    hoortBijMij: z.boolean({ error: 'Geef aan of de vraag bij u hoort (ja of nee).' }),
    toelichting: z
      .string()
      .trim()
      .min(5, 'Licht uw antwoord toe in minstens 5 tekens.')
      .max(2000, 'De toelichting is te lang (hoogstens 2000 tekens).'),
    doorverwezenNaar: z.string().trim().max(200, 'Hoogstens 200 tekens.').optional(),
  })
  .refine((a) => a.hoortBijMij || (a.doorverwezenNaar?.length ?? 0) >= 2, {
    message: 'Noem bij een doorverwijzing naar wie u de cliënt verwijst.',
    path: ['doorverwezenNaar'],
  });
export type Afweging1Antwoord = z.infer<typeof Afweging1Antwoord>;

/** The question of the afweging 1 graph (content) that each answer field answers. */
export const AFWEGING_1_VRAGEN = { hoortBijMij: 'a1.hoort-bij-mij' } as const;
