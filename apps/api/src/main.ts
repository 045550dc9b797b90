// Tracing first: it patches `http` before Nest loads it.
import { telemetrie } from './telemetrie';
import 'reflect-metadata';
import { z } from 'zod';
import { createApp } from './app';
import { ApiConfig } from './config';
import { apiLogger } from './infra/logging';

async function main() {
  z.config(z.locales.nl()); // zod's own messages in Dutch where a schema has none of its own
  const config = ApiConfig.parse(process.env);
  const app = await createApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  apiLogger.info(`API luistert op http://${config.API_HOST}:${config.API_PORT}/api/v1`);
}

// The last line of defence: an error nobody caught is logged safely; the process then ends, as Node
// would, so a supervisor can start it afresh.
// Spans still buffered for the collector go out before the process ends.
process.once('SIGTERM', () => void telemetrie.stop());

process.on('uncaughtException', (err) => {
  apiLogger.fatal({ err }, 'uncaught exception; the API stops');
  process.exit(1);
});

main().catch((err) => {
  apiLogger.fatal({ err }, 'API kon niet starten');
  process.exit(1);
});
