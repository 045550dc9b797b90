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

/**
 * Evaluated once per workflow thread, in the SDK's shared V8 context, instead of once per workflow:
 * zod itself, configured without JIT (zod-zonder-jit imports it). The SDK deep-freezes what is
 * preloaded, so only modules without per-workflow state that never change after loading may go here.
 * The schemas of the rules stay per workflow: zod caches into a schema object on its first parse,
 * which a frozen object refuses. Measured in bench/levenscyclus (docs/performance.md).
 */
export const workflowPreloadModules = [require.resolve('./workflows/zod-zonder-jit')];

/** How every bundle of the workflow code is made: the build's, the tests', the replays'. */
export const workflowBundelOpties = {
  workflowsPath,
  workflowInterceptorModules,
  preloadModules: workflowPreloadModules,
};

/** The knobs of docs/performance.md §4: cache size and slots. */
export type WorkerTuning = Partial<
  Pick<
    WorkerOptions,
    | 'maxCachedWorkflows'
    | 'maxConcurrentWorkflowTaskExecutions'
    | 'maxConcurrentActivityTaskExecutions'
    | 'maxConcurrentLocalActivityExecutions'
  >
>;

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
  tuning?: WorkerTuning;
}

export function createWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    ...deps.tuning,
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
    ...(deps.workflowBundle
      ? { workflowBundle: deps.workflowBundle }
      : { workflowsPath, bundlerOptions: { preloadModules: workflowPreloadModules } }),
  });
}
