import {
  Afweging4RedenId,
  AkkoordBesluitId,
  DoorbrekingFaseId,
  HandtekeningSignaalId,
  InformerenAchterafRouteId,
  ToetsingOordeelId,
  VolgendeActieId,
} from '@deelwijs/content';
import { AantekeningSoort, Afweging4, Deelbasis, DeelverzoekStatus, RouteSoort } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering } from './algemeen';
import { ClientDossierregel, ClientView } from './clienten';
import { Rol } from './rollen';

const Team = z
  .string()
  .trim()
  .min(1)
  .max(100, 'Een teamnaam is hoogstens 100 tekens.')
  .regex(/^[a-z0-9-]+$/, 'Een team wordt genoemd met kleine letters, cijfers en streepjes.');

/** `?team=` narrows the privacy officer's list to one team; paged like every list. */
export const HandtekeningenQuery = Paginering.extend({ team: Team.optional() });
export type HandtekeningenQuery = z.infer<typeof HandtekeningenQuery>;

/**
 * One doorbreking on the privacy officer's list of sign-offs: process metadata only (pseudonym,
 * team, kind, since when, deadline), never the doel or the weighing.
 */
export const HandtekeningSignaal = z
  .object({
    signaal: HandtekeningSignaalId,
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    team: z.string(),
    afweging: Afweging4.nullable(),
    /** Since when the signature is awaited: the review, or the acute verstrekking. */
    sinds: z.iso.datetime({ offset: true }).nullable(),
    /** The deadline that passed; null once refused afterwards (no longer awaited). */
    uiterlijk: z.iso.datetime({ offset: true }).nullable(),
    /** The policy set this deadline in werkdagen: what is left is counted in werkdagen too. */
    inWerkdagen: z.boolean(),
    /** When the leidinggevende refused, for an acute verstrekking refused afterwards. */
    afgewezenOp: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'HandtekeningSignaal' });
export type HandtekeningSignaal = z.infer<typeof HandtekeningSignaal>;

/** `?team=` and paging, as for the sign-offs. */
export const InformerenAchterafQuery = HandtekeningenQuery;
export type InformerenAchterafQuery = z.infer<typeof InformerenAchterafQuery>;

/**
 * One client still to be told afterwards on the privacy officer's list: process metadata only
 * (pseudonym, team, route, when shared, the deadline, the uitstel), never the doel or the weighing.
 */
export const InformerenAchterafSignaal = z
  .object({
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    team: z.string(),
    route: InformerenAchterafRouteId,
    /** When the data was shared; the deadline runs from here. */
    verstrektOp: z.iso.datetime({ offset: true }),
    /** When the client must have been told, after any approved uitstel. */
    uiterlijk: z.iso.datetime({ offset: true }),
    /** The policy set this deadline in werkdagen: what is left is counted in werkdagen too. */
    inWerkdagen: z.boolean(),
    /** The end of the latest approved uitstel; null without one. */
    uitstelTot: z.iso.datetime({ offset: true }).nullable(),
    /** The deadline has passed. */
    teLaat: z.boolean(),
    /** An uitstel was asked for and waits on a leidinggevende's decision. */
    uitstelGevraagd: z.boolean(),
  })
  .meta({ id: 'InformerenAchterafSignaal' });
export type InformerenAchterafSignaal = z.infer<typeof InformerenAchterafSignaal>;

/** `?team=` narrows the figures to one team; not paged (a fixed set of figures). */
export const OverzichtQuery = z.object({ team: Team.optional() });
export type OverzichtQuery = z.infer<typeof OverzichtQuery>;

const Aantal = z.number().int().min(0);

/** One ISO week (Europe/Amsterdam) of the trend. */
export const OverzichtWeek = z
  .object({
    /** ISO week, e.g. `2026-W49`. */
    week: z.string().regex(/^\d{4}-W\d{2}$/),
    /** The Monday it starts on (local date). */
    vanaf: z.iso.date(),
    /** Verstrekkingen on the client's consent. */
    metToestemming: Aantal,
    /** Verstrekkingen without consent: a legal ground, meldrecht or a doorbreking. */
    zonderToestemming: Aantal,
    /** Of those, verstrekkingen on a doorbreking (4a or 4c). */
    doorbrekingen: Aantal,
    /** Clients told afterwards, recorded in this week. */
    informerenAfgerond: Aantal,
  })
  .meta({ id: 'OverzichtWeek' });
export type OverzichtWeek = z.infer<typeof OverzichtWeek>;

/** The privacy officer's figures: what is open now, and the last 12 weeks. Counts only. */
export const ToezichtOverzicht = z
  .object({
    aantallen: z.object({
      informerenAchterafTeLaat: Aantal,
      handtekeningenTeLaat: Aantal,
      toestemmingVastgelopen: Aantal,
      openDoorbrekingen: Aantal,
    }),
    /** Oldest week first, the current week last. */
    perWeek: z.array(OverzichtWeek).length(12),
  })
  .meta({ id: 'ToezichtOverzicht' });
export type ToezichtOverzicht = z.infer<typeof ToezichtOverzicht>;

/** `?team=` and paging, as for the other lists. */
export const ToestemmingVastgelopenQuery = HandtekeningenQuery;
export type ToestemmingVastgelopenQuery = z.infer<typeof ToestemmingVastgelopenQuery>;

/** A stalled consent process on the privacy officer's list: process metadata only. */
export const ToestemmingVastgelopenSignaal = z
  .object({
    deelverzoekId: z.uuid(),
    client: z.object({ pseudoniem: z.string() }),
    team: z.string(),
    /** Since when consent is asked (the clock starts here). */
    gevraagdVanaf: z.iso.datetime({ offset: true }).nullable(),
    /** The clock's moment that passed: the beslismoment, or the reminder when nobody was asked yet. */
    sinds: z.iso.datetime({ offset: true }),
    /** Attempts recorded; 0 means the client was not asked yet. */
    pogingen: Aantal,
  })
  .meta({ id: 'ToestemmingVastgelopenSignaal' });
export type ToestemmingVastgelopenSignaal = z.infer<typeof ToestemmingVastgelopenSignaal>;

const Tijdstip = z.iso.datetime({ offset: true });
/** A member of staff by id and name; never a client or a representative. */
const Medewerker = z.object({ gebruikerId: z.string(), naam: z.string() });

/** The part a member of staff played in the process, for the drill-down. */
export const BetrokkeneTaak = z.enum([
  'aanvrager',
  'toetser',
  'leidinggevende',
  'verstrekker',
  'informeerder',
]);
export type BetrokkeneTaak = z.infer<typeof BetrokkeneTaak>;

/**
 * One deelverzoek as the privacy officer sees it without opening the file: where the process
 * stands, its deadlines, who holds it, the state of the signature and of informing the client, and
 * how many dossieraantekeningen there are. Process metadata only: never the client's name, the
 * doel, the recipients, a reasoning text or the client's own words.
 */
export const ToezichtDeelverzoek = z
  .object({
    deelverzoekId: z.uuid(),
    client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
    team: z.string(),
    status: DeelverzoekStatus,
    aangemaaktOp: Tijdstip,
    bijgewerktOp: Tijdstip,
    contentVersie: z.string(),
    beleidVersie: z.string(),
    /** What the process waits for and by when; null when nothing waits. */
    volgendeActie: VolgendeActieId.nullable(),
    uiterlijk: Tijdstip.nullable(),
    teLaat: z.boolean(),
    /** Who must act now: a role, and the person when one is named (a chosen colleague). */
    aanZet: z.object({ rol: Rol, medewerker: Medewerker.nullable() }).nullable(),
    /** Who did what so far, in the order they first appeared. */
    betrokkenen: z.array(z.object({ taak: BetrokkeneTaak, medewerker: Medewerker })),
    /** The route afweging 3 reached; null before it. */
    routeSoort: RouteSoort.nullable(),
    toestemming: z.object({
      gevraagdVanaf: Tijdstip.nullable(),
      pogingen: Aantal,
      gegeven: Aantal,
    }),
    /** Afweging 4, when the process reached it: which, why (by id), the phase and the signatures. */
    doorbreking: z
      .object({
        afweging: Afweging4,
        reden: Afweging4RedenId,
        fase: DoorbrekingFaseId,
        spoed: z.boolean(),
        acuutGedeeldOp: Tijdstip.nullable(),
        toetsing: z.object({ oordeel: ToetsingOordeelId, op: Tijdstip }).nullable(),
        akkoord: z.object({ besluit: AkkoordBesluitId, op: Tijdstip }).nullable(),
      })
      .nullable(),
    /** When and on which basis data moved, and how much: counts, not what or to whom. */
    verstrekking: z
      .object({
        op: Tijdstip,
        basis: Deelbasis,
        voorafGeinformeerd: z.boolean(),
        aantalGegevens: Aantal,
        aantalOntvangers: Aantal,
      })
      .nullable(),
    /** Informing the client afterwards, when the process needs it. */
    informerenAchteraf: z
      .object({
        gedaanOp: Tijdstip.nullable(),
        uitstelTot: Tijdstip.nullable(),
        uitstelGevraagd: z.boolean(),
        aantalUitstel: Aantal,
      })
      .nullable(),
    aantekeningen: z.object({
      totaal: Aantal,
      /** Per kind, with its label from content (since API 1.6.0). */
      perSoort: z.array(z.object({ soort: AantekeningSoort, label: z.string(), aantal: Aantal })),
    }),
  })
  .meta({ id: 'ToezichtDeelverzoek' });
export type ToezichtDeelverzoek = z.infer<typeof ToezichtDeelverzoek>;

/** Why the privacy officer opens this file; it goes into the access log and the client's export. */
export const InzienVerzoek = z.object({
  reden: z
    .string({ error: 'Noem waarom u dit dossier opent.' })
    .trim()
    .min(15, 'Noem waarom u dit dossier opent, in minstens 15 tekens.')
    .max(1000, 'De reden is te lang (hoogstens 1000 tekens).'),
});
export type InzienVerzoek = z.infer<typeof InzienVerzoek>;

/** The file, opened deliberately: the client and every dossieraantekening, with the reason on record. */
export const ToezichtInzage = z
  .object({
    client: ClientView,
    dossier: z.array(ClientDossierregel),
    reden: z.string(),
    ingezienOp: Tijdstip,
  })
  .meta({ id: 'ToezichtInzage' });
export type ToezichtInzage = z.infer<typeof ToezichtInzage>;
