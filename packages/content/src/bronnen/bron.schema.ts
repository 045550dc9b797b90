import { z } from 'zod';

/** Non-empty, trimmed text; every text in the handbook data uses it. */
export const Tekst = z.string().trim().min(1);

/**
 * Where in the Zutphen handbook an item comes from. `pagina` follows the handbook's table of
 * contents; `paginaTot` marks a section that runs over several pages.
 */
export const Bron = z
  .object({
    hoofdstuk: Tekst,
    titel: Tekst,
    pagina: z.number().int().positive(),
    paginaTot: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => b.paginaTot === undefined || b.paginaTot >= b.pagina, {
    message: 'paginaTot mag niet vóór pagina liggen.',
    path: ['paginaTot'],
  });
export type Bron = z.infer<typeof Bron>;

/** A law article, e.g. { wet: 'WGBO', artikel: '7:450' }. */
export const WetsArtikel = z
  .object({
    wet: Tekst,
    artikel: Tekst,
    onderwerp: Tekst.optional(),
  })
  .strict();
export type WetsArtikel = z.infer<typeof WetsArtikel>;

/** Shorthand used by the data files; returns a plain object so the data stays serialisable. */
export function bron(hoofdstuk: string, titel: string, pagina: number, paginaTot?: number): Bron {
  return paginaTot === undefined ? { hoofdstuk, titel, pagina } : { hoofdstuk, titel, pagina, paginaTot };
}
