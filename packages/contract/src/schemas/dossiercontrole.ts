import { z } from 'zod';

/** One thing found wrong in a client's chain; ids and positions only, never the content. */
export const DossierBevinding = z.object({
  clientId: z.uuid(),
  soort: z.enum([
    'gewijzigd',
    'verwijderd',
    'volgorde',
    'niet-geketend',
    'kop-wijkt-af',
    'controlepunt-wijkt-af',
    'controlepunt-ongeldig',
  ]),
  aantekeningId: z.string().optional(),
  ketenVolgnummer: z.number().int().optional(),
  uitleg: z.string(),
});

export const Dossiercontrole = z.object({
  gecontroleerdOp: z.iso.datetime({ offset: true }),
  clienten: z.number().int(),
  aantekeningen: z.number().int(),
  /** Empty when every chain is whole. */
  bevindingen: z.array(DossierBevinding),
  nieuweControlepunten: z.number().int(),
});
export type Dossiercontrole = z.infer<typeof Dossiercontrole>;
