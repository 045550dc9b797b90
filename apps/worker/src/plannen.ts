import type { TemporalVerbinding } from '@deelwijs/temporal';
import { Client, Connection, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { Duration } from '@temporalio/common';

/** Where and how often: the connection as the worker's own (TLS, API key), the namespace and queue. */
export interface Planning extends TemporalVerbinding {
  namespace: string;
  taskQueue: string;
  /** A Temporal duration (6h, 30m); the worker's config checked the notation. */
  interval: string;
}

/**
 * Makes sure a periodic workflow is scheduled on this task queue, one schedule per queue (id
 * `<naam>-<taskQueue>`). Idempotent: a second worker, or a restart, finds the schedule and updates
 * its interval and input, so a changed setting takes effect at the next start. Overlapping runs are
 * skipped. Returns the schedule id.
 */
export async function planWorkflow(
  opties: Planning & { naam: string; workflowType: string; args?: unknown[] },
): Promise<string> {
  const connection = await Connection.connect({
    address: opties.address,
    ...(opties.tls ? { tls: opties.tls } : {}),
    ...(opties.apiKey ? { apiKey: opties.apiKey } : {}),
  });
  try {
    const client = new Client({ connection, namespace: opties.namespace });
    const scheduleId = `${opties.naam}-${opties.taskQueue}`;
    const spec = { intervals: [{ every: opties.interval as Duration }] };
    const args = opties.args ?? [];
    try {
      await client.schedule.create({
        scheduleId,
        spec,
        action: {
          type: 'startWorkflow',
          workflowType: opties.workflowType,
          taskQueue: opties.taskQueue,
          workflowId: scheduleId,
          args,
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP },
      });
    } catch (fout) {
      if (!(fout instanceof ScheduleAlreadyRunning)) throw fout;
      await client.schedule
        .getHandle(scheduleId)
        .update((s) => ({ ...s, spec, action: { ...s.action, args } as typeof s.action }));
    }
    return scheduleId;
  } finally {
    await connection.close();
  }
}
