import { BEWAARTERMIJN_WORKFLOW, type BewaartermijnInput } from '@deelwijs/temporal/contract';
import { workerLogger } from './logging';
import { type Planning, planWorkflow } from './plannen';

/**
 * Makes sure the periodic retention run is scheduled on this task queue, removing or only reporting
 * as configured (BEWAARTERMIJN_VERWIJDEREN); a restart with another setting updates the schedule.
 */
export async function planBewaartermijn(opties: Planning & { verwijderen: boolean }): Promise<string> {
  const input: BewaartermijnInput = { v: 1, verwijderen: opties.verwijderen };
  const id = await planWorkflow({
    ...opties,
    naam: 'bewaartermijn',
    workflowType: BEWAARTERMIJN_WORKFLOW,
    args: [input],
  });
  workerLogger.info(
    `Bewaartermijn gepland: elke ${opties.interval}, ${opties.verwijderen ? 'rapporteren en verwijderen' : 'alleen rapporteren'}`,
  );
  return id;
}
