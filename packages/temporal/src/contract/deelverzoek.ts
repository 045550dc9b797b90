import type { VolgendeActieId } from '@deelwijs/content';
import type {
  Actor,
  DeelverzoekProces,
  DeelverzoekStatus,
  DoorbrekingWacht,
  Medewerker,
  Opdracht,
  Overdracht,
  Overtreding,
  PogingMoment,
  UitstelPeriode,
} from '@deelwijs/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** The deelverzoek workflow as other apps see it: names and types only, no worker internals. */
/** Its input is `DeelverzoekWorkflowInput` (./invoer: zod, versioned). */
export const DEELVERZOEK_WORKFLOW = 'deelverzoekWorkflow';

export interface DeelverzoekWorkflowStatus {
  status: DeelverzoekStatus;
  /** False until the first dossieraantekening is written. */
  geregistreerd: boolean;
  volgnummer: number;
  proces: DeelverzoekProces;
}

/** One human action on a deelverzoek; the workflow's validator runs the domain's rules on it. */
export interface OpdrachtVerzoek {
  opdracht: Opdracht;
  door: Medewerker;
  /**
   * The volgnummer the person saw when giving the command; a command against a state they did not
   * see is refused (VEROUDERD_FAILURE). Absent in histories recorded before it existed.
   */
  volgnummer?: number;
}

export const deelverzoekStatusQuery = defineQuery<DeelverzoekWorkflowStatus>('status');
export const opdrachtUpdate = defineUpdate<DeelverzoekWorkflowStatus, [OpdrachtVerzoek]>('voerOpdrachtUit');

/**
 * Answers once the deelverzoek is on file. Sent together with the start (Update-With-Start), so
 * starting a deelverzoek answers from the workflow itself instead of polling the database.
 */
/** A leidinggevende moves the open deelverzoek to another casemanager of its team. */
export interface OverdrachtVerzoek {
  overdracht: Overdracht;
  door: Medewerker;
  /** As with a command: refused when the process moved on since the person saw it. */
  volgnummer?: number;
}

/**
 * Changes the eigenaar: from then on the clocks remind the new casemanager and the werkvoorraad
 * shows the deelverzoek under them. The validator runs the domain's `draagOver`.
 */
export const overdrachtUpdate = defineUpdate<DeelverzoekWorkflowStatus, [OverdrachtVerzoek]>('draagOver');

/** The parent tells a clock that reminds the casemanager who that is now (after an overdracht). */
export const eigenaarSignal = defineSignal<[Actor]>('eigenaar');

export const registratieUpdate = defineUpdate<DeelverzoekWorkflowStatus>('wachtOpRegistratie');

/** ApplicationFailure type of a command the rules refuse; its details hold the Overtreding[]. */
export const OVERTREDING_FAILURE = 'Overtreding';
export type OvertredingDetails = [Overtreding[]];

/** ApplicationFailure type of a command given on a state that has moved on since the person saw it. */
export const VEROUDERD_FAILURE = 'VerouderdeStand';

/**
 * ApplicationFailure type of a step the database refused for good (data or integrity error): the
 * workflow undid the step, so the Update fails and the process waits for the next command.
 */
export const VASTLEGGEN_MISLUKT_FAILURE = 'VastleggenMislukt';

/** ApplicationFailure type of an activity whose write the database refused for good (never retried). */
export const DATABASE_WEIGERT_FAILURE = 'DatabaseWeigert';

/**
 * ApplicationFailure types of a reminder's e-mail: the mail server refused it for good (5xx, never
 * retried; the in-app reminder stands), or could not take it now (retried until it can).
 */
export const MAIL_GEWEIGERD_FAILURE = 'MailGeweigerd';
export const MAIL_STORING_FAILURE = 'MailStoring';

/** The werkvoorraad's volgendeActie while the last step of a deelverzoek could not be written. */
export const STORING_ACTIE = 'storing' satisfies VolgendeActieId;

/**
 * The consent clock: a child workflow per deelverzoek that reminds and prompts, never decides. Its
 * input is `ToestemmingsklokInput` (./invoer: zod, versioned).
 */
export const TOESTEMMING_WORKFLOW = 'toestemmingsklokWorkflow';

/** The parent tells the clock about every attempt (only when and whether it was answered). */
export const pogingSignal = defineSignal<[PogingMoment]>('poging');

/** The parent tells the clock that consent is no longer being asked (complete, afweging 4, withdrawn). */
export const klaarSignal = defineSignal('klaar');

/**
 * The doorbreking clock: a child workflow that reminds whoever a doorbreking waits on (reviewer,
 * pool, leidinggevende) and escalates when they stay silent. Its input is `DoorbrekingsklokInput`
 * (./invoer: zod, versioned).
 */
export const DOORBREKING_WORKFLOW = 'doorbrekingsklokWorkflow';

/** The parent tells the clock whom the doorbreking waits on now; null when it waits on nobody. */
export const doorbrekingWachtSignal = defineSignal<[DoorbrekingWacht | null]>('wacht');

/**
 * The informeren-achteraf clock: a child workflow that reminds the casemanager to tell the client
 * afterwards and tells the team's leidinggevenden when the deadline passes. Its input is
 * `InformerenAchterafklokInput` (./invoer: zod, versioned).
 */
export const INFORMEREN_ACHTERAF_WORKFLOW = 'informerenAchterafklokWorkflow';

/**
 * The parent tells the clock of every approved uitstel (each moves the deadline), or null once the
 * client was told or the process closed. Periods only: never the reason or its onderbouwing.
 */
export const informerenAchterafSignal =
  defineSignal<[{ uitstel: UitstelPeriode[] } | null]>('informeren-achteraf');
