import type { PetId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { vindBijlage1Regel } from '@deelwijs/content/bijlage-1/regels';
import { z } from 'zod';
import { toetsConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { EERSTE_STATUS } from '../deelverzoek/start';
import { afweging4Voor } from '../doorbreking/doorbreking';
import { type GrondslagOordeel, toetsGrondslag, zonderToestemming } from '../grondslag/grondslag';
import type { GrondslagKeuze } from '../grondslag/grondslag.schema';
import type { NaarVan } from '../proces/overgangen';
import { bronAfweging } from '../regels/bron';
import type { Overtreding } from '../regels/resultaat';
import type { WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { wieMoetToestemmen } from '../vertegenwoordiging/wie-moet-toestemmen';
import { Advies, type AdviesRoute, Situatie, type VolgendeStap } from './advies.schema';

type Invoer = z.output<typeof Situatie>;

/** What each next step asks of the professional, in plain words. */
const STAP: Record<VolgendeStap, { uitleg: string; bron: string }> = {
  'afweging-1': { uitleg: 'Ga eerst na of de vraag bij u hoort.', bron: bronAfweging('1') },
  doorverwijzen: {
    uitleg: 'De vraag hoort niet bij u. Verwijs de cliënt door en help hem op weg.',
    bron: bronAfweging('1'),
  },
  'pet-vastleggen': {
    uitleg: 'Leg vast in welke pet u werkt; daarvan hangt af op welke grond u mag delen.',
    bron: 'Handleiding Bijlage 1',
  },
  'afweging-2': {
    uitleg:
      'Beantwoord afweging 2: is het doel welbepaald, zijn de gegevens uitdrukkelijk omschreven, en welke grondslag geldt?',
    bron: bronAfweging('2'),
  },
  'grondslag-herzien': {
    uitleg: 'De gekozen grondslag past niet bij uw pet of bij deze gegevens. Kies een andere of deel niet.',
    bron: 'Handleiding Bijlage 1',
  },
  'afweging-3': {
    uitleg:
      'Beantwoord afweging 3: is delen nodig, is alles van belang, en deelt u alleen met wie betrokken is?',
    bron: bronAfweging('3'),
  },
  'minder-gegevens': {
    uitleg: 'Niet alles is van belang. Deel alleen wat strikt nodig is voor het doel.',
    bron: bronAfweging('3'),
  },
  'niet-delen': {
    uitleg: 'Deel deze gegevens niet, en leg de afweging vast in het dossier.',
    bron: bronAfweging('2 en 3'),
  },
  'vertegenwoordiging-vastleggen': {
    uitleg: 'Leg eerst vast wie namens de cliënt beslist.',
    bron: 'Handleiding hoofdstuk 3 (Privacy en leeftijd)',
  },
  'toestemming-vragen': {
    uitleg: 'Bespreek het delen met wie moet toestemmen en vraag toestemming. Leg elke poging vast.',
    bron: bronAfweging('3'),
  },
  'afweging-4': {
    uitleg:
      'Er is geen toestemming. Bespreek met de cliënt waarom u wilt delen en weeg af of er een conflict van plichten of vitaal belang is.',
    bron: bronAfweging('4a'),
  },
  'collegiale-toetsing-en-akkoord': {
    uitleg: 'Laat het voorstel toetsen door een deskundige collega en vraag akkoord aan de leidinggevende.',
    bron: bronAfweging('4a en 4c'),
  },
  verstrekken: {
    uitleg: 'U mag delen. Leg vast wat u deelde, met wie, en wat u bewust niet deelde.',
    bron: bronAfweging('4'),
  },
};

interface Stand {
  route: AdviesRoute;
  stap: VolgendeStap;
  nietVoorafInformeren?: boolean;
  overtredingen?: Overtreding[];
}

interface Begin {
  s: Invoer;
  wie: WieMoetToestemmen | null;
}
/** After afweging 2: the pet, and how Bijlage 1 judges the chosen grondslag. */
interface Gewogen extends Begin {
  pet: PetId;
  oordeel: GrondslagOordeel;
}

/** What the advice knows on reaching each status of the process. */
interface Kennis {
  'afweging-1': Begin;
  'afweging-2': Begin;
  'afweging-3': Gewogen;
  toestemming: Gewogen;
  'afweging-4': Gewogen;
  verstrekking: Begin & { route: AdviesRoute };
  doorverwezen: Begin;
  'niet-gedeeld': Begin;
}
type AdviesStatus = keyof Kennis;

/** A move the process itself could make from S: the compiler holds it to the transition table. */
type Verder<S extends AdviesStatus> = {
  [N in Extract<NaarVan<S>, AdviesStatus>]: { naar: N; kennis: Kennis[N] };
}[Extract<NaarVan<S>, AdviesStatus>];

/**
 * How the situation reads at each status: the advice stops where a question is still open or the
 * process would refuse, or moves on as the process would. The order is the process's own.
 */
const LEZING: { [S in AdviesStatus]: (k: Kennis[S]) => Stand | Verder<S> } = {
  'afweging-1': (k) => {
    const a = k.s.antwoorden.afweging1;
    if (a === undefined) return { route: 'onbepaald', stap: 'afweging-1' };
    return a.hoortBijMij ? { naar: 'afweging-2', kennis: k } : { naar: 'doorverwezen', kennis: k };
  },
  'afweging-2': (k) => {
    const { s } = k;
    const pet = s.professional.pet;
    if (pet === null) return { route: 'onbepaald', stap: 'pet-vastleggen' };
    const a = s.antwoorden.afweging2;
    if (a === undefined || s.grondslag === undefined) return { route: 'onbepaald', stap: 'afweging-2' };
    if (!a.welbepaaldDoel || !a.uitdrukkelijkOmschreven || s.grondslag === null) {
      return { naar: 'niet-gedeeld', kennis: k };
    }
    const oordeel = toets(s, pet, s.grondslag);
    if (oordeel.overtredingen.length > 0) {
      return { route: 'onbepaald', stap: 'grondslag-herzien', overtredingen: oordeel.overtredingen };
    }
    return { naar: 'afweging-3', kennis: { ...k, pet, oordeel } };
  },
  'afweging-3': (k) => {
    const a = k.s.antwoorden.afweging3;
    if (a === undefined) return { route: 'onbepaald', stap: 'afweging-3' };
    if (!a.doelmatig || !a.subsidiair) return { naar: 'niet-gedeeld', kennis: k };
    if (!a.proportioneel) return { route: 'onbepaald', stap: 'minder-gegevens' };
    if (zonderToestemming(k.oordeel)) {
      return { naar: 'verstrekking', kennis: { ...k, route: k.oordeel.routeSoort } };
    }
    if (k.wie === null) return { route: 'met-toestemming', stap: 'vertegenwoordiging-vastleggen' };
    return { naar: 'toestemming', kennis: k };
  },
  toestemming: (k) => {
    const { s } = k;
    if (s.toestemming === 'gegeven') {
      return { naar: 'verstrekking', kennis: { ...k, route: 'met-toestemming' } };
    }
    if (
      (s.toestemming === 'niet-gevraagd' || s.toestemming === 'gevraagd') &&
      !s.omstandigheden.acuutVitaalBelang
    ) {
      return { route: 'met-toestemming', stap: 'toestemming-vragen' };
    }
    // Afweging 4 would be refused: the pet has no route without consent, or the data need consent.
    if (!vindBijlage1Regel(k.pet).zonderToestemmingMogelijk || k.oordeel.toestemmingVereist.length > 0) {
      return { route: 'niet-delen', stap: 'niet-delen' };
    }
    return { naar: 'afweging-4', kennis: k };
  },
  'afweging-4': (k) => {
    const route = afweging4Voor(k.s.professional.beroepsgeheim) === '4c' ? 'afweging-4c' : 'afweging-4a';
    const a = k.s.antwoorden.afweging4;
    if (a === undefined) return { route, stap: 'afweging-4' };
    // Good arguments send the process back to afweging 3: for now, do not share.
    if (a.goedeArgumentenClient) return { route: 'niet-delen', stap: 'niet-delen' };
    if (a.conflictVanPlichten === null) return { naar: 'niet-gedeeld', kennis: k };
    const cvp = toetsConflictVanPlichten(a.conflictVanPlichten);
    if (!cvp.ok) return { route: 'niet-delen', stap: 'niet-delen', overtredingen: cvp.overtredingen };
    return {
      route,
      stap: 'collegiale-toetsing-en-akkoord',
      nietVoorafInformeren: a.nietVoorafInformeren !== undefined,
    };
  },
  verstrekking: (k) => ({ route: k.route, stap: 'verstrekken' }),
  doorverwezen: () => ({ route: 'doorverwijzen', stap: 'doorverwijzen' }),
  'niet-gedeeld': () => ({ route: 'niet-delen', stap: 'niet-delen' }),
};

/** Walks the situation through the process from its first status until the advice stops. */
function lees<S extends AdviesStatus>(status: S, kennis: Kennis[S]): Stand {
  const uitkomst = LEZING[status](kennis);
  return 'naar' in uitkomst ? lees(uitkomst.naar, uitkomst.kennis) : uitkomst;
}

const toets = (s: Invoer, pet: PetId, grondslag: GrondslagKeuze): GrondslagOordeel =>
  toetsGrondslag({
    pet,
    grondslag,
    gegevens: s.gegevens,
    ontvangers: s.ontvangers,
    omstandigheden: s.omstandigheden,
  });

/**
 * Stateless advice for a situation: the route, the next required step, who must consent, what may
 * not be shared and which rules stand in the way. Throws a ZodError on invalid input.
 */
export function advies(invoer: Situatie): Advies {
  const s = Situatie.parse(invoer);
  const pet = s.professional.pet;
  const oordeel = pet && s.grondslag ? toets(s, pet, s.grondslag) : null;
  const wieResultaat = wieMoetToestemmen(s.client, s.peildatum);
  const wie = wieResultaat.ok ? wieResultaat.waarde : null;
  const stand = lees(EERSTE_STATUS, { s, wie });
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

/** JSON Schema as a plain object: what the API and the CLI publish. */
type JsonSchema = Record<string, unknown>;
let jsonSchema: { invoer: JsonSchema; uitvoer: JsonSchema } | undefined;
const maakJsonSchema = (): { invoer: JsonSchema; uitvoer: JsonSchema } => {
  jsonSchema ??= {
    invoer: z.toJSONSchema(Situatie, { io: 'input' }),
    uitvoer: z.toJSONSchema(Advies, { io: 'output' }),
  };
  return jsonSchema;
};

/**
 * The advice's input and output as JSON Schema, for other case systems. Built on first read, not on
 * import: workflow code imports the domain once per workflow and has no use for it.
 */
export const adviesJsonSchema = {
  get invoer() {
    return maakJsonSchema().invoer;
  },
  get uitvoer() {
    return maakJsonSchema().uitvoer;
  },
};
