import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded/postgres-server';

// Started by infra/launch.mjs when no DATABASE_URL is given. The app role's URL and the owner role's
// (they hold the generated passwords) go to files only the owner can read, never to the log; the
// superuser's stays in this process.
async function main() {
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DATA_DIR ?? '.data/postgres');
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
  const urlFile = process.env.EMBEDDED_PG_URL_FILE;
  const ownerUrlFile = process.env.EMBEDDED_PG_OWNER_URL_FILE;
  // Present again only once this server answers with its roles in place; the owner's first, so a
  // reader that waits for the app URL finds both.
  for (const f of [urlFile, ownerUrlFile]) if (f) rmSync(f, { force: true });
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    onLog: (regel) => console.error(regel),
  });
  if (ownerUrlFile) writeFileSync(ownerUrlFile, server.eigenaarUrl, { mode: 0o600 });
  if (urlFile) writeFileSync(urlFile, server.appUrl, { mode: 0o600 });
  console.log(`PostgreSQL (ingebouwd) luistert op 127.0.0.1:${port} (data: ${server.dataDir})`);
  let stoppen = false;
  const stop = async () => {
    stoppen = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The server ending by itself ends this process too, so the supervisor sees it.
  const code = await server.exited;
  if (!stoppen) {
    console.error(`PostgreSQL stopte onverwacht (${code}).`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error('PostgreSQL kon niet starten:', error instanceof Error ? error.message : error);
  process.exit(1);
});
