import { z } from 'zod';

export const IdParam = z.uuid('Dit is geen geldig id.');

/** The name of a person (client, representative, account): the domain's rule, so both say the same. */
export { Persoonsnaam } from '@deelwijs/domain';

export const IdParams = z.object({ id: IdParam });
export type IdParams = z.infer<typeof IdParams>;

/** `?pagina=&perPagina=`: which page of a list, 20 per page unless asked otherwise. */
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

/** A page of a list with HAL-style links, as the Dutch API design rules suggest for paging. */
export const pagina = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    pagina: z.number().int(),
    perPagina: z.number().int(),
    totaal: z.number().int(),
    _links: z.object({ self: z.string(), volgende: z.string().optional(), vorige: z.string().optional() }),
  });
export type Pagina<T> = z.infer<ReturnType<typeof pagina<z.ZodType<T>>>>;

const SLEUTEL_BERICHT =
  'De Idempotency-Key moet 8 tot 200 zichtbare tekens lang zijn, bijvoorbeeld een UUID.';
/** Idempotency-Key: one per intended change, so a repeat returns the first answer and changes nothing. */
export const IdempotencyKey = z
  .string({ error: SLEUTEL_BERICHT })
  .regex(/^[\x21-\x7e]{8,200}$/, SLEUTEL_BERICHT);
export type IdempotencyKey = z.infer<typeof IdempotencyKey>;
