import { workerLogger } from './logging';
import { type Planning, planWorkflow } from './plannen';

/**
 * Makes sure the periodic dossier verification is scheduled on this task queue (idempotent: a
 * second worker, or a restart, finds the schedule and updates its interval).
 */
export async function planDossiercontrole(opties: Planning) {
  await planWorkflow({ ...opties, naam: 'dossiercontrole', workflowType: 'dossiercontroleWorkflow' });
  workerLogger.info(`Dossiercontrole gepland: elke ${opties.interval}`);
}
