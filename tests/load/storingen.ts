// The fault script (issue 8): many full lifecycles through the product while its parts are made to
// fail — the worker killed with kill -9 at random moments, the API killed, the Temporal dev server
// restarted on its SQLite file, PostgreSQL stopped for a while — and the clients retry with their
// Idempotency-Keys, as the dashboard does. Afterwards: every lifecycle completed or stands exactly
// where its last accepted command left it, no dossieraantekening or verstrekking lost or doubled, and
// every process's state equals its file. Loopback only, bounded in time. Usage:
//   tsx tests/load/storingen.ts [--db embedded|debian] [--levenscycli 200] [--vus 16] [--db-stop 30]
//                               [--worker-kills 3] [--max-minuten 25] [--uit file.json]
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import { deelverzoekStatusQuery } from '@deelwijs/temporal/contract';
import { Client, Connection } from '@temporalio/client';
import { dossierFouten, leesDossierstand } from './lib/dossierstand';
import { maakGebruikers, maakTeams, WACHTWOORD } from './lib/gebruikers';
import { levenscyclus, type Uitkomst } from './lib/levenscyclus';
import { Meting } from './lib/meting';
import { type Database, debianDatabase, ingebouwdeDatabase, product, temporalServer } from './lib/onderdelen';
import { Sessie } from './lib/sessie';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'embedded' },
    levenscycli: { type: 'string', default: '200' },
    vus: { type: 'string', default: '16' },
    'db-stop': { type: 'string', default: '30' },
    'worker-kills': { type: 'string', default: '3' },
    'max-minuten': { type: 'string', default: '25' },
    uit: { type: 'string' },
  },
});
const AANTAL = Number(values.levenscycli);
const VUS = Number(values.vus);
const DB_STOP_S = Number(values['db-stop']);
const WORKER_KILLS = Number(values['worker-kills']);
const uiterlijk = Date.now() + Number(values['max-minuten']) * 60_000;

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tijd = () => new Date().toISOString().slice(11, 19);
const meld = (tekst: string) => console.log(`[storingen ${tijd()}] ${tekst}`);

interface Storing {
  /** At which share of finished lifecycles it fires (with a random shift, so moments vary per run). */
  bij: number;
  wat: string;
  doe: () => Promise<void>;
  gedaanOp?: string;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'deelwijs-storingen-'));
  meld(`data in ${dataDir}; database: ${values.db}`);
  const temporal = await temporalServer(dataDir);
  const db: Database =
    values.db === 'debian'
      ? await debianDatabase(`storingen-${process.pid}`)
      : await ingebouwdeDatabase(dataDir);
  // The script holds the payload key, so that it can ask each workflow for its own state afterwards.
  const sleutels = `storingen:${randomBytes(32).toString('base64')}`;
  const deelwijs = await product({
    dataDir,
    databaseUrl: db.url,
    eigenaarUrl: db.eigenaarUrl,
    temporalAdres: temporal.adres,
    sleutels,
  });
  meld(`product draait op ${deelwijs.url}`);

  const meting = new Meting();
  const teams = maakTeams(2, `storing-${Date.now().toString(36)}`);
  const gebruikers = await maakGebruikers(deelwijs.url, VUS, teams, true, deelwijs.postbus);
  let gestart = 0;
  let klaar = 0;
  const uitkomsten: Uitkomst[] = [];
  /** Who started each deelverzoek: the casemanager of its team, who may read it (need to know). */
  const lezers = new Map<string, Sessie>();

  const willekeurig = (basis: number) => Math.min(0.95, Math.max(0.05, basis + (Math.random() - 0.5) * 0.1));
  const storingen: Storing[] = [
    ...Array.from({ length: WORKER_KILLS }, (_, i) => ({
      bij: willekeurig((i + 1) / (WORKER_KILLS + 1)),
      wat: 'worker kill -9',
      doe: async () => deelwijs.doodt('worker'),
    })),
    {
      bij: willekeurig(0.3),
      wat: 'API kill -9 (herstart door launch.mjs)',
      doe: async () => deelwijs.doodt('api'),
    },
    {
      bij: willekeurig(0.5),
      wat: 'Temporal dev-server herstart (SQLite blijft)',
      doe: () => temporal.herstart(),
    },
    {
      bij: willekeurig(0.7),
      wat: `PostgreSQL ${DB_STOP_S} s gestopt`,
      doe: async () => {
        await db.stop();
        await slaap(DB_STOP_S * 1000);
        await db.start();
      },
    },
  ].sort((a, b) => a.bij - b.bij);

  // Faults fire as the run progresses, one at a time, while the clients keep working.
  const storingLus = (async () => {
    for (const s of storingen) {
      while (klaar / AANTAL < s.bij && klaar < AANTAL && Date.now() < uiterlijk) await slaap(250);
      if (klaar >= AANTAL || Date.now() > uiterlijk) break;
      s.gedaanOp = tijd();
      meld(`storing: ${s.wat} (na ${klaar} van ${AANTAL} levenscycli)`);
      await s.doe();
      meld(`storing voorbij: ${s.wat}`);
    }
  })();

  await Promise.all(
    gebruikers.map(async (g, vu) => {
      const sessie = new Sessie(deelwijs.url, meting, () => uiterlijk);
      await sessie.logIn(g.email, WACHTWOORD, true);
      while (gestart < AANTAL && Date.now() < uiterlijk) {
        const nummer = gestart++;
        const uitkomst = await levenscyclus({
          sessie,
          meting,
          team: g.team,
          andereTeams: teams.filter((t) => t !== g.team),
          nummer: `${vu}-${nummer}`,
          lezen: nummer % 4 === 0, // a quarter also reads around, the rest drive steps only
          herhaal: true,
        });
        uitkomsten.push(uitkomst);
        if (uitkomst.deelverzoekId) lezers.set(uitkomst.deelverzoekId, sessie);
        klaar += 1;
        if (klaar % 20 === 0) meld(`${klaar} van ${AANTAL} levenscycli gedaan`);
      }
    }),
  );
  await storingLus;
  meld('alle levenscycli gedaan; nu controleren');

  const controle = await controleer(db.url, { adres: temporal.adres, sleutels }, uitkomsten, lezers);
  const resultaat = {
    gemeten: new Date().toISOString(),
    database: values.db,
    levenscycliGevraagd: AANTAL,
    levenscycli: uitkomsten.length,
    voltooid: uitkomsten.filter((u) => u.klaar).length,
    gestopt: uitkomsten.filter((u) => !u.klaar).map((u) => `${u.deelverzoekId}: ${u.gestopt}`),
    storingen: storingen.map((s) => ({
      wat: s.wat,
      bij: Math.round(s.bij * 100) / 100,
      op: s.gedaanOp ?? 'niet',
    })),
    controle,
    verkeerdeAntwoorden: meting.verkeerd.length,
    verzoeken: meting.samenvatting(),
    herstartsVolgensLaunch: (deelwijs.log().match(/herstart over/g) ?? []).length,
  };
  console.log(
    JSON.stringify({ ...resultaat, verzoeken: { ...resultaat.verzoeken, perSoort: undefined } }, null, 2),
  );
  if (values.uit) {
    mkdirSync(path.dirname(values.uit), { recursive: true });
    writeFileSync(values.uit, `${JSON.stringify(resultaat, null, 2)}\n`);
  }

  await deelwijs.stop();
  await temporal.stop();
  await db.opruimen();
  rmSync(dataDir, { recursive: true, force: true });

  const fouten = [
    ...controle.fouten,
    ...(resultaat.voltooid < AANTAL ? [`${AANTAL - resultaat.voltooid} levenscycli niet voltooid`] : []),
    ...(resultaat.verkeerdeAntwoorden ? [`${resultaat.verkeerdeAntwoorden} verkeerde antwoorden`] : []),
    ...storingen.filter((s) => !s.gedaanOp).map((s) => `storing niet uitgevoerd: ${s.wat}`),
  ];
  if (fouten.length === 0) {
    meld(
      `Geslaagd: ${resultaat.voltooid} levenscycli onder ${storingen.length} storingen; ${controle.aantekeningen} dossieraantekeningen en ${controle.verstrekkingen} verstrekkingen, 0 verloren, 0 dubbel; elk proces gelijk aan zijn dossier.`,
    );
    process.exit(0);
  }
  meld(`MISLUKT:\n  ${fouten.slice(0, 30).join('\n  ')}`);
  process.exit(1);
}

/** The file, the table, the API's process snapshot and the workflow must tell the same story for every lifecycle. */
async function controleer(
  databaseUrl: string,
  temporal: { adres: string; sleutels: string },
  uitkomsten: Uitkomst[],
  lezers: ReadonlyMap<string, Sessie>,
) {
  const fouten: string[] = [];
  const { ids, rijen, dossiers, clienten } = await leesDossierstand(databaseUrl, uitkomsten);

  // The workflow's own state, asked of Temporal directly; the API's snapshot beside it, read by the
  // casemanager who started it (nobody reads every team's deelverzoeken).
  const verbinding = await Connection.connect({ address: temporal.adres });
  const workflows = new Client({
    connection: verbinding,
    dataConverter: deelwijsDataConverter(leesPayloadSleutels(temporal.sleutels)),
  }).workflow;
  let totaal = 0;
  let verstrekkingen = 0;
  for (const u of uitkomsten) {
    const wie = u.deelverzoekId ?? u.clientNaam;
    if (clienten.get(u.clientNaam) !== (u.clientId ? 1 : 0))
      fouten.push(`${wie}: ${clienten.get(u.clientNaam) ?? 0} cliënten met naam ${u.clientNaam}`);
    if (!u.deelverzoekId) continue;
    const dossier = dossiers.get(u.deelverzoekId) ?? [];
    const rij = rijen.get(u.deelverzoekId);
    totaal += dossier.length;
    verstrekkingen += dossier.filter((a) => a.soort === 'verstrekking').length;
    fouten.push(...dossierFouten({ ...u, deelverzoekId: u.deelverzoekId }, dossier, rij));
    const workflow = (await workflows.getHandle(u.deelverzoekId).query(deelverzoekStatusQuery)).proces;
    if (workflow.deelverzoek.status !== rij?.status || workflow.volgnummer !== rij?.volgnummer)
      fouten.push(
        `${wie}: workflow ${workflow.deelverzoek.status}/${workflow.volgnummer} ≠ tabel ${rij?.status}/${rij?.volgnummer}`,
      );
    const lezer = lezers.get(u.deelverzoekId);
    if (!lezer) {
      fouten.push(`${wie}: niemand om de processtand mee te lezen`);
      continue;
    }
    const snapshot = await lezer.get(`/api/v1/deelverzoeken/${u.deelverzoekId}/proces`, {
      soort: 'GET proces',
      herhaal: true,
    });
    if (snapshot.status !== 200 || !isDeepStrictEqual(snapshot.body, workflow))
      fouten.push(`${wie}: processtand van de API (${snapshot.status}) ≠ stand van de workflow`);
  }
  await verbinding.close();
  return { fouten, aantekeningen: totaal, verstrekkingen, gecontroleerd: ids.length };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
