import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@deelwijs/db/testing';
import { wachtOpUitnodiging } from '../../../../tests/lib/postbus';

export const vrijePoort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('geen poort')),
      );
    });
  });

function start(script: string, env: Record<string, string>, naam: string): ChildProcess {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[${naam}] ${d}`));
  return child;
}

/** The outbox of each running stack, by its base URL: invitation links are read there, as a mailbox. */
const postbussen = new Map<string, string | undefined>();

/** Pseudonymises the stack's verwerkingslog; tests recompute a client's data_subject_id with it. */
export const verwerkingslogSleutel = randomBytes(32);

/**
 * The real API and worker processes, as production runs them, on a fresh PostgreSQL database and the
 * Temporal dev server started by infra/test.sh. Tests talk to it over HTTP only; `extraEnv` adds
 * configuration (such as OIDC_*) to both processes.
 */
export async function startStack(
  extraEnv: Record<string, string> = {},
  /** `zonderWorker`: the API alone, for tests of sessions and HTTP that start no workflow. */
  opties: { databaseAdminUrl?: string; temporalAddress?: string; zonderWorker?: boolean } = {},
) {
  const temporal = opties.temporalAddress ?? process.env.TEMPORAL_ADDRESS;
  if (!temporal) throw new Error('TEMPORAL_ADDRESS ontbreekt: start de tests met infra/test.sh.');
  const db = await createTestDatabase('api_test', opties.databaseAdminUrl);
  const port = await vrijePoort();
  // The worker mails invitations into a folder of this stack (MAIL_ADAPTER=map), unless a test chooses.
  const postbus = extraEnv.MAIL_ADAPTER
    ? undefined
    : mkdtempSync(path.join(tmpdir(), 'deelwijs-api-postbus-'));
  const env = {
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: temporal,
    TEMPORAL_TASK_QUEUE: `api-${randomUUID()}`,
    // The run's key when infra/test.sh set one, so its histories replay at the end of the run.
    DEELWIJS_PAYLOAD_KEYS:
      process.env.DEELWIJS_TEST_PAYLOAD_KEYS ?? `test:${randomBytes(32).toString('base64')}`,
    DEELWIJS_DOSSIER_SLEUTEL: randomBytes(32).toString('base64'),
    DEELWIJS_VERWERKINGSLOG_SLEUTEL: verwerkingslogSleutel.toString('base64'),
    API_PORT: String(port),
    ...(postbus ? { MAIL_ADAPTER: 'map', MAIL_MAP: postbus } : {}),
    ...extraEnv,
  };
  const root = path.join(__dirname, '..', '..', '..');
  const processen = [
    start(path.join(root, 'api/dist/main.js'), env, 'api'),
    ...(opties.zonderWorker ? [] : [start(path.join(root, 'worker/dist/main.js'), env, 'worker')]),
  ];
  // The API's and the worker's own output, so tests can check what reaches the log.
  let logboek = '';
  let workerLogboek = '';
  for (const stream of [processen[0]!.stdout, processen[0]!.stderr])
    stream?.on('data', (d: Buffer) => {
      logboek += d.toString();
    });
  for (const stream of [processen[1]?.stdout, processen[1]?.stderr])
    stream?.on('data', (d: Buffer) => {
      workerLogboek += d.toString();
    });
  const baseUrl = `http://127.0.0.1:${port}/api/v1`;
  postbussen.set(baseUrl, opties.zonderWorker ? undefined : postbus);
  // The worker bundles its workflows on start; tests begin once it polls, as a running product would.
  await new Promise<void>((resolve, reject) => {
    const worker = processen[1];
    if (!worker) return resolve();
    worker.stdout?.on('data', (d: Buffer) => d.toString().includes('Worker luistert') && resolve());
    worker.once('exit', (code) => reject(new Error(`worker stopte (${code})`)));
  });
  for (let i = 0; ; i++) {
    const ok = await fetch(`${baseUrl}/gezondheid`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 200) throw new Error('API kwam niet op');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    db,
    /** Where the worker writes its mails (.eml files); undefined without a worker or with another adapter. */
    postbus,
    logboek: () => logboek,
    workerLogboek: () => workerLogboek,
    /** Whether the API and the worker still run (an outage elsewhere must not end them). */
    levend: () => processen.every((p) => p.exitCode === null && p.signalCode === null),
    async stop() {
      for (const p of processen) p.kill('SIGTERM');
      await Promise.all(
        processen.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))),
      );
      await db.drop();
      postbussen.delete(baseUrl);
      if (postbus) rmSync(postbus, { recursive: true, force: true });
    },
  };
}

// Tests read response bodies freely; the API's own schemas are what is under test.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Antwoord = Omit<Response, 'json'> & { json(): Promise<any> };

/** A logged-in person: keeps the cookies and sends the CSRF token like the dashboard does. */
export async function logIn(baseUrl: string, email: string, wachtwoord = 'demo-deelwijs') {
  const response = await fetch(`${baseUrl}/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord }),
  });
  if (response.status !== 201)
    throw new Error(`inloggen mislukt: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('deelwijs_csrf='))!.split('=')[1]!;
  const cookie = cookies.join('; ');
  return {
    baseUrl,
    /** The session token and CSRF token, so a test can check that neither reaches a log. */
    geheimen: { sessie: cookies.find((c) => c.startsWith('deelwijs_sessie='))!.split('=')[1]!, csrf },
    /** `headers`: what a caller adds, such as a W3C `traceparent`. */
    get: (pad: string, headers: Record<string, string> = {}) =>
      fetch(`${baseUrl}${pad}`, { headers: { ...headers, cookie } }) as Promise<Antwoord>,
    post: (
      pad: string,
      body: unknown,
      opties: { csrf?: boolean; sleutel?: string; headers?: Record<string, string> } = {},
    ) =>
      fetch(`${baseUrl}${pad}`, {
        method: 'POST',
        headers: {
          ...opties.headers,
          cookie,
          'content-type': 'application/json',
          ...(opties.csrf === false ? {} : { 'x-csrf-token': csrf }),
          ...(opties.sleutel ? { 'idempotency-key': opties.sleutel } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }) as Promise<Antwoord>,
    delete: (pad: string) =>
      fetch(`${baseUrl}${pad}`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } }),
  };
}

type Ingelogd = Awaited<ReturnType<typeof logIn>>;

/** What the beheerder fills in to invite someone; the API's defaults fill in the rest. */
export interface Uitnodiging {
  email: string;
  naam: string;
  rollen: string[];
  team: string;
  pet?: string | null;
  beroepsgeheim?: string;
  organisatietype?: string;
}

/** The stack's outbox, where the invitee's mail with the link lands. */
export function postbusVan(baseUrl: string): string {
  const map = postbussen.get(baseUrl);
  if (!map)
    throw new Error('Deze stack heeft geen postbus: start hem met een worker en zonder eigen MAIL_ADAPTER.');
  return map;
}

/**
 * The beheerder invites; returns the account id and the link's one-time token, read from the mail
 * in the stack's outbox as the invitee would (the API's answer never holds it).
 */
export async function nodigUit(beheer: Ingelogd, uitnodiging: Uitnodiging) {
  const response = await beheer.post('/gebruikers', uitnodiging);
  if (response.status !== 201)
    throw new Error(`uitnodigen mislukt: ${response.status} ${await response.text()}`);
  const body = await response.json();
  const { token } = await wachtOpUitnodiging(postbusVan(beheer.baseUrl), uitnodiging.email);
  return { id: body.account.id as string, token };
}

/**
 * A new, active account as a municipality makes one: the beheerder invites, the invitee sets the
 * password through the link. Returns the account id.
 */
export async function nieuwAccount(
  baseUrl: string,
  beheer: Ingelogd,
  uitnodiging: Uitnodiging,
  wachtwoord = 'een-lang-wachtwoord',
): Promise<string> {
  const { id, token } = await nodigUit(beheer, uitnodiging);
  const response = await fetch(`${baseUrl}/uitnodigingen/_aanvaard`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, wachtwoord }),
  });
  if (response.status !== 200)
    throw new Error(`uitnodiging aannemen mislukt: ${response.status} ${await response.text()}`);
  return id;
}
