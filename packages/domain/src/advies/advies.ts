import { vindBijlage1Regel } from '@deelwijs/content';
import { z } from 'zod';
import { toetsConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { afweging4Voor } from '../doorbreking/doorbreking';
import { type GrondslagOordeel, toetsGrondslag, zonderToestemming } from '../grondslag/grondslag';
import type { Overtreding } from '../regels/resultaat';
import type { WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { wieMoetToestemmen } from '../vertegenwoordiging/wie-moet-toestemmen';
import { Advies, type AdviesRoute, Situatie, type VolgendeStap } from './advies.schema';

type Invoer = z.output<typeof Situatie>;

const H4 = (a: string) => `Handleiding hoofdstuk 4, afweging ${a}`;

/** What each next step asks of the professional, in plain words. */
const STAP: Record<VolgendeStap, { uitleg: string; bron: string }> = {
  'afweging-1': { uitleg: 'Ga eerst na of de vraag bij u hoort.', bron: H4('1') },
  doorverwijzen: {
    uitleg: 'De vraag hoort niet bij u. Verwijs de cliënt door en help hem op weg.',
    bron: H4('1'),
  },
  'pet-vastleggen': {
    uitleg: 'Leg vast in welke pet u werkt; daarvan hangt af op welke grond u mag delen.',
    bron: 'Handleiding Bijlage 1',
  },
  'afweging-2': {
    uitleg:
      'Beantwoord afweging 2: is het doel welbepaald, zijn de gegevens uitdrukkelijk omschreven, en welke grondslag geldt?',
    bron: H4('2'),
  },
  'grondslag-herzien': {
    uitleg: 'De gekozen grondslag past niet bij uw pet of bij deze gegevens. Kies een andere of deel niet.',
    bron: 'Handleiding Bijlage 1',
  },
  'afweging-3': {
    uitleg:
      'Beantwoord afweging 3: is delen nodig, is alles van belang, en deelt u alleen met wie betrokken is?',
    bron: H4('3'),
  },
  'minder-gegevens': {
    uitleg: 'Niet alles is van belang. Deel alleen wat strikt nodig is voor het doel.',
    bron: H4('3'),
  },
  'niet-delen': {
    uitleg: 'Deel deze gegevens niet, en leg de afweging vast in het dossier.',
    bron: H4('2 en 3'),
  },
  'vertegenwoordiging-vastleggen': {
    uitleg: 'Leg eerst vast wie namens de cliënt beslist.',
    bron: 'Handleiding hoofdstuk 3 (Privacy en leeftijd)',
  },
  'toestemming-vragen': {
    uitleg: 'Bespreek het delen met wie moet toestemmen en vraag toestemming. Leg elke poging vast.',
    bron: H4('3'),
  },
  'afweging-4': {
    uitleg:
      'Er is geen toestemming. Bespreek met de cliënt waarom u wilt delen en weeg af of er een conflict van plichten of vitaal belang is.',
    bron: H4('4a'),
  },
  'collegiale-toetsing-en-akkoord': {
    uitleg: 'Laat het voorstel toetsen door een deskundige collega en vraag akkoord aan de leidinggevende.',
    bron: H4('4a en 4c'),
  },
  verstrekken: {
    uitleg: 'U mag delen. Leg vast wat u deelde, met wie, en wat u bewust niet deelde.',
    bron: H4('4'),
  },
};

interface Stand {
  route: AdviesRoute;
  stap: VolgendeStap;
  nietVoorafInformeren?: boolean;
  overtredingen?: Overtreding[];
}

interface Context {
  s: Invoer;
  oordeel: GrondslagOordeel | null;
  wie: WieMoetToestemmen | null;
}

/**
 * The handbook's order as a list: the first step whose question is still open or answered "no"
 * decides the advice.
 */
const STAPPEN: readonly ((c: Context) => Stand | null)[] = [
  ({ s }) => (s.antwoorden.afweging1 === undefined ? { route: 'onbepaald', stap: 'afweging-1' } : null),
  ({ s }) =>
    s.antwoorden.afweging1!.hoortBijMij === false ? { route: 'doorverwijzen', stap: 'doorverwijzen' } : null,
  ({ s }) => (s.professional.pet === null ? { route: 'onbepaald', stap: 'pet-vastleggen' } : null),
  ({ s }) =>
    s.antwoorden.afweging2 === undefined || s.grondslag === undefined
      ? { route: 'onbepaald', stap: 'afweging-2' }
      : null,
  ({ s }) => {
    const a = s.antwoorden.afweging2!;
    return !a.welbepaaldDoel || !a.uitdrukkelijkOmschreven || s.grondslag === null
      ? { route: 'niet-delen', stap: 'niet-delen' }
      : null;
  },
  ({ oordeel }) =>
    oordeel!.overtredingen.length > 0
      ? { route: 'onbepaald', stap: 'grondslag-herzien', overtredingen: oordeel!.overtredingen }
      : null,
  ({ s }) => (s.antwoorden.afweging3 === undefined ? { route: 'onbepaald', stap: 'afweging-3' } : null),
  ({ s }) => {
    const a = s.antwoorden.afweging3!;
    if (!a.doelmatig || !a.subsidiair) return { route: 'niet-delen', stap: 'niet-delen' };
    return a.proportioneel ? null : { route: 'onbepaald', stap: 'minder-gegevens' };
  },
  ({ oordeel }) =>
    zonderToestemming(oordeel!) ? { route: oordeel!.routeSoort as AdviesRoute, stap: 'verstrekken' } : null,
  ({ wie }) => (wie === null ? { route: 'met-toestemming', stap: 'vertegenwoordiging-vastleggen' } : null),
  ({ s }) => (s.toestemming === 'gegeven' ? { route: 'met-toestemming', stap: 'verstrekken' } : null),
  ({ s }) =>
    (s.toestemming === 'niet-gevraagd' || s.toestemming === 'gevraagd') && !s.omstandigheden.acuutVitaalBelang
      ? { route: 'met-toestemming', stap: 'toestemming-vragen' }
      : null,
  ({ s, oordeel }) => {
    const zonderMogelijk = vindBijlage1Regel(s.professional.pet!).zonderToestemmingMogelijk;
    return !zonderMogelijk || oordeel!.toestemmingVereist.length > 0
      ? { route: 'niet-delen', stap: 'niet-delen' }
      : null;
  },
  ({ s }) => {
    const route: AdviesRoute =
      afweging4Voor(s.professional.beroepsgeheim) === '4c' ? 'afweging-4c' : 'afweging-4a';
    const a = s.antwoorden.afweging4;
    if (a === undefined) return { route, stap: 'afweging-4' };
    if (a.goedeArgumentenClient || a.conflictVanPlichten === null)
      return { route: 'niet-delen', stap: 'niet-delen' };
    const toets = toetsConflictVanPlichten(a.conflictVanPlichten);
    if (!toets.ok) return { route: 'niet-delen', stap: 'niet-delen', overtredingen: toets.overtredingen };
    return {
      route,
      stap: 'collegiale-toetsing-en-akkoord',
      nietVoorafInformeren: a.nietVoorafInformeren !== undefined,
    };
  },
];

/**
 * Stateless advice for a situation: the route, the next required step, who must consent, what may
 * not be shared and which rules stand in the way. Throws a ZodError on invalid input.
 */
export function advies(invoer: Situatie): Advies {
  const s = Situatie.parse(invoer);
  const pet = s.professional.pet;
  const oordeel =
    pet && s.grondslag
      ? toetsGrondslag({
          pet,
          grondslag: s.grondslag,
          gegevens: s.gegevens,
          ontvangers: s.ontvangers,
          omstandigheden: s.omstandigheden,
        })
      : null;
  const wieResultaat = wieMoetToestemmen(s.client, s.peildatum);
  const wie = wieResultaat.ok ? wieResultaat.waarde : null;
  const c: Context = { s, oordeel, wie };
  const stand = STAPPEN.reduce<Stand | null>((gevonden, stap) => gevonden ?? stap(c), null)!;
  return Advies.parse({
    route: stand.route,
    nietVoorafInformeren: stand.nietVoorafInformeren ?? false,
    volgendeStap: { stap: stand.stap, ...STAP[stand.stap] },
    wieMoetToestemmen: wie,
    nietDelen: oordeel?.nietDelen ?? [],
    toestemmingVereist: oordeel?.toestemmingVereist ?? [],
    overtredingen: [...(wieResultaat.ok ? [] : wieResultaat.overtredingen), ...(stand.overtredingen ?? [])],
  });
}

/** The advice's input and output as JSON Schema, for other case systems. */
export const adviesJsonSchema = {
  invoer: z.toJSONSchema(Situatie, { io: 'input' }),
  uitvoer: z.toJSONSchema(Advies, { io: 'output' }),
};
