import { z } from 'zod';

export const IdParam = z.uuid('Dit is geen geldig id.');

// Any control character (tab and line breaks too) and the bidi controls that make a name display
// otherwise than it is stored; a name needs none of them. Joiners (ZWJ, ZWNJ) stay: some scripts need them.
const ONZICHTBAAR_IN_NAAM = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** The name of a person (client, representative, account): one line of visible text. */
export const Persoonsnaam = (leeg: string, teLang = 'De naam is te lang (hoogstens 200 tekens).') =>
  z
    .string()
    .trim()
    .min(2, leeg)
    .max(200, teLang)
    .refine(
      (naam) => !ONZICHTBAAR_IN_NAAM.test(naam),
      'Een naam past op één regel en bevat geen onzichtbare stuurtekens (zoals een tab of regelovergang). Typ de naam opnieuw.',
    );
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
