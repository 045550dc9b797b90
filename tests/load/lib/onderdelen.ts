import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import path from 'node:path';

/** The real parts the fault script owns: it starts them, stops them on purpose, and starts them again. */

export const root = path.resolve(__dirname, '..', '..', '..');

export const vrijePoort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() =>
        typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen poort')),
      );
    });
  });

export const poortOpen = (poort: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: poort });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export async function wachtOp(wat: string, check: () => Promise<boolean> | boolean, seconden = 120) {
  for (let i = 0; i < seconden * 4; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${wat} kwam niet binnen ${seconden} s op`);
}

const stopProces = async (p: ChildProcess, signaal: NodeJS.Signals = 'SIGTERM') => {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const klaar = new Promise((r) => p.once('exit', r));
  p.kill(signaal);
  await Promise.race([klaar, new Promise((r) => setTimeout(r, 20_000))]);
  if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
};

/** The Temporal dev server on its SQLite file; a restart keeps the file, so every workflow survives. */
export async function temporalServer(dataDir: string, poorten?: { poort: number; ui: number }) {
  const poort = poorten?.poort ?? (await vrijePoort());
  const ui = poorten?.ui ?? (await vrijePoort());
  const binair = path.join(process.env.DEELWIJS_TOOLS_DIR ?? path.join(root, '.tools'), 'bin', 'temporal');
  const args = ['server', 'start-dev', '--db-filename', path.join(dataDir, 'temporal.db')];
  // As infra/temporal.sh and launch.mjs start it: SQLite in WAL mode.
  args.push(
    '--sqlite-pragma',
    'journal_mode=wal',
    '--ip',
    '127.0.0.1',
    '--port',
    String(poort),
    '--ui-port',
    String(ui),
    '--headless',
    '--log-level',
    'error',
  );
  let proces: ChildProcess;
  const start = async () => {
    proces = spawn(binair, args, { stdio: 'ignore' });
    await wachtOp('Temporal', () => poortOpen(poort));
  };
  await start();
  return {
    adres: `127.0.0.1:${poort}`,
    pid: () => proces.pid,
    async herstart() {
      await stopProces(proces);
      await start();
    },
    stop: () => stopProces(proces),
  };
}

export interface Database {
  /** The role the product runs as. */
  url: string;
  /** The owner role for the migrations; absent, the product runs on one role (see docs/security.md). */
  eigenaarUrl?: string;
  /** The server's process, when this script started it (its CPU is read from /proc). */
  pid?: () => number | undefined;
  /** Stops the server; `start` brings the same data back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  opruimen(): Promise<void>;
}

/** The embedded default: PostgreSQL from the npm binaries, through the product's own launcher. */
export async function ingebouwdeDatabase(dataDir: string, vastePoort?: number): Promise<Database> {
  const poort = vastePoort ?? (await vrijePoort());
  const urlBestand = path.join(dataDir, 'postgres.url');
  const eigenaarBestand = path.join(dataDir, 'postgres-eigenaar.url');
  let proces: ChildProcess;
  const start = async () => {
    rmSync(urlBestand, { force: true });
    proces = spawn(process.execPath, [path.join(root, 'packages/db/dist/bin/embedded.js')], {
      env: {
        ...process.env,
        EMBEDDED_PG_DATA_DIR: path.join(dataDir, 'postgres'),
        EMBEDDED_PG_PORT: String(poort),
        EMBEDDED_PG_URL_FILE: urlBestand,
        EMBEDDED_PG_OWNER_URL_FILE: eigenaarBestand,
      },
      stdio: 'ignore',
    });
    await wachtOp('PostgreSQL (ingebouwd)', () => existsSync(urlBestand));
  };
  await start();
  return {
    url: readFileSync(urlBestand, 'utf8').trim(),
    eigenaarUrl: readFileSync(eigenaarBestand, 'utf8').trim(),
    pid: () => proces.pid,
    stop: () => stopProces(proces),
    start,
    async opruimen() {
      await stopProces(proces);
      // As root in a private folder the data went to /var/tmp (see postgres-server.ts); it goes too.
      const wijzer = path.join(dataDir, 'postgres', 'verplaatst-naar');
      if (existsSync(wijzer)) {
        const echt = readFileSync(wijzer, 'utf8').trim();
        rmSync(echt, { recursive: true, force: true });
        for (const rol of ['', '.eigenaar', '.app']) rmSync(`${echt}${rol}.wachtwoord`, { force: true });
      }
    },
  };
}

/** Debian PostgreSQL in a cluster of this run's own (infra/postgres.sh), as production-like runs use. */
export async function debianDatabase(naam: string, vastePoort?: number): Promise<Database> {
  const poort = vastePoort ?? (await vrijePoort());
  const pg = (cmd: string) =>
    execFileSync('bash', [path.join(root, 'infra/postgres.sh'), cmd, naam], {
      env: { ...process.env, PG_PORT: String(poort) },
      encoding: 'utf8',
    }).trim();
  const url = pg('start');
  return {
    url,
    stop: async () => {
      pg('stop');
      await wachtOp('PostgreSQL dicht', async () => !(await poortOpen(poort)));
    },
    start: async () => {
      pg('start');
      await wachtOp('PostgreSQL', () => poortOpen(poort));
    },
    opruimen: async () => {
      pg('drop');
    },
  };
}

/** The product itself (infra/launch.mjs) on the given database and Temporal, which it then does not own. */
export async function product(opties: {
  dataDir: string;
  databaseUrl: string;
  eigenaarUrl?: string;
  temporalAdres: string;
  sleutels: string;
}) {
  const [dashboard, api] = [await vrijePoort(), await vrijePoort()];
  let log = '';
  const proces = spawn(process.execPath, [path.join(root, 'infra/launch.mjs')], {
    env: {
      ...process.env,
      DEELWIJS_DATA_DIR: opties.dataDir,
      DATABASE_URL: opties.databaseUrl,
      DATABASE_OWNER_URL: opties.eigenaarUrl,
      TEMPORAL_ADDRESS: opties.temporalAdres,
      TEMPORAL_TASK_QUEUE: 'deelwijs-storingen',
      DEELWIJS_PAYLOAD_KEYS: opties.sleutels,
      DASHBOARD_PORT: String(dashboard),
      API_PORT: String(api),
      DEELWIJS_STIL: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const s of [proces.stdout, proces.stderr])
    s?.on('data', (d: Buffer) => {
      log += d.toString();
    });
  await wachtOp('Deelwijs', () => log.includes('Deelwijs draait') || proces.exitCode !== null, 240);
  if (proces.exitCode !== null) throw new Error(`Deelwijs kwam niet op:\n${log}`);
  const pid = (deel: string) => Number(readFileSync(path.join(opties.dataDir, 'run', `${deel}.pid`), 'utf8'));
  return {
    url: `http://127.0.0.1:${dashboard}`,
    /** Its outbox (launch.mjs's default MAIL_ADAPTER=map): the invitation links are there. */
    postbus: path.join(opties.dataDir, 'mail'),
    log: () => log,
    /** kill -9 of one supervised part; the supervisor in launch.mjs must bring it back. */
    doodt(deel: 'worker' | 'api' | 'dashboard') {
      process.kill(pid(deel), 'SIGKILL');
    },
    stop: () => stopProces(proces, 'SIGINT'),
  };
}
