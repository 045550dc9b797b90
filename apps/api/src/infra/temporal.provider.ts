import { deelwijsDataConverter, leesPayloadSleutels, temporalVerbinding } from '@deelwijs/temporal';
import type { FactoryProvider } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { API_CONFIG, type ApiConfig } from '../config';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

export interface TemporalHandle {
  client: Client;
  connection: Connection;
  taskQueue: string;
  /** How long one request may wait for Temporal in all (see TemporalDeadlineInterceptor). */
  deadlineMs: number;
  close(): Promise<void>;
}

/**
 * Plain factory, no wrapper library. Lazy, so the API starts even while Temporal is still booting;
 * gRPC reconnects by itself, with a short back-off so the API is back within seconds of Temporal.
 */
export const temporalProvider: FactoryProvider<TemporalHandle> = {
  provide: TEMPORAL_CLIENT,
  inject: [API_CONFIG],
  useFactory: (config: ApiConfig) => {
    const connection = Connection.lazy({
      // Dev server, self-hosted with (m)TLS, or Temporal Cloud: the environment decides.
      ...temporalVerbinding(config),
      connectTimeout: 5_000,
      // A few quick retries ride out a blip; longer outages answer 503 instead of keeping a request open.
      interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 6 }))],
      channelArgs: {
        'grpc.initial_reconnect_backoff_ms': 500,
        'grpc.max_reconnect_backoff_ms': 3_000,
      },
    });
    const client = new Client({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      dataConverter: deelwijsDataConverter(leesPayloadSleutels(config.DEELWIJS_PAYLOAD_KEYS)),
      // Starts, updates and signals carry the request's trace context, so workflows and activities continue it.
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
    return {
      client,
      connection,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      deadlineMs: config.TEMPORAL_DEADLINE_MS,
      close: () => connection.close(),
    };
  },
};
