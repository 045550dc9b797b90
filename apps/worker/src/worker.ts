import type { Telemetrie } from '@deelwijs/telemetrie';
import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DeelverzoekActivities } from './activities/deelverzoek.activities';
import type { DossierActivities } from './activities/dossier.activities';
import type { UitnodigingActivities } from './activities/uitnodiging.activities';

export const workflowsPath = require.resolve('./workflows');

/**
 * Temporal's OpenTelemetry workflow interceptors, in every bundle of the workflow code (the build's,
 * the tests', the replays'): a workflow continues the trace of the call that started or updated it
 * and hands it on to its activities and children. They add headers, no commands, so histories
 * recorded without them still replay (test/replay.test.ts).
 */
export const workflowInterceptorModules = [
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
];

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  payloadSleutels: string;
  activities: DeelverzoekActivities & DossierActivities & UitnodigingActivities;
  /** Tests pass a prebuilt bundle to avoid bundling once per test. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Where the workflows' spans go (through a sink, as workflow code cannot export them itself). */
  telemetrie: Pick<Telemetrie, 'resource' | 'spanProcessor'>;
}

export function createWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    activities: deps.activities,
    dataConverter: deelwijsDataConverter(leesPayloadSleutels(deps.payloadSleutels)),
    // Each activity runs in a span that continues its workflow's trace: the verwerkingslog's rows carry it.
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
      // A prebuilt bundle has them inside already (bundle.ts); Temporal ignores these then.
      ...(deps.workflowBundle ? {} : { workflowModules: workflowInterceptorModules }),
    },
    sinks: { exporter: makeWorkflowExporter(deps.telemetrie.spanProcessor, deps.telemetrie.resource) },
    ...(deps.workflowBundle ? { workflowBundle: deps.workflowBundle } : { workflowsPath }),
  });
}
