import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { vrijePoort } from './stack';

const root = path.join(__dirname, '..', '..', '..', '..');
const run = promisify(execFile);

const poortOpen = (poort: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: poort });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function wachtOpPoort(poort: number, open: boolean, ms = 30_000) {
  const tot = Date.now() + ms;
  while ((await poortOpen(poort)) !== open) {
    if (Date.now() > tot) throw new Error(`poort ${poort} werd niet ${open ? 'open' : 'dicht'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A Debian PostgreSQL cluster of this test's own (infra/postgres.sh), so it can be stopped without
 * touching the cluster the other test files share.
 */
export async function eigenPostgres(naam: string) {
  const poort = await vrijePoort();
  const env = { ...process.env, PG_PORT: String(poort) };
  const script = path.join(root, 'infra', 'postgres.sh');
  const pg = (cmd: string) => run('bash', [script, cmd, naam], { env });
  const url = (await pg('start')).stdout.trim();
  return {
    url,
    async stop() {
      await pg('stop');
      await wachtOpPoort(poort, false);
    },
    async start() {
      await pg('start');
      await wachtOpPoort(poort, true);
    },
    drop: () => pg('drop'),
  };
}

/** A Temporal dev server of this test's own, on a free port; restarted on the same SQLite file. */
export async function eigenTemporal() {
  const [poort, uiPoort] = [await vrijePoort(), await vrijePoort()];
  const map = mkdtempSync(path.join(tmpdir(), 'deelwijs-temporal-'));
  const toolsDir = process.env.DEELWIJS_TOOLS_DIR ?? path.join(root, '.tools');
  const binair = existsSync(path.join(toolsDir, 'bin', 'temporal'))
    ? path.join(toolsDir, 'bin', 'temporal')
    : 'temporal';
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn(
      binair,
      [
        'server',
        'start-dev',
        '--db-filename',
        path.join(map, 'temporal.db'),
        '--ip',
        '127.0.0.1',
        '--port',
        String(poort),
        '--ui-port',
        String(uiPoort),
        '--headless',
        '--log-level',
        'error',
      ],
      { stdio: 'ignore' },
    );
    await wachtOpPoort(poort, true);
  };
  const kill = async () => {
    const s = server;
    if (!s || s.exitCode !== null || s.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      s.once('exit', () => resolve());
      s.kill('SIGKILL');
    });
    await wachtOpPoort(poort, false);
  };
  await start();
  return {
    address: `127.0.0.1:${poort}`,
    /** Dies without warning, like a crashed server. */
    kill,
    start,
    async opruimen() {
      await kill();
      rmSync(map, { recursive: true, force: true });
    },
  };
}
