import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import { GegevenscategorieId, PetId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { z } from 'zod';
import { Afweging1Antwoord } from '../afweging-1/afweging-1.schema';
import { Afweging2Antwoord } from '../afweging-2/afweging-2.schema';
import { Afweging3Antwoord } from '../afweging-3/afweging-3.schema';
import { Deelverzoek, DeelverzoekStatus } from '../deelverzoek/deelverzoek.schema';
import {
  type Afweging4Fase,
  type Afweging4In,
  Afweging4Reden,
  Afweging4Stand,
  Akkoord,
  CollegialeToetsing,
  Doorbrekingsvoorstel,
  Toetser,
} from '../doorbreking/doorbreking.schema';
import { Actor, type Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import {
  GrondslagKeuze,
  NietDelen,
  Omstandigheden,
  RouteSoort,
  RouteZonderToestemming,
} from '../grondslag/grondslag.schema';
import {
  InformerenAchteraf,
  InformerenAchterafInvoer,
} from '../informeren-achteraf/informeren-achteraf.schema';
import { Professional } from '../professional/professional.schema';
import { Overtreding } from '../regels/resultaat';
import { Toelichting } from '../regels/tekst';
import { Uitstel, UitstelVerzoek } from '../termijnen/uitstel';
import {
  PartijGeinformeerd,
  PartijInformeren,
  Toestemming,
  Toestemmingspoging,
  VastgelegdePoging,
} from '../toestemming/toestemming.schema';
import { MeldrechtOverleg, MeldrechtOverlegInvoer } from '../verstrekking/meldrecht';
import { Verstrekking, VerstrekkingInvoer } from '../verstrekking/verstrekking.schema';
import { Client, Partij, WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';

export const AchterwegeGelaten = z.object({ categorie: GegevenscategorieId, reden: z.string().min(1) });
export type AchterwegeGelaten = z.infer<typeof AchterwegeGelaten>;

/** What afweging 2 and 3 settled: the data, the grondslag and what the rules make of them. */
export const DeelverzoekInhoud = z.object({
  gegevens: z.array(GegevenscategorieId).min(1),
  grondslag: GrondslagKeuze,
  omstandigheden: Omstandigheden,
  routeSoort: RouteSoort,
  toestemmingVereist: z.array(Overtreding),
  nietDelen: z.array(NietDelen),
  achterwegeGelaten: z.array(AchterwegeGelaten),
});
export type DeelverzoekInhoud = z.infer<typeof DeelverzoekInhoud>;

/** An inhoud on a route without consent, with no rule that still asks for it (see `zonderToestemming`). */
export const InhoudZonderToestemming = DeelverzoekInhoud.extend({
  routeSoort: RouteZonderToestemming,
  // maxItems 0 rather than an empty tuple: an empty prefixItems is not valid in the OpenAPI document.
  toestemmingVereist: z.array(Overtreding).max(0),
});
export type InhoudZonderToestemming = z.infer<typeof InhoudZonderToestemming>;

/** A professional whose pet is on record: afweging 2 goes no further without one (Bijlage 1). */
const ProfessionalMetPet = Professional.extend({ pet: PetId });

/** Every field a process can hold; each status below names the ones it always has. */
const Proces = z.object({
  /** Where the process stands; always equal to `deelverzoek.status`. */
  status: DeelverzoekStatus,
  deelverzoek: Deelverzoek,
  /** Number of the last dossieraantekening written. */
  volgnummer: z.number().int().min(1),
  client: Client,
  professional: Professional,
  inhoud: DeelverzoekInhoud.optional(),
  wieMoetToestemmen: WieMoetToestemmen.optional(),
  toestemmingGevraagdVanaf: IsoTijdstip.optional(),
  pogingen: z.array(VastgelegdePoging),
  toestemmingen: z.array(Toestemming),
  afweging4: Afweging4Stand.optional(),
  verstrekking: Verstrekking.optional(),
  uitstel: z.array(Uitstel),
  /** An uitstel asked for and not yet decided by a leidinggevende. */
  uitstelVerzoek: UitstelVerzoek.optional(),
  informerenAchteraf: InformerenAchteraf.optional(),
  /** Those told rather than asked (e.g. a child under 12), once the professional recorded it. */
  geinformeerd: z.array(PartijGeinformeerd).optional(),
  /** Meldrecht: the deskundige collega consulted before reporting (meldcode). */
  meldrechtOverleg: MeldrechtOverleg.optional(),
  /**
   * The casemanager responsible now, once a leidinggevende moved the work (overdracht); absent, it
   * is whoever started the deelverzoek (see `eigenaarVan`).
   */
  eigenaar: Actor.optional(),
});
/** From afweging 3 on: the pet is known and the inhoud is settled. */
const Afgewogen = { professional: ProfessionalMetPet, inhoud: DeelverzoekInhoud };
/** From the moment consent is asked: who must give it, and since when (the consent clock). */
const Gevraagd = { wieMoetToestemmen: WieMoetToestemmen, toestemmingGevraagdVanaf: IsoTijdstip };

/**
 * The whole state of one deelverzoek's process, by status. It is the workflow's query result, so
 * it is parsed where it crosses a boundary; `status` narrows it in code. A plain union, not a
 * discriminated one: verstrekking has two shapes, which share their status.
 */
export const DeelverzoekProces = z
  .union([
    Proces.extend({ status: z.literal('afweging-1') }),
    Proces.extend({ status: z.literal('afweging-2') }),
    Proces.extend({ status: z.literal('afweging-3'), ...Afgewogen }),
    Proces.extend({ status: z.literal('toestemming'), ...Afgewogen, ...Gevraagd }),
    Proces.extend({ status: z.literal('afweging-4'), ...Afgewogen, ...Gevraagd, afweging4: Afweging4Stand }),
    // Data may move once consent was asked (on that consent, or on a doorbreking signed off) …
    Proces.extend({ status: z.literal('verstrekking'), ...Afgewogen, ...Gevraagd }),
    // … or straight after afweging 3, on a route that needs no consent.
    Proces.extend({ status: z.literal('verstrekking'), ...Afgewogen, inhoud: InhoudZonderToestemming }),
    Proces.extend({ status: z.literal('informeren-achteraf'), ...Afgewogen, verstrekking: Verstrekking }),
    Proces.extend({ status: z.literal('doorverwezen') }),
    Proces.extend({ status: z.literal('niet-gedeeld') }),
    Proces.extend({ status: z.literal('gedeeld-met-toestemming'), ...Afgewogen, verstrekking: Verstrekking }),
    Proces.extend({
      status: z.literal('gedeeld-zonder-toestemming'),
      ...Afgewogen,
      verstrekking: Verstrekking,
    }),
    Proces.extend({ status: z.literal('ingetrokken') }),
  ])
  .refine((p) => p.status === p.deelverzoek.status, {
    message: 'De status van het proces en van het deelverzoek lopen uiteen.',
    path: ['status'],
  });
export type DeelverzoekProces = z.infer<typeof DeelverzoekProces>;

/** A process in one of these statuses, with what those statuses always have. */
export type ProcesIn<S extends DeelverzoekStatus> = Extract<DeelverzoekProces, { status: S }>;

/** A process in afweging 4, in this phase of the doorbreking. */
export type ProcesInFase<F extends Afweging4Fase> = ProcesIn<'afweging-4'> & { afweging4: Afweging4In<F> };

/** Every command a person can give a deelverzoek, by kind. */
export const Opdracht = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('afweging-1'), antwoord: Afweging1Antwoord }),
  z.object({ soort: z.literal('afweging-2'), antwoord: Afweging2Antwoord }),
  z.object({ soort: z.literal('afweging-3'), antwoord: Afweging3Antwoord }),
  z.object({ soort: z.literal('toestemmingspoging'), poging: Toestemmingspoging }),
  z.object({ soort: z.literal('toestemming-intrekken'), partij: Partij, toelichting: Toelichting }),
  z.object({ soort: z.literal('start-afweging-4'), reden: Afweging4Reden, toelichting: Toelichting }),
  z.object({ soort: z.literal('partij-geinformeerd'), informeren: PartijInformeren }),
  z.object({ soort: z.literal('doorbrekingsvoorstel'), voorstel: Doorbrekingsvoorstel }),
  z.object({
    soort: z.literal('voorstel-wijzigen'),
    voorstel: Doorbrekingsvoorstel,
    wijziging: Toelichting,
  }),
  z.object({ soort: z.literal('toetser-toewijzen'), toetser: Toetser }),
  z.object({ soort: z.literal('toetsing-oppakken') }),
  z.object({ soort: z.literal('collegiale-toetsing'), toetsing: CollegialeToetsing }),
  z.object({ soort: z.literal('akkoord-leidinggevende'), akkoord: Akkoord }),
  z.object({
    soort: z.literal('acute-verstrekking'),
    reden: Toelichting,
    voorstel: Doorbrekingsvoorstel,
    verstrekking: VerstrekkingInvoer,
  }),
  z.object({ soort: z.literal('meldrecht-overleg'), overleg: MeldrechtOverlegInvoer }),
  z.object({ soort: z.literal('verstrekking'), verstrekking: VerstrekkingInvoer }),
  z.object({
    soort: z.literal('uitstel'),
    reden: z.string().trim().max(200, 'De reden is te lang (hoogstens 200 tekens).').optional(),
    onderbouwing: z.string().trim().max(4000, 'Hoogstens 4000 tekens.'),
    tot: IsoTijdstip,
    /** Only before content version 2025.2.0, when the leidinggevende gave the uitstel for the requester. */
    aangevraagdDoor: Actor.optional(),
  }),
  z.object({ soort: z.literal('uitstel-besluit'), besluit: Akkoord }),
  z.object({ soort: z.literal('informeren-achteraf'), informeren: InformerenAchterafInvoer }),
  z.object({ soort: z.literal('intrekken'), toelichting: Toelichting }),
]);
export type Opdracht = z.input<typeof Opdracht>;
export type OpdrachtSoort = Opdracht['soort'];
/** A command of one kind as a handler receives it: parsed, defaults filled in. */
export type OpdrachtVan<K extends OpdrachtSoort> = Extract<z.output<typeof Opdracht>, { soort: K }>;

/** Who acts, when, under which policy: the domain has no clock and no users of its own. */
export interface ProcesContext {
  door: Medewerker;
  op: string;
  beleid: Beleid;
  werkdagOpties?: WerkdagOptiesInvoer;
}

/** Something the process must make happen beside the step, which the domain cannot do itself. */
export type Signaal = { soort: 'leidinggevende-informeren'; reden: 'meldrecht' };

export interface ProcesStap {
  proces: DeelverzoekProces;
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
  /** E.g. tell the team's leidinggevende of a report under the meldrecht (no signature needed). */
  signalen?: Signaal[];
}
