import type {
  Actor,
  Afweging1Antwoord,
  DeelverzoekStatus,
  NieuwDeelverzoek,
  Overtreding,
} from '@deelwijs/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** The deelverzoek workflow as other apps see it: names and types only, no worker internals. */
export const DEELVERZOEK_WORKFLOW = 'deelverzoekWorkflow';

export interface DeelverzoekWorkflowInput {
  /** Also the workflow id. */
  id: string;
  aanvraag: NieuwDeelverzoek;
  door: Actor;
  contentVersie: string;
  beleidVersie: string;
}

export interface DeelverzoekWorkflowStatus {
  status: DeelverzoekStatus;
  /** False until the first dossieraantekening is written. */
  geregistreerd: boolean;
  volgnummer: number;
}

export interface Afweging1Opdracht {
  antwoord: Afweging1Antwoord;
  door: Actor;
}

export const deelverzoekStatusQuery = defineQuery<DeelverzoekWorkflowStatus>('status');
export const afweging1Update = defineUpdate<DeelverzoekWorkflowStatus, [Afweging1Opdracht]>(
  'beantwoordAfweging1',
);

/** ApplicationFailure type of a command the rules refuse; its details hold the Overtreding[]. */
export const OVERTREDING_FAILURE = 'Overtreding';
export type OvertredingDetails = [Overtreding[]];
