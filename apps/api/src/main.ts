import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { z } from 'zod';
import { AppModule } from './app.module';
import { ApiConfig } from './config';
import { apiLogger, nestLogger } from './infra/logging';

async function main() {
  z.config(z.locales.nl()); // zod's own messages in Dutch where a schema has none of its own
  const config = ApiConfig.parse(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.met(config), {
    logger: nestLogger(apiLogger),
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(express.json({ limit: '256kb' }));
  app.use('/api/v1/docs/assets', express.static(getAbsoluteFSPath(), { index: false }));
  app.setGlobalPrefix('api/v1');
  app.enableShutdownHooks();
  await app.listen(config.API_PORT, config.API_HOST);
  apiLogger.info(`API luistert op http://${config.API_HOST}:${config.API_PORT}/api/v1`);
}

// The last line of defence: an error nobody caught is logged safely; the process then ends, as Node
// would, so a supervisor can start it afresh.
process.on('uncaughtException', (err) => {
  apiLogger.fatal({ err }, 'uncaught exception; the API stops');
  process.exit(1);
});

main().catch((err) => {
  apiLogger.fatal({ err }, 'API kon niet starten');
  process.exit(1);
});
