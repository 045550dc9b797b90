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

/** A retention removal on record: the tombstone the chain now begins after; ids and positions only. */
export const DossierVerwijdering = z.object({
  verwijderingId: z.uuid(),
  clientId: z.uuid(),
  aantal: z.number().int(),
  vanVolgnummer: z.number().int(),
  totVolgnummer: z.number().int(),
  verwijderdOp: z.iso.datetime({ offset: true }),
});

export const Dossiercontrole = z.object({
  gecontroleerdOp: z.iso.datetime({ offset: true }),
  clienten: z.number().int(),
  aantekeningen: z.number().int(),
  /** Empty when every chain is whole. */
  bevindingen: z.array(DossierBevinding),
  nieuweControlepunten: z.number().int(),
  /** Every retention removal of the chains checked; a removal the tombstone accounts for is no finding. */
  verwijderingen: z.array(DossierVerwijdering),
});
export type Dossiercontrole = z.infer<typeof Dossiercontrole>;
