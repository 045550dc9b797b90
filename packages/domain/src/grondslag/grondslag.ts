import { bijlage1 } from '@deelwijs/content/bijlage-1/bijlage-1';
import type {
  Bijlage1Regel,
  DomeinId,
  GegevenscategorieId,
  PetId,
  Route,
} from '@deelwijs/content/bijlage-1/bijlage-1.schema';
import { gegevenscategorieen, petten } from '@deelwijs/content/bijlage-1/lijsten';
import { vindBijlage1Regel } from '@deelwijs/content/bijlage-1/regels';
import { grondslagen } from '@deelwijs/content/grondslagen/grondslagen';
import type { Ontvanger } from '../deelverzoek/deelverzoek.schema';
import { bronTekst } from '../regels/bron';
import type { Overtreding } from '../regels/resultaat';
import {
  type GrondslagKeuze,
  type NietDelen,
  type Omstandigheden,
  type RouteSoort,
  RouteZonderToestemming,
} from './grondslag.schema';

export interface GrondslagToets {
  pet: PetId;
  grondslag: GrondslagKeuze;
  gegevens: readonly GegevenscategorieId[];
  ontvangers: readonly Ontvanger[];
  omstandigheden: Omstandigheden;
}

export interface GrondslagOordeel {
  /** The Bijlage 1 route this sharing follows, or null when none fits. */
  route: Route | null;
  routeSoort: RouteSoort | null;
  /** Forbidden whatever happens next. */
  overtredingen: Overtreding[];
  /** Only allowed with a valid toestemming: no route without consent, no doorbreking. */
  toestemmingVereist: Overtreding[];
  nietDelen: NietDelen[];
}

// Lookups over the content's own enums: every id has an entry (content validates that).
const ALGEMENE_BRON = new Map(bijlage1.algemeneRegels.map((r) => [r.id, bronTekst(r.bron)]));
const PET = new Map(petten.map((p) => [p.id, p]));
const CATEGORIE = new Map(gegevenscategorieen.map((c) => [c.id, c]));
const GRONDSLAG_NAAM = new Map(grondslagen.map((g) => [g.id, g.naam]));

const algemeneBron = (id: string): string => ALGEMENE_BRON.get(id)!;
export const domeinVan = (pet: PetId): DomeinId => PET.get(pet)!.domein;
export const petNaam = (pet: PetId): string => PET.get(pet)!.naam;
export const categorieNaam = (id: GegevenscategorieId): string => CATEGORIE.get(id)!.naam;
export const isBijzonder = (id: GegevenscategorieId): boolean => CATEGORIE.get(id)!.bijzonder;

/** Data never moves between these laws without the client's consent. */
const GESCHEIDEN_DOMEINEN: readonly DomeinId[] = ['wmo', 'jeugd', 'participatiewet'];

/** Grondslagen that carry bijzondere persoonsgegevens without a further legal basis (AVG art. 9 lid 2 a en c). */
const BIJZONDER_ZONDER_WETTELIJKE_BASIS = new Set(['toestemming', 'vitaal-belang']);

/** Every professional may inform Veilig Thuis (Wmo 2015 art. 5.2.6), whatever their own row says. */
const MELDRECHT_ROUTES: readonly Route[] = vindBijlage1Regel(
  'hulpverlener-melder-veilig-thuis',
).routes.filter((r) => r.uitzondering === 'meldrecht');

interface Context {
  toets: GrondslagToets;
  regel: Bijlage1Regel;
  kandidaten: Route[];
  route: Route | null;
}

function pastBijOntvangers(route: Route, toets: GrondslagToets): boolean {
  if (route.uitzondering === 'meldrecht') {
    return (
      toets.omstandigheden.vermoedenHuiselijkGeweld &&
      toets.ontvangers.every((o) => o.soort === 'veilig-thuis')
    );
  }
  return (
    route.ontvangers.length === 0 ||
    toets.ontvangers.every((o) => o.soort === undefined || route.ontvangers.includes(o.soort))
  );
}

/** Routes on which data move without consent, unless a rule still asks for it. */
const ZONDER_TOESTEMMING: ReadonlySet<RouteSoort | null> = new Set(RouteZonderToestemming.options);

/** Whether this sharing needs no consent at all: a route without it, and no rule that still asks for it. */
export const zonderToestemming = <
  T extends { routeSoort: RouteSoort | null; toestemmingVereist: readonly Overtreding[] },
>(
  oordeel: T,
): oordeel is T & { routeSoort: RouteZonderToestemming; toestemmingVereist: [] } =>
  oordeel.toestemmingVereist.length === 0 && ZONDER_TOESTEMMING.has(oordeel.routeSoort);

export function routeSoort(route: Route): RouteSoort {
  if (route.grondslag === 'toestemming') return 'met-toestemming';
  if (route.uitzondering === 'meldrecht') return 'meldrecht';
  return route.uitzonderlijk ? 'vitaal-belang' : 'grondslag-zonder-toestemming';
}

interface Regel {
  code: string;
  bron: (c: Context) => string;
  geldt: (c: Context) => boolean;
  bericht: (c: Context) => string;
}

/** Which grondslag fits this pet: the first rule that holds explains why the choice does not fit. */
const keuzeRegels: readonly Regel[] = [
  {
    code: 'avg-niet-van-toepassing',
    bron: (c) => bronTekst(c.regel.bron),
    geldt: (c) => !c.regel.avgVanToepassing && c.toets.grondslag.grondslag !== null,
    bericht: (c) =>
      `Als ${petNaam(c.regel.pet)} valt u niet onder de AVG maar onder ${c.regel.wetten.join(' en ')}. Kies daarom geen AVG-grondslag maar noem het artikel uit die wet waarop u deelt.`,
  },
  {
    code: 'toestemming-niet-bruikbaar',
    bron: () => algemeneBron('gemeente-geen-toestemming'),
    geldt: (c) => c.toets.grondslag.grondslag === 'toestemming' && !c.regel.toestemmingBruikbaar,
    bericht: (c) =>
      `Als ${petNaam(c.regel.pet)} kunt u niet op toestemming bouwen: de cliënt is van u afhankelijk en kan dus niet vrij nee zeggen. Werk op uw publieke taak en vertel de cliënt wat u met zijn gegevens doet.`,
  },
  {
    code: 'wettelijke-basis-ontbreekt',
    bron: (c) => bronTekst(c.regel.bron),
    geldt: (c) => c.toets.grondslag.grondslag === null && !c.toets.grondslag.wettelijkeBasis,
    bericht: () =>
      'Zonder AVG-grondslag moet u de wet noemen waarop u deelt, zoals de Wet politiegegevens of het meldrecht (Wmo 2015 art. 5.2.6).',
  },
  {
    code: 'grondslag-past-niet-bij-pet',
    bron: (c) => bronTekst(c.regel.bron),
    geldt: (c) => c.kandidaten.length === 0,
    bericht: (c) => {
      const mogelijk = [
        ...new Set(
          c.regel.routes.map((r) => (r.grondslag ? GRONDSLAG_NAAM.get(r.grondslag) : r.wettelijkeBasis)),
        ),
      ];
      return `Voor ${petNaam(c.regel.pet)} noemt Bijlage 1 deze grondslag niet. Mogelijk zijn: ${mogelijk.join('; ')}.`;
    },
  },
  {
    code: 'ontvanger-past-niet-bij-route',
    bron: (c) => bronTekst(c.regel.bron),
    geldt: (c) => c.route === null,
    bericht: (c) =>
      `Met deze grondslag mag ${petNaam(c.regel.pet)} volgens Bijlage 1 niet met al deze ontvangers delen. Wel mogelijk: ${c.kandidaten.map((r) => r.doel).join(' ')}`,
  },
];

/** Rules that forbid sharing outright, whatever consent there is. */
const verbodRegels: readonly Regel[] = [
  {
    code: 'opt-out-declaratie',
    bron: (c) => bronTekst(c.regel.bron),
    geldt: (c) =>
      c.toets.omstandigheden.optOutDeclaratie && c.toets.gegevens.includes('diagnostische-gegevens'),
    bericht: () =>
      'De cliënt koos de opt-out bij de privacyverklaring. Deel dan geen diagnose en geen productcode waaruit een diagnose blijkt.',
  },
];

/** Rules that a valid toestemming lifts; without it the data stay where they are. */
const toestemmingRegels: readonly Regel[] = [
  {
    code: 'bijzondere-persoonsgegevens-zonder-basis',
    bron: () => algemeneBron('gemeente-geen-toestemming'),
    geldt: (c) =>
      c.toets.grondslag.grondslag !== null &&
      !BIJZONDER_ZONDER_WETTELIJKE_BASIS.has(c.toets.grondslag.grondslag) &&
      !c.toets.grondslag.wettelijkeBasis &&
      !c.route?.wettelijkeBasis &&
      c.toets.gegevens.some(isBijzonder),
    bericht: (c) =>
      `${c.toets.gegevens.filter(isBijzonder).map(categorieNaam).join(', ')}: dit zijn bijzondere persoonsgegevens. Daarvoor is toestemming nodig, of een wet die dit uitdrukkelijk regelt. Noem die wet, of vraag toestemming.`,
  },
  {
    code: 'tussen-wetten-zonder-toestemming',
    bron: () => algemeneBron('geen-uitwisseling-tussen-wetten'),
    geldt: (c) => {
      const eigen = domeinVan(c.regel.pet);
      return (
        GESCHEIDEN_DOMEINEN.includes(eigen) &&
        c.toets.ontvangers.some(
          (o) =>
            o.pet !== undefined &&
            GESCHEIDEN_DOMEINEN.includes(domeinVan(o.pet)) &&
            domeinVan(o.pet) !== eigen,
        )
      );
    },
    bericht: () =>
      'Deze gegevens gaan van de ene wet (Wmo, Jeugdwet of Participatiewet) naar een andere. Dat kan alleen met toestemming van de cliënt.',
  },
];

const naarOvertreding = (r: Regel, c: Context): Overtreding => ({
  code: r.code,
  bericht: r.bericht(c),
  bron: r.bron(c),
});

/**
 * Requested categories that Bijlage 1 says this pet does not share (data minimisation). Where the
 * pet can work with consent, consent opens them; where it cannot (a gemeente), nothing does.
 */
export function nietDelenVoor(pet: PetId, gegevens: readonly GegevenscategorieId[]): NietDelen[] {
  const regel = vindBijlage1Regel(pet);
  return regel.nietDelen
    .filter((n) => gegevens.includes(n.categorie))
    .map((n) => ({
      categorie: n.categorie,
      reden:
        n.voorwaarde ??
        `Bijlage 1 noemt ${categorieNaam(n.categorie)} bij ${petNaam(pet)} als gegevens die u niet deelt.`,
      bron: bronTekst(regel.bron),
      alleenMetToestemming: regel.toestemmingBruikbaar,
    }));
}

/**
 * Checks a chosen grondslag against the pet's row in Bijlage 1: whether the pet may use it, with
 * these recipients, for these data, and what consent would still be needed.
 */
export function toetsGrondslag(toets: GrondslagToets): GrondslagOordeel {
  const regel = vindBijlage1Regel(toets.pet);
  const eigen = regel.routes.filter((r) => r.grondslag === toets.grondslag.grondslag);
  const extra = toets.grondslag.grondslag === null ? MELDRECHT_ROUTES.filter((r) => !eigen.includes(r)) : [];
  const kandidaten = [...eigen, ...extra];
  const route = kandidaten.find((r) => pastBijOntvangers(r, toets)) ?? null;
  const c: Context = { toets, regel, kandidaten, route };

  const keuze = keuzeRegels.find((r) => r.geldt(c));
  const nietDelen = nietDelenVoor(toets.pet, toets.gegevens);
  const nietDelenOvertreding = (n: NietDelen): Overtreding => ({
    code: 'niet-delen-categorie',
    bericht: `${categorieNaam(n.categorie)} deelt u niet. ${n.reden}`,
    bron: n.bron,
  });
  const gekozen = keuze ? null : route;
  return {
    route: gekozen,
    routeSoort: gekozen && routeSoort(gekozen),
    overtredingen: [
      ...(keuze ? [naarOvertreding(keuze, c)] : []),
      ...verbodRegels.filter((r) => r.geldt(c)).map((r) => naarOvertreding(r, c)),
      ...nietDelen.filter((n) => !n.alleenMetToestemming).map(nietDelenOvertreding),
    ],
    toestemmingVereist: [
      ...toestemmingRegels.filter((r) => r.geldt(c)).map((r) => naarOvertreding(r, c)),
      ...nietDelen.filter((n) => n.alleenMetToestemming).map(nietDelenOvertreding),
    ],
    nietDelen,
  };
}
