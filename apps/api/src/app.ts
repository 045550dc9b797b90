import { API_BASE_PATH, API_VERSION } from '@deelwijs/contract';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';
import { beveiligingsHeaders } from './http/beveiliging';
import { leesLichamen } from './http/lichaam';
import { apiLogger, nestLogger } from './infra/logging';

/** The API as it runs, not yet listening: main starts it, the router test inspects it. */
export async function createApp(config: ApiConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.met(config), {
    logger: nestLogger(apiLogger),
    bodyParser: false,
  });
  // X-Forwarded-For counts only from the proxies configured; by default the peer itself is the client.
  app.set('trust proxy', config.API_TRUST_PROXY.length > 0 ? config.API_TRUST_PROXY : false);
  app.disable('x-powered-by');
  // Every response names the full API version, errors and static files included (/core/version-header).
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('API-Version', API_VERSION);
    next();
  });
  app.use(beveiligingsHeaders());
  app.use(...leesLichamen());
  app.use(`${API_BASE_PATH}/docs/assets`, express.static(getAbsoluteFSPath(), { index: false }));
  app.setGlobalPrefix(API_BASE_PATH.slice(1));
  app.enableShutdownHooks();
  return app;
}
