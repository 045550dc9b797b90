import { Client, Connection, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { workerLogger } from './logging';

/**
 * Makes sure the periodic dossier verification is scheduled on this task queue (idempotent: a
 * second worker, or a restart, finds the schedule and updates its interval).
 */
export async function planDossiercontrole(opties: {
  address: string;
  namespace: string;
  taskQueue: string;
  interval: string;
}) {
  const connection = await Connection.connect({ address: opties.address });
  try {
    const client = new Client({ connection, namespace: opties.namespace });
    const scheduleId = `dossiercontrole-${opties.taskQueue}`;
    // The config checked the notation (6h, 30m); Duration is its template-literal type.
    const spec = { intervals: [{ every: opties.interval as Duration }] };
    try {
      await client.schedule.create({
        scheduleId,
        spec,
        action: {
          type: 'startWorkflow',
          workflowType: 'dossiercontroleWorkflow',
          taskQueue: opties.taskQueue,
          workflowId: scheduleId,
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP },
      });
    } catch (fout) {
      if (!(fout instanceof ScheduleAlreadyRunning)) throw fout;
      await client.schedule.getHandle(scheduleId).update((s) => ({ ...s, spec }));
    }
    workerLogger.info(`Dossiercontrole gepland: elke ${opties.interval}`);
  } finally {
    await connection.close();
  }
}
