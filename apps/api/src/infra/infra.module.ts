import { type DbHandle } from '@deelwijs/db';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DB, dbProvider } from './db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle, temporalProvider } from './temporal.provider';

/** The real parts (database pool, Temporal client), created once and closed on shutdown. */
@Global()
@Module({ providers: [dbProvider, temporalProvider], exports: [dbProvider, temporalProvider] })
export class InfraModule implements OnApplicationShutdown {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.temporal.close(), this.db.close()]);
  }
}
