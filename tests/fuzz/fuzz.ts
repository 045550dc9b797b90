// Fuzzing the API from its own OpenAPI document with schemathesis (issue 13), once per role: no
// session, each demo role, and a casemanager of another team. Every answer is checked: no 5xx, every
// content type and body as documented, every refusal a problem+json in Dutch (tests/fuzz/hooks.py).
// Then the database: every client, deelverzoek and account that exists more than before has a 2xx
// answer that made it, so nothing was stored from a refused request. Usage:
//   tsx tests/fuzz/fuzz.ts --api http://127.0.0.1:13001 --data-dir <product data dir>
//                          [--voorbeelden 2] [--uit file.json]
// infra/test.sh runs a short run (about 500 requests); `pnpm --filter @deelwijs/tests fuzz:lang` the long one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';

const { values } = parseArgs({
  options: {
    api: { type: 'string', default: 'http://127.0.0.1:3001' },
    'data-dir': { type: 'string' },
    voorbeelden: { type: 'string', default: '2' },
    uit: { type: 'string' },
  },
});

const root = path.resolve(__dirname, '..', '..');
const st = path.join(
  process.env.DEELWIJS_TOOLS_DIR ?? path.join(root, '.tools'),
  'schemathesis',
  'bin',
  'st',
);

const fout = (tekst: string): never => {
  console.error(`fuzz: ${tekst}`);
  process.exit(1);
};

/** Who fuzzes: each demo role, a casemanager of another team, and nobody. */
const ROLLEN: Array<{ wie: string; email?: string }> = [
  { wie: 'anoniem' },
  { wie: 'casemanager', email: 'casemanager@demo.deelwijs.nl' },
  { wie: 'deskundige-collega', email: 'collega@demo.deelwijs.nl' },
  { wie: 'leidinggevende', email: 'leidinggevende@demo.deelwijs.nl' },
  { wie: 'privacy-officer', email: 'privacy@demo.deelwijs.nl' },
  { wie: 'functioneel-beheerder', email: 'beheer@demo.deelwijs.nl' },
  { wie: 'ander-team', email: 'jeugd@demo.deelwijs.nl' },
];

// With a session, the session routes are left out: logging out would end the session the run fuzzes
// with. Without one, every route is fuzzed, logging in included (a few dozen wrong passwords stay under
// the address throttle, so later tests from 127.0.0.1 still log in).
const UITGESLOTEN_MET_SESSIE = '^/sessies';

/** What creating a row of each table takes: the route whose 2xx answer made it. */
const AANMAKEN: Record<string, string> = {
  clienten: 'POST /clienten',
  deelverzoeken: 'POST /deelverzoeken',
  gebruikers: 'POST /gebruikers',
};

async function logIn(email: string) {
  const a = await fetch(`${values.api}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord: 'demo-deelwijs' }),
  });
  if (a.status !== 201) fout(`inloggen als ${email}: ${a.status}`);
  const cookies = a.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('deelwijs_csrf='))!.split('=')[1]!);
  return { cookie: cookies.join('; '), csrf };
}

interface Telling {
  verzoeken: number;
  perStatus: Record<string, number>;
  operaties: Set<string>;
  /** 2xx answers per "METHOD /path" template. */
  geslaagd: Record<string, number>;
}

/** Reads schemathesis's NDJSON events: every request it sent and the status it got. */
function tel(ndjson: string, telling: Telling) {
  for (const regel of readFileSync(ndjson, 'utf8').split('\n')) {
    if (!regel.includes('"ScenarioFinished"')) continue;
    const recorder = JSON.parse(regel).ScenarioFinished.recorder;
    telling.operaties.add(recorder.label);
    for (const i of Object.values(recorder.interactions ?? {}) as Array<{
      response?: { status_code: number };
    }>) {
      const status = i.response?.status_code;
      if (status === undefined) continue;
      telling.verzoeken += 1;
      telling.perStatus[String(status)] = (telling.perStatus[String(status)] ?? 0) + 1;
      if (status >= 200 && status < 300)
        telling.geslaagd[recorder.label] = (telling.geslaagd[recorder.label] ?? 0) + 1;
    }
  }
}

async function tellingen(db: Client) {
  const uit: Record<string, number> = {};
  for (const tabel of Object.keys(AANMAKEN))
    uit[tabel] = Number((await db.query(`select count(*)::int as n from ${tabel}`)).rows[0].n);
  return uit;
}

async function main() {
  const dataDir = values['data-dir'] ?? fout('--data-dir ontbreekt (de datamap van het product)');
  const db = new Client({
    connectionString: readFileSync(path.join(dataDir, 'run', 'postgres.url'), 'utf8').trim(),
  });
  await db.connect();
  const rapporten = path.join(dataDir, 'fuzz');
  rmSync(rapporten, { recursive: true, force: true });
  const resultaat: Record<string, unknown> = {};
  const fouten: string[] = [];
  let totaal = 0;

  for (const rol of ROLLEN) {
    const sessie = rol.email ? await logIn(rol.email) : undefined;
    const voor = await tellingen(db);
    const map = path.join(rapporten, rol.wie);
    mkdirSync(map, { recursive: true });
    const r = spawnSync(
      st,
      [
        'run',
        `${values.api}/api/v1/openapi.json`,
        ...(sessie ? ['-H', `Cookie: ${sessie.cookie}`, '-H', `X-CSRF-Token: ${sessie.csrf}`] : []),
        // The session is ours, not something to generate: otherwise most cases run without one.
        '--generation-with-security-parameters',
        'false',
        '--phases',
        'fuzzing',
        '--max-examples',
        values.voorbeelden!,
        '--checks',
        'not_a_server_error,content_type_conformance,response_schema_conformance,nederlandse_probleemmelding',
        ...(sessie ? ['--exclude-path-regex', UITGESLOTEN_MET_SESSIE] : []),
        '--workers',
        '1',
        '--no-shrink',
        // No example database in the checkout: each run starts from its seed alone.
        '--generation-database',
        'none',
        '--report',
        'ndjson',
        '--report-dir',
        map,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          SCHEMATHESIS_HOOKS: 'hooks',
          PYTHONPATH: __dirname,
          PYTHONDONTWRITEBYTECODE: '1',
          NO_COLOR: '1',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const telling: Telling = { verzoeken: 0, perStatus: {}, operaties: new Set(), geslaagd: {} };
    for (const f of readdirSync(map).filter((f) => f.endsWith('.ndjson'))) tel(path.join(map, f), telling);
    const na = await tellingen(db);
    totaal += telling.verzoeken;

    if (r.status !== 0) {
      fouten.push(`${rol.wie}: schemathesis vond fouten (exit ${r.status})`);
      console.error(r.stdout.split('\n').slice(-80).join('\n'), r.stderr);
    }
    const vijfhonderd = Object.entries(telling.perStatus).filter(([s]) => s.startsWith('5'));
    if (vijfhonderd.length > 0) fouten.push(`${rol.wie}: 5xx-antwoorden ${JSON.stringify(vijfhonderd)}`);
    for (const [tabel, route] of Object.entries(AANMAKEN)) {
      const erbij = na[tabel]! - voor[tabel]!;
      const gemaakt = telling.geslaagd[route] ?? 0;
      if (erbij !== gemaakt)
        fouten.push(`${rol.wie}: ${erbij} nieuwe rijen in ${tabel}, maar ${gemaakt} geslaagde ${route}`);
    }
    resultaat[rol.wie] = {
      verzoeken: telling.verzoeken,
      uitgesloten: sessie ? UITGESLOTEN_MET_SESSIE : null,
      operaties: telling.operaties.size,
      perStatus: telling.perStatus,
      nieuweRijen: Object.fromEntries(Object.keys(AANMAKEN).map((t) => [t, na[t]! - voor[t]!])),
    };
    console.log(
      `fuzz ${rol.wie}: ${telling.verzoeken} verzoeken over ${telling.operaties.size} operaties, statussen ${JSON.stringify(telling.perStatus)}`,
    );
  }
  await db.end();

  const samen = {
    totaalVerzoeken: totaal,
    voorbeeldenPerOperatie: Number(values.voorbeelden),
    rollen: resultaat,
    fouten,
  };
  if (values.uit) {
    mkdirSync(path.dirname(values.uit), { recursive: true });
    writeFileSync(values.uit, `${JSON.stringify(samen, null, 2)}\n`);
  }
  console.log(`fuzz: ${totaal} verzoeken over ${ROLLEN.length} rollen; ${fouten.length} fouten.`);
  if (fouten.length > 0) fout(fouten.join('\n'));
}

main().catch((e) => fout(e instanceof Error ? (e.stack ?? e.message) : String(e)));
