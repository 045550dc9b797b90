import { type DynamicModule, Module } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from './config';

/** The configuration read once in main, available everywhere. */
@Module({})
export class ConfigModule {
  static met(config: ApiConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: API_CONFIG, useValue: config }],
      exports: [API_CONFIG],
    };
  }
}
