import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { BeroepsgeheimKlasse, UitzonderingId } from '../beroepsgeheim/beroepsgeheim';
import { Bron, Tekst } from '../bronnen/bron.schema';
import { GrondslagId } from '../grondslagen/grondslagen';

/** Domains as Bijlage 1 groups them ("Ik ben werkzaam binnen"). */
export const DomeinId = z.enum([
  'jeugd',
  'veilig-thuis',
  'gezondheidszorg',
  'wmo',
  'psychologen-pedagogen',
  'sociaal-werk',
  'onderwijs',
  'leerplicht',
  'politie',
  'sociaal-domein',
  'participatiewet',
]);
export type DomeinId = z.infer<typeof DomeinId>;

/** Roles (petten) of Bijlage 1 ("Ik werk voor / als"); each id is unique across domains. */
export const PetId = z.enum([
  'gemeente-jeugdwet',
  'jeugdzorgwerker',
  'veilig-thuis',
  'hulpverlener-melder-veilig-thuis',
  'zorgverlener',
  'gemeente-gezondheidszorg',
  'big-zorgverlener',
  'gemeente-wmo',
  'aanbieder-wmo',
  'psycholoog-pedagoog-jeugdzorg',
  'psycholoog-pedagoog-gezondheidszorg',
  'psycholoog-pedagoog-eigen-praktijk',
  'sociaal-werker',
  'leerkracht',
  'passend-onderwijs',
  'leerplichtambtenaar',
  'politiefunctionaris',
  'ambtenaar-sociaal-domein',
  'uitvoerder-participatiewet',
]);
export type PetId = z.infer<typeof PetId>;

/** Categories of data Bijlage 1 names as shareable or not. */
export const GegevenscategorieId = z.enum([
  'naw',
  'bsn',
  'ondersteuningsbehoefte',
  'verwachtingen',
  'inzet-andere-wet',
  'declaratiegegevens',
  'diagnostische-gegevens',
  'plan-van-aanpak',
  'clientdossier',
  'vitaal-noodzakelijke-gegevens',
  'relevante-hulpinformatie',
  'alle-relevante-informatie',
  'leerlingdossier',
  'onderwijskundig-rapport',
  'gegevens-terugkeer-school',
  'politiegegevens-voor-taak',
  'gegevens-voor-vervanging',
  'gevraagd-door-voogd-of-raad',
  'niet-herleidbare-gegevens',
]);
export type GegevenscategorieId = z.infer<typeof GegevenscategorieId>;

export const OntvangerId = z.enum([
  'gemeente',
  'betrokken-hulpverleners',
  'collega-zelfde-discipline',
  'veilig-thuis',
  'voogd',
  'raad-voor-de-kinderbescherming',
  'nieuwe-school',
  'extern-overleg',
  'scholen-en-samenwerkingsverband',
  'halt',
  'gecertificeerde-instelling',
  'casusoverleg',
  'vervangende-collega',
  'onderzoeker',
  'ouders-met-gezag',
  'collega-zelfde-aandachtsveld',
]);
export type OntvangerId = z.infer<typeof OntvangerId>;

/** What the file must show for this pet. */
export const VastleggingId = z.enum([
  'toestemming-schriftelijk',
  'delen-zonder-toestemming-motiveren',
  'informeren-client',
  'gedeelde-gegevens-en-ontvangers',
]);
export type VastleggingId = z.infer<typeof VastleggingId>;

/**
 * Whether the client must be told about the processing: `verplicht` (always, beforehand unless
 * afweging 4b applies), `streven` (aim to, the law does not force it), `eigen-regime` (not the AVG).
 */
export const Informatieplicht = z.enum(['verplicht', 'streven', 'eigen-regime']);
export type Informatieplicht = z.infer<typeof Informatieplicht>;

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
