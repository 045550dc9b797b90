import { createDb, type DbHandle } from '@deelwijs/db';
import type { FactoryProvider } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config';
import { apiLogger } from './logging';

export const DB = Symbol('DB');

export const dbProvider: FactoryProvider<DbHandle> = {
  provide: DB,
  inject: [API_CONFIG],
  useFactory: (config: ApiConfig) =>
    createDb(config.DATABASE_URL, { max: 10, logger: apiLogger.child({ component: 'db' }) }),
};
