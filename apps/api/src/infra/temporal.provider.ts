import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import type { FactoryProvider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { API_CONFIG, type ApiConfig } from '../config';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

export interface TemporalHandle {
  client: Client;
  taskQueue: string;
  close(): Promise<void>;
}

/** Plain factory, no wrapper library. Lazy, so the API starts even while Temporal is still booting. */
export const temporalProvider: FactoryProvider<TemporalHandle> = {
  provide: TEMPORAL_CLIENT,
  inject: [API_CONFIG],
  useFactory: (config: ApiConfig) => {
    const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
    const client = new Client({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      dataConverter: deelwijsDataConverter(leesPayloadSleutels(config.DEELWIJS_PAYLOAD_KEYS)),
    });
    return { client, taskQueue: config.TEMPORAL_TASK_QUEUE, close: () => connection.close() };
  },
};
