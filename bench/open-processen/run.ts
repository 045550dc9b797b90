// Benchmark 4 (issue 14): ≥ 10,000 concurrently open consent and informeren-achteraf clocks with
// their reminders due over the next minutes, on the Temporal dev server (SQLite) and the product's
// own worker. Per worker setting (the sticky cache size) one phase: a fresh worker on its own task
// queue, `--aantal` clocks started (the product's workflow types, inputs and workflow ids, encrypted
// by its data converter) with the moment they started from chosen so that the first reminder falls
// in a window after the last start; then the reminders fire through the real activities (an in-app
// notification and an e-mail in the outbox). Measured: start rate (and the ceiling when starting
// does not finish before the window), the worker's and the server's memory, history length and size
// per workflow, the sticky cache's hits and misses, and how late each reminder was against the
// moment the domain computed. Usage (results in bench/results/open-processen.json):
//   pnpm --filter @deelwijs/bench open-processen [--aantal 10000] [--aanloop 300] [--venster 300]
//        [--caches standaard,500@1024,standaard#/tmp/other-bundle.js] [--gelijktijdig 32] [--db embedded|debian] [--uit file.json]
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { CONTENT_VERSIE } from '@deelwijs/content';
import { metEigenaar } from '@deelwijs/db/testing';
import {
  deelwijsDataConverter,
  INFORMEREN_ACHTERAF_WORKFLOW,
  leesPayloadSleutels,
  TOESTEMMING_WORKFLOW,
} from '@deelwijs/temporal';
import { Client, Connection } from '@temporalio/client';
import {
  type Database,
  debianDatabase,
  ingebouwdeDatabase,
  root,
  temporalServer,
} from '../../tests/load/lib/onderdelen';
import { afgerond, cpuMs, node, type Proces, slaap, start } from '../levenscyclus/gedeeld';
import { percentiel, schrijfResultaat } from '../lib/meten.mjs';
import { genereer, prng } from '../werklijsten/genereer.mjs';
import { leesMetrieken, rssMiB, verschil } from './meten';
import { type Klok, kiesBeleid, startVoor } from './plan';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    aantal: { type: 'string', default: '10000' },
    aanloop: { type: 'string', default: '300' },
    venster: { type: 'string', default: '300' },
    caches: { type: 'string', default: 'standaard,500@1024' },
    gelijktijdig: { type: 'string', default: '32' },
    db: { type: 'string', default: 'embedded' },
    uit: { type: 'string' },
  },
});
const AANTAL = Number(values.aantal);
const AANLOOP_MS = Number(values.aanloop) * 1000;
const VENSTER_MS = Number(values.venster) * 1000;
const CACHES = values.caches!.split(',').filter(Boolean);
const GELIJKTIJDIG = Number(values.gelijktijdig);
// After the window: how long a late reminder may still come before it counts as missing.
const UITLOOP_MS = 120_000;
const POORT = { temporal: 17270, temporalUi: 18270, pg: 13272, debianPg: 55470, prometheus: 13280 };
const uit = values.uit ? path.resolve(root, values.uit) : undefined;

const tijd = () => new Date().toISOString().slice(11, 19);
const meld = (tekst: string) => console.log(`[open-processen ${tijd()}] ${tekst}`);

interface Gepland {
  deelverzoekId: string;
  gebruikerId: string;
  klok: Klok;
  workflowId: string;
  startMs: number;
  herinneringMs: number;
  gestartOp?: number;
}

const verdeling = (waarden: number[]) => ({
  aantal: waarden.length,
  p50: percentiel(waarden, 50),
  p95: percentiel(waarden, 95),
  p99: percentiel(waarden, 99),
  max: waarden.length ? Math.max(...waarden) : null,
});

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'deelwijs-open-processen-'));
  meld(`data in ${dataDir}; ${AANTAL} klokken per fase; caches ${CACHES}; database ${values.db}`);
  const temporal = await temporalServer(dataDir, { poort: POORT.temporal, ui: POORT.temporalUi });
  const db: Database =
    values.db === 'debian'
      ? await debianDatabase('open-processen', POORT.debianPg)
      : await ingebouwdeDatabase(dataDir, POORT.pg);
  const processen: Proces[] = [];
  const connection = await Connection.connect({ address: temporal.adres });
  try {
    const migratie = await start(
      'migratie',
      [node('packages/db/dist/bin/migrate.js')],
      { DATABASE_URL: db.url, DATABASE_OWNER_URL: db.eigenaarUrl },
      (log) => log.includes('Database bijgewerkt'),
    );
    if (migratie.proces.exitCode === null) await new Promise((r) => migratie.proces.once('exit', r));
    // Real deelverzoeken, clients and staff for the clocks to remind about (notifications refer to them).
    const n = AANTAL * CACHES.length;
    const { rows: rijen } = await metEigenaar(db.eigenaarUrl ?? db.url, async (c) => {
      await genereer(c, {
        deelverzoeken: n,
        aantekeningen: 3 * n,
        informeren: Math.ceil(n / 2),
        teams: 20,
        log: (t: string) => meld(t.trim()),
      });
      await c.query('vacuum analyze');
      return c.query<{ id: string; eigenaar: string }>(
        'select id, eigenaar from deelverzoeken where eigenaar is not null order by id',
      );
    });
    meld(`${rijen.length} deelverzoeken gegenereerd`);

    const sleutels = `open:${randomBytes(32).toString('base64')}`;
    const client = new Client({
      connection,
      dataConverter: deelwijsDataConverter(leesPayloadSleutels(sleutels)),
    });
    const fasen = [];
    for (const [i, cache] of CACHES.entries()) {
      const eigen = rijen.slice(i * AANTAL, (i + 1) * AANTAL);
      fasen.push(await fase(i, cache, eigen));
    }
    const temporalBestanden = readdirSync(dataDir).filter((b) => b.startsWith('temporal.db'));
    await schrijfResultaat(uit ? path.basename(uit, '.json') : 'open-processen', {
      parameters: {
        aantalPerFase: AANTAL,
        aanloopSeconden: AANLOOP_MS / 1000,
        vensterSeconden: VENSTER_MS / 1000,
        gelijktijdigStarten: GELIJKTIJDIG,
        database: values.db,
        temporal: 'dev-server 1.5.1 op SQLite (WAL)',
      },
      doel: { herinneringTeLaatP99Ms: 2000 },
      fasen,
      temporalSqliteMiB: afgerond(
        temporalBestanden.reduce((s, b) => s + statSync(path.join(dataDir, b)).size, 0) / 1048576,
        1,
      ),
    });

    /** One phase: a fresh worker with this cache size, its clocks started, their reminders awaited. */
    async function fase(nummer: number, opstelling: string, eigen: Array<{ id: string; eigenaar: string }>) {
      // "500", "standaard", with the worker's V8 heap limit "500@1024" (as a container limit would
      // set it), and with another workflow bundle "standaard#/tmp/bundel.js" (two builds in one run).
      const [instelling = '', bundel] = opstelling.split('#');
      const [cache = 'standaard', heap] = instelling.split('@');
      const taakwachtrij = `open-processen-${nummer}`;
      const postbus = path.join(dataDir, `post-${nummer}`);
      mkdirSync(postbus, { recursive: true });
      const prometheus = `127.0.0.1:${POORT.prometheus + nummer}`;
      const t0 = Date.now();
      const worker = await start(
        `worker-${nummer}`,
        [node('apps/worker/dist/main.js')],
        {
          DATABASE_URL: db.url,
          DATABASE_OWNER_URL: undefined,
          TEMPORAL_ADDRESS: temporal.adres,
          TEMPORAL_TASK_QUEUE: taakwachtrij,
          DEELWIJS_PAYLOAD_KEYS: sleutels,
          DEELWIJS_DOSSIER_SLEUTEL: randomBytes(32).toString('base64'),
          DEELWIJS_VERWERKINGSLOG_SLEUTEL: randomBytes(32).toString('base64'),
          DOSSIERCONTROLE_INTERVAL: '24h',
          MAIL_ADAPTER: 'map',
          MAIL_MAP: postbus,
          WORKER_PROMETHEUS_ADRES: prometheus,
          ...(cache === 'standaard' ? {} : { WORKER_MAX_CACHED_WORKFLOWS: cache }),
          ...(heap ? { NODE_OPTIONS: `--max-old-space-size=${heap}` } : {}),
          ...(bundel ? { WORKFLOW_BUNDEL: bundel } : {}),
          OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
        },
        (log) => log.includes('Worker luistert'),
      );
      processen.push(worker);
      const pid = worker.proces.pid;
      // A worker that stopped keeps the CPU it had used (/proc has nothing left to read).
      let laatsteCpu = 0;
      const workerCpu = () => {
        laatsteCpu = Math.max(laatsteCpu, cpuMs(pid));
        return laatsteCpu;
      };
      // A worker that runs out of memory is the ceiling: when, at how many open, and its last words.
      let gestopt:
        | { naSeconden: number; code: number | null; signaal: string | null; melding: string }
        | undefined;
      worker.proces.once('exit', (code, signaal) => {
        gestopt = {
          naSeconden: Math.round((Date.now() - t0) / 1000),
          code,
          signaal,
          // V8's own words when the heap ran out, else the last log line.
          melding: (
            /FATAL ERROR[^\n]*/.exec(worker.log())?.[0] ??
            [...worker.log().matchAll(/"msg":"[^"]*"/g)].at(-1)?.[0] ??
            ''
          ).slice(0, 300),
          // The end of its log: what it said last, for the reader of the result.
          staart: worker.log().slice(-1500),
        };
        meld(`fase ${nummer}: de worker stopte (${code ?? signaal}) ${gestopt.melding}`);
      });
      await slaap(3000);
      const rssBasis = rssMiB(pid);
      const cacheGrootte = Number(/Workflowcache: (\d+)/.exec(worker.log())?.[1] ?? Number.NaN);
      meld(`fase ${nummer}: worker met cache ${cacheGrootte} (${cache}), ${rssBasis} MiB`);

      const vensterBegin = Date.now() + AANLOOP_MS;
      const { beleid, aangepast } = kiesBeleid(vensterBegin, vensterBegin + VENSTER_MS);
      const r = prng(41 + nummer);
      const gepland: Gepland[] = eigen.map((rij, j) => {
        const klok: Klok = j % 2 === 0 ? 'toestemming' : 'informeren-achteraf';
        const { startMs, herinneringMs } = startVoor(
          klok,
          beleid,
          vensterBegin + Math.floor(r() * VENSTER_MS),
        );
        return {
          deelverzoekId: rij.id,
          gebruikerId: rij.eigenaar,
          klok,
          workflowId:
            klok === 'toestemming' ? `${rij.id}:toestemmingsklok:1` : `${rij.id}:informeren-achteraf-klok`,
          startMs,
          herinneringMs,
        };
      });

      // Memory and CPU over the whole phase, every two seconds.
      const reeks: Array<{
        s: number;
        gestart: number;
        worker: number | null;
        temporal: number | null;
        workerCpuMs: number;
      }> = [];
      let gestart = 0;
      const bemonster = setInterval(() => {
        reeks.push({
          s: Math.round((Date.now() - t0) / 1000),
          gestart,
          worker: rssMiB(pid),
          temporal: rssMiB(temporal.pid()),
          workerCpuMs: workerCpu(),
        });
      }, 2000);
      const cpu = () => ({ worker: workerCpu(), temporal: cpuMs(temporal.pid()) });
      const cpuStart = cpu();

      // Start them all, `GELIJKTIJDIG` at a time, until the window begins: what is left is the ceiling.
      const startGrens = vensterBegin - 5000;
      let volgende = 0;
      const fouten: Record<string, number> = {};
      await Promise.all(
        Array.from({ length: GELIJKTIJDIG }, async () => {
          while (volgende < gepland.length && Date.now() < startGrens) {
            const g = gepland[volgende++]!;
            const gemeen = {
              v: 1 as const,
              deelverzoekId: g.deelverzoekId,
              beleid,
              contentVersie: CONTENT_VERSIE,
            };
            try {
              if (g.klok === 'toestemming')
                await client.workflow.start(TOESTEMMING_WORKFLOW, {
                  taskQueue: taakwachtrij,
                  workflowId: g.workflowId,
                  args: [
                    { ...gemeen, gebruikerId: g.gebruikerId, gestartOp: new Date(g.startMs).toISOString() },
                  ],
                });
              else
                await client.workflow.start(INFORMEREN_ACHTERAF_WORKFLOW, {
                  taskQueue: taakwachtrij,
                  workflowId: g.workflowId,
                  args: [
                    {
                      ...gemeen,
                      casemanager: g.gebruikerId,
                      gedeeldOp: new Date(g.startMs).toISOString(),
                      uitstel: [],
                    },
                  ],
                });
              g.gestartOp = Date.now();
              gestart += 1;
            } catch (fout) {
              const soort = (fout as Error).name ?? 'Error';
              fouten[soort] = (fouten[soort] ?? 0) + 1;
            }
          }
        }),
      );
      const startSeconden = (Date.now() - t0) / 1000;
      meld(
        `fase ${nummer}: ${gestart} van ${gepland.length} gestart in ${afgerond(startSeconden, 1)} s (${afgerond(gestart / startSeconden, 1)}/s)`,
      );
      const rssGestart = rssMiB(pid);
      await slaap(Math.max(0, vensterBegin - Date.now()));
      const metriekenVoor = await leesMetrieken(`http://${prometheus}/metrics`);
      const rssVensterBegin = rssMiB(pid);
      const cpuVensterBegin = cpu();
      const openBijBegin = (
        await client.workflow.count(`TaskQueue = "${taakwachtrij}" AND ExecutionStatus = "Running"`)
      ).count;
      meld(`fase ${nummer}: venster begint; ${openBijBegin} open, worker ${rssVensterBegin} MiB`);

      // Wait for the window and the stragglers: every started clock's reminder, or the time is up.
      const teVerwachten = gepland.filter((g) => g.gestartOp !== undefined);
      const ids = teVerwachten.map((g) => g.deelverzoekId);
      const zoek = () =>
        metEigenaar(db.eigenaarUrl ?? db.url, (c) =>
          c.query<{ deelverzoek_id: string; aangemaakt_op: Date; email_verstuurd_op: Date | null }>(
            `select deelverzoek_id, aangemaakt_op, email_verstuurd_op from notificaties
             where deelverzoek_id = any($1::uuid[]) and soort in ('toestemming-geen-poging', 'informeren-achteraf-herinnering')`,
            [ids],
          ),
        );
      let meldingen = (await zoek()).rows;
      const einde = vensterBegin + VENSTER_MS + UITLOOP_MS;
      while (Date.now() < einde) {
        await slaap(5000);
        meldingen = (await zoek()).rows;
        if (gestopt) break;
        if (
          Date.now() > vensterBegin + VENSTER_MS &&
          meldingen.filter((m) => m.email_verstuurd_op).length >= ids.length
        )
          break;
      }
      clearInterval(bemonster);
      const cpuEinde = cpu();
      const metriekenNa = await leesMetrieken(`http://${prometheus}/metrics`);
      const rssEinde = rssMiB(pid);

      // Lateness against the moment the domain computed: when the workflow woke (the notification's
      // time is the workflow's clock) and when the e-mail was handed over (the activity's own clock).
      const perDeelverzoek = new Map(teVerwachten.map((g) => [g.deelverzoekId, g]));
      const wakker: number[] = [];
      const mail: number[] = [];
      const mailPerKlok: Record<Klok, number[]> = { toestemming: [], 'informeren-achteraf': [] };
      const vroeg: number[] = [];
      for (const m of meldingen) {
        const g = perDeelverzoek.get(m.deelverzoek_id)!;
        const laat = new Date(m.aangemaakt_op).getTime() - g.herinneringMs;
        if (laat < 0) vroeg.push(laat);
        wakker.push(laat);
        if (m.email_verstuurd_op) {
          const laatMail = new Date(m.email_verstuurd_op).getTime() - g.herinneringMs;
          mail.push(laatMail);
          mailPerKlok[g.klok].push(laatMail);
        }
      }
      const gestartNaMoment = teVerwachten.filter((g) => (g.gestartOp ?? 0) > g.herinneringMs).length;

      // History per workflow, from the server's own description, for a sample after its reminder.
      const stap = Math.max(1, Math.floor(teVerwachten.length / 200));
      const steekproef = (['toestemming', 'informeren-achteraf'] as const).flatMap((klok) =>
        teVerwachten.filter((g) => g.klok === klok).filter((_, j) => j % stap === 0),
      );
      const beschrijvingen = await Promise.all(
        steekproef.map((g) => client.workflow.getHandle(g.workflowId).describe()),
      );
      const perKlok = (klok: Klok) => {
        const b = beschrijvingen.filter((_, j) => steekproef[j]!.klok === klok);
        return {
          workflows: b.length,
          gebeurtenissen: verdeling(b.map((x) => x.historyLength)),
          bytes: verdeling(b.map((x) => x.historySize ?? 0)),
          open: b.filter((x) => x.status.name === 'RUNNING').length,
        };
      };
      const openNa = (
        await client.workflow.count(`TaskQueue = "${taakwachtrij}" AND ExecutionStatus = "Running"`)
      ).count;
      const m = verschil(metriekenVoor, metriekenNa);
      const uitkomst = {
        cache: cache === 'standaard' ? `standaard (${cacheGrootte})` : Number(cache),
        cacheGrootte,
        // Without a limit V8 picks one from the machine's memory; this process has the same default.
        bundel: bundel ?? process.env.WORKFLOW_BUNDEL ?? 'de build (apps/worker/dist/workflow-bundle.js)',
        heapLimietMiB: heap ? Number(heap) : Math.round(getHeapStatistics().heap_size_limit / 1048576),
        workerGestopt: gestopt ?? null,
        beleid: aangepast
          ? `${beleid.versie} (toestemmingsherinnering in kalenderdagen: weekend)`
          : beleid.versie,
        klokken: gepland.length,
        gestart: gestart,
        startfouten: fouten,
        startSeconden: afgerond(startSeconden, 1),
        startsPerSeconde: afgerond(gestart / startSeconden, 1),
        plafondBereikt: gestart < gepland.length,
        openBijVensterBegin: openBijBegin,
        openNaVenster: openNa,
        herinneringen: {
          verwacht: teVerwachten.length,
          gekomen: meldingen.length,
          gemaild: mail.length,
          gestartNaHunMoment: gestartNaMoment,
          teVroeg: vroeg.length,
          wakkerTeLaatMs: verdeling(wakker),
          gemaildTeLaatMs: verdeling(mail),
          gemaildTeLaatPerKlokMs: {
            toestemming: verdeling(mailPerKlok.toestemming),
            informerenAchteraf: verdeling(mailPerKlok['informeren-achteraf']),
          },
          haaltDoel:
            (percentiel(mail, 99) ?? Number.POSITIVE_INFINITY) <= 2000 && mail.length === teVerwachten.length,
        },
        geheugenMiB: {
          workerBasis: rssBasis,
          workerNaStarten: rssGestart,
          workerBijVensterBegin: rssVensterBegin,
          workerEinde: rssEinde,
          workerMax: Math.max(...reeks.map((x) => x.worker ?? 0)),
          temporalMax: Math.max(...reeks.map((x) => x.temporal ?? 0)),
          workerPerOpenWorkflowKiB:
            rssVensterBegin && rssBasis
              ? afgerond(((rssVensterBegin - rssBasis) * 1024) / Math.max(1, openBijBegin), 1)
              : null,
        },
        cpuMs: {
          // From the first start until the window: every clock's first workflow task included.
          workerStarten: cpuVensterBegin.worker - cpuStart.worker,
          temporalStarten: cpuVensterBegin.temporal - cpuStart.temporal,
          workerVenster: cpuEinde.worker - cpuVensterBegin.worker,
          temporalVenster: cpuEinde.temporal - cpuVensterBegin.temporal,
          workerPerStart: afgerond((cpuVensterBegin.worker - cpuStart.worker) / Math.max(1, gestart), 1),
          workerPerHerinnering: afgerond(
            (cpuEinde.worker - cpuVensterBegin.worker) / Math.max(1, meldingen.length),
            1,
          ),
        },
        history: { toestemming: perKlok('toestemming'), informerenAchteraf: perKlok('informeren-achteraf') },
        stickyCache: {
          treffers: m.temporal_sticky_cache_hit ?? null,
          missers: m.temporal_sticky_cache_miss ?? null,
          grootte: m.temporal_sticky_cache_size ?? null,
          verdrongen: m.temporal_sticky_cache_total_forced_eviction ?? null,
        },
        metrieken: m,
        reeks,
      };
      meld(
        `fase ${nummer}: ${meldingen.length}/${teVerwachten.length} herinneringen; gemaild te laat p50 ${uitkomst.herinneringen.gemaildTeLaatMs.p50} p99 ${uitkomst.herinneringen.gemaildTeLaatMs.p99} max ${uitkomst.herinneringen.gemaildTeLaatMs.max} ms; worker ${rssVensterBegin} MiB bij ${openBijBegin} open`,
      );
      await worker.stop();
      rmSync(postbus, { recursive: true, force: true });
      return uitkomst;
    }
  } finally {
    for (const p of processen) await p.stop();
    await connection.close().catch(() => undefined);
    await temporal.stop();
    await db.opruimen();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (fout) => {
    console.error(fout);
    process.exit(1);
  },
);
