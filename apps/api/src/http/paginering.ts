import { z } from 'zod';

export const Paginering = z.object({
  pagina: z.coerce
    .number({ error: 'pagina moet een getal zijn' })
    .int()
    .min(1, 'pagina begint bij 1')
    .default(1),
  perPagina: z.coerce
    .number({ error: 'perPagina moet een getal zijn' })
    .int()
    .min(1)
    .max(100, 'hoogstens 100 per pagina')
    .default(20),
});
export type Paginering = z.infer<typeof Paginering>;

export const paginaSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    pagina: z.number().int(),
    perPagina: z.number().int(),
    totaal: z.number().int(),
    _links: z.object({ self: z.string(), volgende: z.string().optional(), vorige: z.string().optional() }),
  });

/** Body with HAL-style links, as the Dutch API design rules suggest for paging. */
export function pagina<T>(pad: string, p: Paginering, items: T[], totaal: number) {
  const link = (n: number) => `${pad}?pagina=${n}&perPagina=${p.perPagina}`;
  return {
    items,
    pagina: p.pagina,
    perPagina: p.perPagina,
    totaal,
    _links: {
      self: link(p.pagina),
      ...(p.pagina * p.perPagina < totaal ? { volgende: link(p.pagina + 1) } : {}),
      ...(p.pagina > 1 ? { vorige: link(p.pagina - 1) } : {}),
    },
  };
}

export const IdParam = z.uuid('Dit is geen geldig id.');
