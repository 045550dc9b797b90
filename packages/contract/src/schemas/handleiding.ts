import {
  Afweging,
  AfwegingId,
  Begrip,
  Beroepsgeheim,
  Bijlage1,
  Bijlage1Regel,
  Bron,
  ChangelogRegel,
  DomeinId,
  GegevenscategorieId,
  GerechtvaardigdeReden,
  Grondslag,
  PetId,
  ToestemmingsEis,
  Vertegenwoordiging,
  Visie,
  Vraag,
  Vuistregel,
} from '@deelwijs/content';
import { z } from 'zod';

/** Dutch message for a filter value: one value, from the list. `lidwoord` picks onbekend/onbekende. */
const keuzeFout =
  (wat: string, lidwoord: 'de' | 'het', opties: readonly string[]) => (issue: { input?: unknown }) =>
    Array.isArray(issue.input)
      ? `Geef één ${wat} op, niet meerdere.`
      : `${lidwoord === 'de' ? 'Onbekende' : 'Onbekend'} ${wat}. Kies uit: ${opties.join(', ')}.`;

/** `?versie=`: which content version to read; without it the newest. Unknown versions give a 404. */
export const VersieQuery = z.object({
  versie: z
    .string({ error: 'Geef één contentversie op, zoals 2025.1.0.' })
    .trim()
    .min(1, 'Geef een contentversie op, zoals 2025.1.0, of laat de parameter weg.')
    .optional(),
});
export type VersieQuery = z.infer<typeof VersieQuery>;

/** Filters of Bijlage 1; each takes one id. A row matches a data category it allows or forbids. */
export const Bijlage1Query = VersieQuery.extend({
  domein: z.enum(DomeinId.options, { error: keuzeFout('domein', 'het', DomeinId.options) }).optional(),
  pet: z.enum(PetId.options, { error: keuzeFout('pet', 'de', PetId.options) }).optional(),
  gegevenscategorie: z
    .enum(GegevenscategorieId.options, {
      error: keuzeFout('gegevenscategorie', 'de', GegevenscategorieId.options),
    })
    .optional(),
});
export type Bijlage1Query = z.infer<typeof Bijlage1Query>;

const Links = z.record(z.string(), z.string());

export const HandleidingOnderdeel = z.object({
  id: z.string(),
  titel: z.string(),
  omschrijving: z.string(),
  href: z.string(),
});
export type HandleidingOnderdeel = z.infer<typeof HandleidingOnderdeel>;

export const HandleidingIndexView = z.object({
  versie: z.string(),
  datum: z.iso.date(),
  actueel: z.boolean(),
  nieuwsteVersie: z.string(),
  beschikbareVersies: z.array(z.string()),
  document: z.object({ titel: z.string(), uitgever: z.string(), website: z.string(), opmerking: z.string() }),
  changelog: z.array(ChangelogRegel),
  onderdelen: z.array(HandleidingOnderdeel),
});
export type HandleidingIndexView = z.infer<typeof HandleidingIndexView>;

export const AfwegingSamenvatting = z.object({
  id: AfwegingId,
  titel: z.string(),
  kernvraag: z.string(),
  bron: Bron,
  _links: Links,
});
export type AfwegingSamenvatting = z.infer<typeof AfwegingSamenvatting>;

export const AfwegingenView = z.object({ versie: z.string(), items: z.array(AfwegingSamenvatting) });
export type AfwegingenView = z.infer<typeof AfwegingenView>;

/** One afweging with its graph and, for 4a and 4b, the questions to go through with colleagues. */
export const AfwegingView = Afweging.safeExtend({ versie: z.string(), toetsvragen: z.array(Vraag) });
export type AfwegingView = z.infer<typeof AfwegingView>;

export const GrondslagenView = z.object({
  versie: z.string(),
  grondslagen: z.array(Grondslag),
  toestemmingsEisen: z.array(ToestemmingsEis),
  gerechtvaardigdeRedenen: z.array(GerechtvaardigdeReden),
});
export type GrondslagenView = z.infer<typeof GrondslagenView>;

export const Bijlage1View = Bijlage1.extend({
  versie: z.string(),
  filter: z.object({
    domein: DomeinId.optional(),
    pet: PetId.optional(),
    gegevenscategorie: GegevenscategorieId.optional(),
  }),
  totaal: z.number().int(),
  regels: z.array(Bijlage1Regel),
});
export type Bijlage1View = z.infer<typeof Bijlage1View>;

export const BegrippenView = z.object({
  versie: z.string(),
  items: z.array(Begrip.extend({ anker: z.string() })),
});
export type BegrippenView = z.infer<typeof BegrippenView>;

export const BeroepsgeheimView = Beroepsgeheim.extend({ versie: z.string() });
export type BeroepsgeheimView = z.infer<typeof BeroepsgeheimView>;

export const VuistregelsView = z.object({
  versie: z.string(),
  visie: Visie,
  vuistregels: z.array(Vuistregel),
});
export type VuistregelsView = z.infer<typeof VuistregelsView>;

export const VertegenwoordigingView = Vertegenwoordiging.extend({ versie: z.string() });
export type VertegenwoordigingView = z.infer<typeof VertegenwoordigingView>;

export const AfwegingParams = z.object({
  id: z.string().meta({ description: 'De afweging: 1, 2, 3, 4a, 4b of 4c' }),
});
export type AfwegingParams = z.infer<typeof AfwegingParams>;
