import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { BeroepsgeheimKlasse, UitzonderingId } from '../beroepsgeheim/beroepsgeheim';
import { Bron, Tekst } from '../bronnen/bron.schema';
import { GrondslagId } from '../grondslagen/grondslagen';
import {
  DomeinId,
  GegevenscategorieId,
  Informatieplicht,
  OntvangerId,
  PetId,
  VastleggingId,
} from './bijlage-1.ids';

export * from './bijlage-1.ids';

export const Domein = z.object({ id: DomeinId, naam: Tekst, wetten: z.array(Tekst) }).strict();
export type Domein = z.infer<typeof Domein>;

export const Pet = z.object({ id: PetId, domein: DomeinId, naam: Tekst }).strict();
export type Pet = z.infer<typeof Pet>;

export const Gegevenscategorie = z
  .object({ id: GegevenscategorieId, naam: Tekst, uitleg: Tekst, bijzonder: z.boolean() })
  .strict();
export type Gegevenscategorie = z.infer<typeof Gegevenscategorie>;

export const Ontvanger = z.object({ id: OntvangerId, naam: Tekst }).strict();
export type Ontvanger = z.infer<typeof Ontvanger>;

/** One lawful route for this pet: on which basis, for what, to whom, under which conditions. */
export const Route = z
  .object({
    grondslag: GrondslagId.nullable(),
    /** Set when the route rests on a specific law or an exception to beroepsgeheim. */
    wettelijkeBasis: Tekst.optional(),
    uitzondering: UitzonderingId.optional(),
    doel: Tekst,
    ontvangers: z.array(OntvangerId),
    zonderToestemming: z.boolean(),
    /** Only in exceptional cases (vitaal belang). */
    uitzonderlijk: z.boolean(),
    voorwaarden: z.array(Tekst),
  })
  .strict()
  .refine((r) => r.grondslag !== null || r.wettelijkeBasis !== undefined, {
    message: 'Een route zonder AVG-grondslag moet een wettelijke basis noemen.',
    path: ['wettelijkeBasis'],
  })
  .refine((r) => r.grondslag !== 'toestemming' || !r.zonderToestemming, {
    message: 'Een route op grond van toestemming kan niet zonder toestemming.',
    path: ['zonderToestemming'],
  });
export type Route = z.infer<typeof Route>;

export const DeelRegel = z
  .object({
    categorie: GegevenscategorieId,
    met: z.array(OntvangerId),
    voorwaarde: Tekst.optional(),
  })
  .strict();
export type DeelRegel = z.infer<typeof DeelRegel>;

export const NietDelenRegel = z
  .object({ categorie: GegevenscategorieId, voorwaarde: Tekst.optional() })
  .strict();
export type NietDelenRegel = z.infer<typeof NietDelenRegel>;

/** One row of Bijlage 1: a domain × pet with its structured rules. */
export const Bijlage1Regel = z
  .object({
    domein: DomeinId,
    pet: PetId,
    omschrijving: Tekst,
    voorbeeldfuncties: z.array(Tekst),
    wetten: z.array(Tekst).min(1),
    beroepsgeheim: BeroepsgeheimKlasse,
    avgVanToepassing: z.boolean(),
    /** False where the client depends on the organisation, so consent cannot be free (a gemeente). */
    toestemmingBruikbaar: z.boolean(),
    zonderToestemmingMogelijk: z.boolean(),
    informatieplicht: Informatieplicht,
    /** Rows that say "see above" carry the rules of the row they point to, copied. */
    verwijstNaar: PetId.nullable(),
    routes: z.array(Route).min(1),
    welDelen: z.array(DeelRegel),
    nietDelen: z.array(NietDelenRegel),
    vastleggen: z.array(VastleggingId),
    aandachtspunten: z.array(Tekst),
    bron: Bron,
  })
  .strict()
  .superRefine((r, ctx) => {
    const routeZonder = r.routes.some((route) => route.zonderToestemming);
    if (routeZonder !== r.zonderToestemmingMogelijk) {
      ctx.addIssue({
        code: 'custom',
        message: `Pet ${r.pet}: zonderToestemmingMogelijk (${r.zonderToestemmingMogelijk}) past niet bij de routes.`,
        path: ['zonderToestemmingMogelijk'],
      });
    }
    if (!r.toestemmingBruikbaar && r.routes.some((route) => route.grondslag === 'toestemming')) {
      ctx.addIssue({
        code: 'custom',
        message: `Pet ${r.pet}: toestemming is niet bruikbaar maar staat wel als grondslag in een route.`,
        path: ['routes'],
      });
    }
    if (r.zonderToestemmingMogelijk && !r.vastleggen.includes('delen-zonder-toestemming-motiveren')) {
      ctx.addIssue({
        code: 'custom',
        message: `Pet ${r.pet}: delen zonder toestemming moet altijd met motivering worden vastgelegd.`,
        path: ['vastleggen'],
      });
    }
    if (
      r.routes.some((route) => route.grondslag === 'toestemming') &&
      !r.vastleggen.includes('toestemming-schriftelijk')
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `Pet ${r.pet}: een toestemming moet schriftelijk worden vastgelegd.`,
        path: ['vastleggen'],
      });
    }
    if (!r.avgVanToepassing && r.routes.some((route) => route.grondslag !== null)) {
      ctx.addIssue({
        code: 'custom',
        message: `Pet ${r.pet}: de AVG geldt niet, dus een route kan geen AVG-grondslag hebben.`,
        path: ['routes'],
      });
    }
  });
export type Bijlage1Regel = z.infer<typeof Bijlage1Regel>;

export const AlgemeneRegel = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/), tekst: Tekst, bron: Bron })
  .strict();
export type AlgemeneRegel = z.infer<typeof AlgemeneRegel>;

export const Bijlage1 = z
  .object({
    inleiding: z.array(Tekst).min(1),
    algemeneRegels: z.array(AlgemeneRegel).min(1),
    domeinen: z.array(Domein).min(1),
    petten: z.array(Pet).min(1),
    gegevenscategorieen: z.array(Gegevenscategorie).min(1),
    ontvangers: z.array(Ontvanger).min(1),
    regels: z.array(Bijlage1Regel).min(1),
    begrippen: z.array(BegripId),
  })
  .strict();
export type Bijlage1 = z.infer<typeof Bijlage1>;
