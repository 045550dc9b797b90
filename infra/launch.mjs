#!/usr/bin/env node
// Starts the whole product on embedded defaults and keeps it up: the Temporal dev server, a real
// PostgreSQL from npm binaries (when no DATABASE_URL), migrations and demo data, the API, the worker
// and the dashboard. A part that crashes is restarted with back-off; only Ctrl-C, or a part that
// cannot start at all, stops everything. Expects a built tree (infra/start.sh builds first).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const dataDir = path.resolve(env.DEELWIJS_DATA_DIR ?? path.join(root, '.data'));
const runDir = path.join(dataDir, 'run');
const toolsDir = path.resolve(env.DEELWIJS_TOOLS_DIR ?? path.join(root, '.tools'));
const port = (naam, standaard) => Number(env[naam] ?? standaard);
const poorten = {
  dashboard: port('DASHBOARD_PORT', 3000),
  api: port('API_PORT', 3001),
  temporal: port('TEMPORAL_PORT', 7233),
  temporalUi: port('TEMPORAL_UI_PORT', 8233),
  postgres: port('EMBEDDED_PG_PORT', 5433),
};
const stil = env.DEELWIJS_STIL === '1';
// DEELWIJS_LOG_MAP: each part's output also goes to <map>/<part>.log, so a test can read what the
// product logged (the privacy scan looks there for client data), also when DEELWIJS_STIL is set.
const logMap = env.DEELWIJS_LOG_MAP ? path.resolve(env.DEELWIJS_LOG_MAP) : undefined;
const logBestanden = new Map();
function logBestand(naam) {
  if (!logMap) return undefined;
  if (!logBestanden.has(naam)) {
    mkdirSync(logMap, { recursive: true });
    logBestanden.set(naam, createWriteStream(path.join(logMap, `${naam}.log`), { flags: 'a' }));
  }
  return logBestanden.get(naam);
}
// DEELWIJS_PROFIEL=1: the API and the worker write a CPU profile (.cpuprofile) to <data>/profielen on exit.
const profiel =
  env.DEELWIJS_PROFIEL === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dataDir, 'profielen')}`] : [];
const kleur = { temporal: 35, db: 33, api: 32, worker: 36, dashboard: 34, migratie: 90, launch: 1 };
const tijd = () => new Date().toISOString().slice(11, 19);
const meld = (naam, tekst) => console.error(`\x1b[${kleur[naam] ?? 37}m[${naam}]\x1b[0m ${tijd()} ${tekst}`);

/** Back-off between restarts: 1 s, 2 s, 4 s … 30 s; a part that stayed up for a minute starts over at 1 s. */
const wachttijd = (poging) => Math.min(30_000, 1000 * 2 ** Math.max(0, poging - 1));
const STABIEL_MS = 60_000;
/** A part that was up before but then fails this often in a row without coming up again stops the product. */
const MAX_MISLUKT = 10;

const onderdelen = [];
let stoppen = false;

function doorgeven(naam, stream, uit) {
  const prefix = `\x1b[${kleur[naam] ?? 37}m[${naam}]\x1b[0m `;
  const bestand = logBestand(naam);
  stream.on('data', (chunk) => {
    bestand?.write(chunk);
    if (stil) return;
    for (const regel of chunk.toString().split('\n')) if (regel.trim()) uit.write(`${prefix + regel}\n`);
  });
}

/**
 * A supervised part. `klaar` tells when it is up (port open, health answers, a log line); until it
 * has been up once, dying means it cannot start at all. The pid file lets the fault script find it.
 */
function superviseer({ naam, command, args, cwd = root, extraEnv = {}, klaar }) {
  const deel = { naam, child: undefined, ooitKlaar: false, mislukt: 0 };
  onderdelen.push(deel);
  const start = () => {
    if (stoppen) return;
    const child = spawn(command, args, {
      cwd,
      // The owner's URL is for the migration only, never for a supervised part.
      env: { ...env, DATABASE_OWNER_URL: undefined, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    deel.child = child;
    const gestart = Date.now();
    writeFileSync(path.join(runDir, `${naam}.pid`), `${child.pid}\n`);
    doorgeven(naam, child.stdout, process.stdout);
    doorgeven(naam, child.stderr, process.stderr);
    let nuKlaar = false;
    klaar(child).then((ok) => {
      if (!ok || child.exitCode !== null || child.signalCode !== null) return;
      nuKlaar = true;
      deel.mislukt = 0;
      if (!deel.ooitKlaar) deel.ooitKlaar = true;
      else meld('launch', `${naam} draait weer`);
    });
    child.once('exit', (code, signal) => {
      if (stoppen) return;
      if (!deel.ooitKlaar) {
        meld('launch', `${naam} kon niet starten (${signal ?? code}); Deelwijs stopt.`);
        return stopAlles(1);
      }
      if (!nuKlaar || Date.now() - gestart < STABIEL_MS) deel.mislukt += 1;
      else deel.mislukt = 1;
      if (deel.mislukt > MAX_MISLUKT) {
        meld('launch', `${naam} komt na ${MAX_MISLUKT} herstarts niet meer op; Deelwijs stopt.`);
        return stopAlles(1);
      }
      const wacht = wachttijd(deel.mislukt);
      meld(
        'launch',
        `${naam} stopte (${signal ?? code}); herstart over ${wacht / 1000} s (poging ${deel.mislukt})`,
      );
      setTimeout(start, wacht);
    });
  };
  start();
  return deel;
}

async function stopAlles(code = 0) {
  if (stoppen) return;
  stoppen = true;
  for (const { child } of [...onderdelen].reverse()) {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const gestopt = await Promise.race([
        new Promise((r) => child.once('exit', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 15_000)),
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

/** Polls `check` until it holds, the child dies, or the time is up. */
async function zolang(child, check, seconden = 180) {
  for (let i = 0; i < seconden * 4; i++) {
    if (stoppen || child.exitCode !== null || child.signalCode !== null) return false;
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const logRegel = (tekst) => (child) =>
  new Promise((resolve) => {
    const kijk = (d) => {
      if (d.toString().includes(tekst)) {
        child.stdout.off('data', kijk);
        resolve(true);
      }
    };
    child.stdout.on('data', kijk);
    child.once('exit', () => resolve(false));
  });

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

/** Signs the dossier chains' checkpoints; like the payload key it lives outside the database. */
function dossierSleutel() {
  if (env.DEELWIJS_DOSSIER_SLEUTEL) return env.DEELWIJS_DOSSIER_SLEUTEL;
  const bestand = path.join(dataDir, 'dossier-key');
  if (!existsSync(bestand))
    writeFileSync(bestand, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return readFileSync(bestand, 'utf8').trim();
}

/** Pseudonymises the verwerkingslog's data subjects; like the dossier key it lives outside the database. */
function verwerkingslogSleutel() {
  if (env.DEELWIJS_VERWERKINGSLOG_SLEUTEL) return env.DEELWIJS_VERWERKINGSLOG_SLEUTEL;
  const bestand = path.join(dataDir, 'verwerkingslog-key');
  if (!existsSync(bestand))
    writeFileSync(bestand, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return readFileSync(bestand, 'utf8').trim();
}

const wachtTot = async (deel) => {
  for (;;) {
    if (stoppen) return false;
    if (deel.ooitKlaar) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
};

async function main() {
  mkdirSync(runDir, { recursive: true });
  const gedeeld = {
    DEELWIJS_PAYLOAD_KEYS: payloadSleutels(),
    DEELWIJS_DOSSIER_SLEUTEL: dossierSleutel(),
    DEELWIJS_VERWERKINGSLOG_SLEUTEL: verwerkingslogSleutel(),
    TEMPORAL_TASK_QUEUE: env.TEMPORAL_TASK_QUEUE ?? 'deelwijs',
  };

  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    await bezet('Temporal', poorten.temporal);
    const temporal = path.join(toolsDir, 'bin', 'temporal');
    if (!existsSync(temporal))
      throw new Error(`Temporal CLI ontbreekt in ${temporal}: start via infra/start.sh, dat hem bouwt.`);
    mkdirSync(path.join(dataDir, 'temporal'), { recursive: true });
    const deel = superviseer({
      naam: 'temporal',
      command: temporal,
      args: [
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
      ],
      klaar: (child) => zolang(child, () => poortOpen(poorten.temporal)),
    });
    temporalAddress = `127.0.0.1:${poorten.temporal}`;
    if (!(await wachtTot(deel))) return;
  }

  // Two roles: the owner runs the migrations and owns the tables, the app role is all the API, the
  // worker and the CLI get (docs/security.md). The embedded default makes both; with DATABASE_URL of
  // your own, DATABASE_OWNER_URL names the owner (without it, one role does everything).
  let databaseUrl = env.DATABASE_URL;
  let eigenaarUrl = env.DATABASE_OWNER_URL;
  if (!databaseUrl && eigenaarUrl) {
    console.error('DATABASE_OWNER_URL zonder DATABASE_URL: geef ook de rol waarmee de apps verbinden.');
    process.exit(1);
  }
  if (!databaseUrl) {
    await bezet('PostgreSQL', poorten.postgres);
    const urlBestand = path.join(runDir, 'postgres.url');
    const eigenaarBestand = path.join(runDir, 'postgres-eigenaar.url');
    rmSync(urlBestand, { force: true });
    const deel = superviseer({
      naam: 'db',
      command: process.execPath,
      args: [path.join(root, 'packages/db/dist/bin/embedded.js')],
      extraEnv: {
        EMBEDDED_PG_DATA_DIR: path.join(dataDir, 'postgres'),
        EMBEDDED_PG_PORT: String(poorten.postgres),
        EMBEDDED_PG_URL_FILE: urlBestand,
        EMBEDDED_PG_OWNER_URL_FILE: eigenaarBestand,
      },
      klaar: (child) => zolang(child, async () => existsSync(urlBestand) && poortOpen(poorten.postgres)),
    });
    if (!(await wachtTot(deel))) return;
    databaseUrl = readFileSync(urlBestand, 'utf8').trim();
    eigenaarUrl = readFileSync(eigenaarBestand, 'utf8').trim();
  }

  const migratie = spawn(
    process.execPath,
    [path.join(root, 'packages/db/dist/bin/migrate.js'), ...(env.DEELWIJS_DEMO === '0' ? [] : ['--seed'])],
    {
      cwd: root,
      env: { ...env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: eigenaarUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  doorgeven('migratie', migratie.stdout, process.stdout);
  doorgeven('migratie', migratie.stderr, process.stderr);
  const code = await new Promise((r) => migratie.once('exit', r));
  if (code !== 0) {
    console.error('De database kon niet worden bijgewerkt.');
    return stopAlles(1);
  }

  const runtime = { ...gedeeld, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
  // Without a mail server of its own the product mails into a folder: one .eml file per mail, which a
  // demo user opens to follow an invitation link. MAIL_ADAPTER=smtp (or console) chooses otherwise.
  const postbus = env.MAIL_ADAPTER
    ? {}
    : { MAIL_ADAPTER: 'map', MAIL_MAP: env.MAIL_MAP ?? path.join(dataDir, 'mail') };
  await bezet('API', poorten.api);
  await bezet('dashboard', poorten.dashboard);
  const api = superviseer({
    naam: 'api',
    command: process.execPath,
    args: [...profiel, path.join(root, 'apps/api/dist/main.js')],
    extraEnv: {
      ...runtime,
      API_PORT: String(poorten.api),
      // This run serves plain http on 127.0.0.1: a Secure cookie would never come back. Behind HTTPS
      // leave it at its default (true).
      SESSIE_COOKIE_SECURE: env.SESSIE_COOKIE_SECURE ?? 'false',
      // The dashboard on this machine is the one proxy that names the client's address to the API.
      API_TRUST_PROXY: env.API_TRUST_PROXY ?? '127.0.0.1',
    },
    klaar: (child) =>
      zolang(child, () =>
        fetch(`http://127.0.0.1:${poorten.api}/api/v1/gezondheid`).then(
          (r) => r.ok,
          () => false,
        ),
      ),
  });
  const worker = superviseer({
    naam: 'worker',
    command: process.execPath,
    args: [...profiel, path.join(root, 'apps/worker/dist/main.js')],
    extraEnv: {
      ...runtime,
      DASHBOARD_URL: `http://127.0.0.1:${poorten.dashboard}`,
      ...postbus,
      // The SDK sizes the cache from the heap (2,310 workflows on a 4 GB heap), more than the heap
      // holds with these workflows; 500 ran 10,000 open clocks without trouble (docs/performance.md §4).
      WORKER_MAX_CACHED_WORKFLOWS: env.WORKER_MAX_CACHED_WORKFLOWS ?? '500',
    },
    klaar: logRegel('Worker luistert'),
  });
  const dashboard = superviseer({
    naam: 'dashboard',
    command: process.execPath,
    args: [path.join(root, 'apps/dashboard/server.mjs')],
    cwd: path.join(root, 'apps/dashboard'),
    extraEnv: {
      API_URL: `http://127.0.0.1:${poorten.api}`,
      NODE_ENV: 'production',
      DASHBOARD_PORT: String(poorten.dashboard),
      DASHBOARD_HOST: '127.0.0.1',
    },
    klaar: (child) => zolang(child, () => poortOpen(poorten.dashboard)),
  });
  for (const deel of [api, worker, dashboard]) if (!(await wachtTot(deel))) return;

  const demo =
    env.DEELWIJS_DEMO === '0'
      ? ''
      : `
  Demo-inloggegevens (wachtwoord voor allemaal: demo-deelwijs)
    casemanager      casemanager@demo.deelwijs.nl           (wijkteam-noord)
    casemanager BIG  wijkverpleging@demo.deelwijs.nl        (wijkteam-noord)
    deskundige       collega@demo.deelwijs.nl               (wijkteam-noord)
    leidinggevende   leidinggevende@demo.deelwijs.nl        (wijkteam-noord)
    casemanager SKJ  jeugd@demo.deelwijs.nl                 (jeugdteam-zuid)
    deskundige SKJ   collega.jeugd@demo.deelwijs.nl         (jeugdteam-zuid)
    leidinggevende   leidinggevende.jeugd@demo.deelwijs.nl  (jeugdteam-zuid)
    privacy officer  privacy@demo.deelwijs.nl
    beheerder        beheer@demo.deelwijs.nl
`;
  console.log(`
\x1b[1mDeelwijs draait.\x1b[0m
  Dashboard     http://127.0.0.1:${poorten.dashboard}
  API-docs      http://127.0.0.1:${poorten.api}/api/v1/docs   (OpenAPI: /api/v1/openapi.json)
  Temporal UI   ${env.TEMPORAL_ADDRESS ? '(bestaande Temporal-server)' : `http://127.0.0.1:${poorten.temporalUi}`}
  Database      ${env.DATABASE_URL ? 'DATABASE_URL' : `PostgreSQL (ingebouwd) op poort ${poorten.postgres}, data in ${path.join(dataDir, 'postgres')}`}
  E-mail        ${postbus.MAIL_MAP ? `als .eml-bestand in ${postbus.MAIL_MAP} (uitnodigingslinks staan daar)` : `MAIL_ADAPTER=${env.MAIL_ADAPTER}`}
${demo}
Stoppen: Ctrl-C. Een onderdeel dat uitvalt, wordt vanzelf herstart.`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  stopAlles(1);
});
