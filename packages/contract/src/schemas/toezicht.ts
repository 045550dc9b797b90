import { HandtekeningSignaalId, InformerenAchterafRouteId } from '@deelwijs/content';
import { Afweging4 } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering } from './algemeen';

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
