import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DeelverzoekActivities } from './activities/deelverzoek.activities';
import type { DossierActivities } from './activities/dossier.activities';

export const workflowsPath = require.resolve('./workflows');

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  payloadSleutels: string;
  activities: DeelverzoekActivities & DossierActivities;
  /** Tests pass a prebuilt bundle to avoid bundling once per test. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export function createWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    activities: deps.activities,
    dataConverter: deelwijsDataConverter(leesPayloadSleutels(deps.payloadSleutels)),
    ...(deps.workflowBundle ? { workflowBundle: deps.workflowBundle } : { workflowsPath }),
  });
}
