import { BeroepsgeheimKlasse } from '@deelwijs/content/beroepsgeheim/beroepsgeheim';
import { PetId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { z } from 'zod';

export const Organisatietype = z.enum([
  'gemeente',
  'wijkteam',
  'zorgaanbieder',
  'jeugdhulpaanbieder',
  'school',
  'samenwerkingsverband',
  'veilig-thuis',
  'politie',
  'eigen-praktijk',
  'woningcorporatie',
  'overig',
]);
export type Organisatietype = z.infer<typeof Organisatietype>;

/**
 * The professional as the rules see them in this case. `pet` is null for someone Bijlage 1 does
 * not cover (e.g. a woningcorporatie): they can only refer the client on (afweging 1).
 */
export const Professional = z.object({
  gebruikerId: z.string().trim().min(1, 'Noem wie de professional is.'),
  pet: PetId.nullable(),
  organisatietype: Organisatietype,
  beroepsgeheim: BeroepsgeheimKlasse,
});
export type Professional = z.infer<typeof Professional>;
