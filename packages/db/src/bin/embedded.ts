import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded/pglite-server';

// Started by infra/launch.mjs when no DATABASE_URL is given.
async function main() {
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR ?? '.data/pglite');
  const port = Number(process.env.PGLITE_PORT ?? 5433);
  const server = await startEmbeddedPostgres({ dataDir, port });
  console.log(`PGlite luistert op poort ${port} (data: ${dataDir})`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('PGlite kon niet starten:', error);
  process.exit(1);
});
