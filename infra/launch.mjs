#!/usr/bin/env node
// Starts the whole product on embedded defaults: Temporal dev server, PGlite (when no DATABASE_URL),
// migrations and demo data, API, worker and dashboard. Ctrl-C stops every process it started.
// Expects a built tree (infra/start.sh builds first). Every port and location can be set by env.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const dataDir = path.resolve(env.DEELWIJS_DATA_DIR ?? path.join(root, '.data'));
const toolsDir = path.resolve(env.DEELWIJS_TOOLS_DIR ?? path.join(root, '.tools'));
const port = (naam, standaard) => Number(env[naam] ?? standaard);
const poorten = {
  dashboard: port('DASHBOARD_PORT', 3000),
  api: port('API_PORT', 3001),
  temporal: port('TEMPORAL_PORT', 7233),
  temporalUi: port('TEMPORAL_UI_PORT', 8233),
  pglite: port('PGLITE_PORT', 5433),
};
const stil = env.DEELWIJS_STIL === '1';

const kinderen = [];
let stoppen = false;

const kleur = { temporal: 35, db: 33, api: 32, worker: 36, dashboard: 34, migratie: 90 };
function start(naam, command, args, opties = {}) {
  const child = spawn(command, args, {
    cwd: opties.cwd ?? root,
    env: { ...env, ...opties.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\x1b[${kleur[naam] ?? 37}m[${naam}]\x1b[0m `;
  const doorgeven = (stream, uit) =>
    stream.on('data', (chunk) => {
      if (stil && !opties.altijdTonen) return;
      for (const regel of chunk.toString().split('\n')) if (regel.trim()) uit.write(`${prefix + regel}\n`);
    });
  doorgeven(child.stdout, process.stdout);
  doorgeven(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stoppen && !opties.eenmalig) {
      console.error(`${prefix}gestopt (${signal ?? code}); Deelwijs stopt ook.`);
      stopAlles(1);
    }
  });
  if (!opties.eenmalig) kinderen.push({ naam, child });
  return child;
}

async function stopAlles(code = 0) {
  if (stoppen) return;
  stoppen = true;
  for (const { child } of [...kinderen].reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const gestopt = await Promise.race([
        new Promise((r) => child.once('exit', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 10_000)),
      ]);
      if (!gestopt) child.kill('SIGKILL');
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAlles(0));
process.on('SIGTERM', () => stopAlles(0));

const poortOpen = (p) =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: p });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function wachtOp(naam, check, seconden = 120) {
  for (let i = 0; i < seconden * 4; i++) {
    if (stoppen) return;
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`${naam} kwam niet binnen ${seconden} seconden op.`);
  await stopAlles(1);
}

async function bezet(naam, p) {
  if (await poortOpen(p)) {
    console.error(
      `Poort ${p} (${naam}) is al in gebruik. Stop het andere proces of kies een andere poort met de omgevingsvariabele.`,
    );
    process.exit(1);
  }
}

/** The payload key is created once per data folder; losing it makes old workflow histories unreadable. */
function payloadSleutels() {
  if (env.DEELWIJS_PAYLOAD_KEYS) return env.DEELWIJS_PAYLOAD_KEYS;
  const bestand = path.join(dataDir, 'payload-keys');
  if (!existsSync(bestand))
    writeFileSync(bestand, `lokaal-1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return readFileSync(bestand, 'utf8').trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const gedeeld = {
    DEELWIJS_PAYLOAD_KEYS: payloadSleutels(),
    TEMPORAL_TASK_QUEUE: env.TEMPORAL_TASK_QUEUE ?? 'deelwijs',
  };

  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    await bezet('Temporal', poorten.temporal);
    const temporal = path.join(toolsDir, 'bin', 'temporal');
    if (!existsSync(temporal))
      throw new Error(`Temporal CLI ontbreekt in ${temporal}: start via infra/start.sh, dat hem bouwt.`);
    mkdirSync(path.join(dataDir, 'temporal'), { recursive: true });
    start('temporal', temporal, [
      'server',
      'start-dev',
      '--db-filename',
      path.join(dataDir, 'temporal', 'temporal.db'),
      '--sqlite-pragma',
      'journal_mode=wal',
      '--ip',
      '127.0.0.1',
      '--port',
      String(poorten.temporal),
      '--ui-port',
      String(poorten.temporalUi),
      '--log-level',
      'error',
    ]);
    temporalAddress = `127.0.0.1:${poorten.temporal}`;
    await wachtOp('Temporal', () => poortOpen(poorten.temporal));
  }

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    await bezet('PGlite', poorten.pglite);
    start('db', process.execPath, [path.join(root, 'packages/db/dist/bin/embedded.js')], {
      env: { PGLITE_DATA_DIR: path.join(dataDir, 'pglite'), PGLITE_PORT: String(poorten.pglite) },
    });
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${poorten.pglite}/postgres?sslmode=disable`;
    await wachtOp('PGlite', () => poortOpen(poorten.pglite));
  }

  const migratie = start(
    'migratie',
    process.execPath,
    [path.join(root, 'packages/db/dist/bin/migrate.js'), ...(env.DEELWIJS_DEMO === '0' ? [] : ['--seed'])],
    {
      env: { DATABASE_URL: databaseUrl },
      eenmalig: true,
    },
  );
  const code = await new Promise((r) => migratie.once('exit', r));
  if (code !== 0) {
    console.error('De database kon niet worden bijgewerkt.');
    return stopAlles(1);
  }

  const runtime = { ...gedeeld, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
  await bezet('API', poorten.api);
  start('api', process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env: { ...runtime, API_PORT: String(poorten.api) },
  });
  const worker = start('worker', process.execPath, [path.join(root, 'apps/worker/dist/main.js')], {
    env: runtime,
  });
  let workerKlaar = false;
  worker.stdout.on('data', (d) => (workerKlaar ||= d.toString().includes('Worker luistert')));

  await bezet('dashboard', poorten.dashboard);
  start(
    'dashboard',
    path.join(root, 'apps/dashboard/node_modules/.bin/next'),
    ['start', '-p', String(poorten.dashboard), '-H', '127.0.0.1'],
    {
      cwd: path.join(root, 'apps/dashboard'),
      env: { API_URL: `http://127.0.0.1:${poorten.api}`, NODE_ENV: 'production' },
    },
  );

  await wachtOp('API', () =>
    fetch(`http://127.0.0.1:${poorten.api}/api/v1/gezondheid`).then(
      (r) => r.ok,
      () => false,
    ),
  );
  await wachtOp('worker', async () => workerKlaar);
  await wachtOp('dashboard', () => poortOpen(poorten.dashboard));
  if (stoppen) return;

  const demo =
    env.DEELWIJS_DEMO === '0'
      ? ''
      : `
  Demo-inloggegevens (wachtwoord voor allemaal: demo-deelwijs)
    casemanager      casemanager@demo.deelwijs.nl   (wijkteam-noord)
    casemanager      jeugd@demo.deelwijs.nl          (jeugdteam-zuid)
    deskundige       collega@demo.deelwijs.nl
    leidinggevende   leidinggevende@demo.deelwijs.nl
    privacy officer  privacy@demo.deelwijs.nl
    beheerder        beheer@demo.deelwijs.nl
`;
  console.log(`
\x1b[1mDeelwijs draait.\x1b[0m
  Dashboard     http://127.0.0.1:${poorten.dashboard}
  API-docs      http://127.0.0.1:${poorten.api}/api/v1/docs   (OpenAPI: /api/v1/openapi.json)
  Temporal UI   ${env.TEMPORAL_ADDRESS ? '(bestaande Temporal-server)' : `http://127.0.0.1:${poorten.temporalUi}`}
  Database      ${env.DATABASE_URL ? 'DATABASE_URL' : `PGlite in ${path.join(dataDir, 'pglite')}`}
${demo}
Stoppen: Ctrl-C.`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  stopAlles(1);
});
