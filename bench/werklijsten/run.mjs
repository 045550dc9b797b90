#!/usr/bin/env node
// Benchmark 2 of issue 14: worklists at scale. Generates ≥ 100,000 deelverzoeken, ≥ 1,000,000
// hash-chained dossieraantekeningen and ≥ 50,000 open informeren-achteraf processes with COPY
// (genereer.mjs), checks a sample of chains with the product's own dossier check, then times the
// privacy officer's informeren-achteraf list, a casemanager's werkvoorraad, a leidinggevende's
// signature list and a client's timeline (meet.mjs): quiet and under concurrent load, with their
// EXPLAIN (ANALYZE, BUFFERS) plans; and in the same run the informeren list from Temporal
// visibility (temporal.mjs) on a dev server.
// Usage: node bench/werklijsten/run.mjs [--deelverzoeken 100000] [--aantekeningen 1000000]
//   [--informeren 50000] [--workflows 50000] [--temporal 127.0.0.1:7233] [--temporal-seconden 300]
//   [--seconden 20] [--rustig 200] [--steekproef 200] [--bewaar] [--hergebruik <database>]
// Needs TEST_DATABASE_URL (a superuser URL, as infra/postgres.sh prints); without --temporal the
// Temporal side is skipped (and says so in the result).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { controleerDossier, createDb } from '@deelwijs/db';
import { runMigrations } from '@deelwijs/db/migrate';
import { createTestDatabase, metEigenaar } from '@deelwijs/db/testing';
import { arg, schrijfResultaat } from '../lib/meten.mjs';
import { genereer, prng } from './genereer.mjs';
import { meetDruk, meetRustig, plannen } from './meet.mjs';

const N = arg('deelverzoeken', 100_000);
const A = arg('aantekeningen', 1_000_000);
const I = arg('informeren', 50_000);
const WORKFLOWS = arg('workflows', I);
const TEMPORAL = arg('temporal', '');
const SECONDEN = arg('seconden', 20);
const TEMPORAL_SECONDEN = arg('temporal-seconden', 300);
const RUSTIG_N = arg('rustig', 200);
const STEEKPROEF = arg('steekproef', 200);
const BEWAAR = process.argv.includes('--bewaar');

const HERGEBRUIK = arg('hergebruik', '');

/** With --hergebruik <database>: what the measurement picks from, read back from a kept data set. */
async function leesData(c) {
  const teams = (
    await c.query(`select team as id, array_agg(id order by id) filter (where rollen ? 'casemanager') as casemanagers,
      array_agg(id order by id) filter (where rollen ? 'leidinggevende') as leidinggevenden
      from gebruikers where team like 'bench-team-%' group by team order by team`)
  ).rows;
  const eigenaren = (
    await c.query(`select distinct c.team || '|' || d.eigenaar as e from deelverzoeken d join clienten c on c.id = d.client_id
      where d.volgende_actie is not null and c.team like 'bench-team-%' order by 1`)
  ).rows.map((x) => x.e);
  const clienten = (await c.query(`select client_id from dossierketens order by client_id`)).rows.map(
    (x) => x.client_id,
  );
  return { teams, eigenaren, clienten, telling: { hergebruikt: true } };
}

const nu = Date.now();
const database = HERGEBRUIK ? hergebruikt(HERGEBRUIK) : await createTestDatabase('bench_werklijsten');

/** A kept database (--bewaar) under the test cluster's roles, migrated to what this checkout has. */
function hergebruikt(naam) {
  const url = (rol) => {
    const u = new URL(process.env.TEST_DATABASE_URL);
    u.pathname = `/${naam}`;
    u.username = rol;
    return u.toString();
  };
  return {
    url: url('deelwijs_app'),
    ownerUrl: url('deelwijs_eigenaar'),
    ...createDb(url('deelwijs_app')),
    drop: async () => undefined,
  };
}
console.log(`Database: ${database.url}`);
const uitkomst = { doel: { p95Ms: 25 }, parameters: { deelverzoeken: N, aantekeningen: A, informeren: I } };
try {
  console.log('Genereren (COPY)…');
  const t0 = performance.now();
  if (HERGEBRUIK) await runMigrations(database.ownerUrl, { appRol: 'deelwijs_app' });
  const data = await metEigenaar(database.ownerUrl, async (c) => {
    if (HERGEBRUIK) return leesData(c);
    const d = await genereer(c, { deelverzoeken: N, aantekeningen: A, informeren: I, nu });
    await c.query('vacuum analyze');
    return d;
  });
  uitkomst.generatie = { seconden: Math.round((performance.now() - t0) / 1000), ...data.telling };
  console.log(`  klaar in ${uitkomst.generatie.seconden} s`);

  // The product's own dossier check over a sample of clients: the chains must be as the product writes them.
  const r = prng(7);
  const sleutel = randomBytes(32);
  const steekproef = Array.from(
    { length: STEEKPROEF },
    () => data.clienten[Math.floor(r() * data.clienten.length)],
  );
  let bevindingen = 0;
  const soorten = {};
  let aantekeningen = 0;
  for (const clientId of new Set(steekproef)) {
    const u = await controleerDossier(database.db, sleutel, { clientId });
    bevindingen += u.bevindingen.length;
    for (const b of u.bevindingen) soorten[b.soort] = (soorten[b.soort] ?? 0) + 1;
    aantekeningen += u.aantekeningen;
  }
  uitkomst.dossiercontrole = { clienten: new Set(steekproef).size, aantekeningen, bevindingen, soorten };
  console.log(
    `Dossiercontrole: ${uitkomst.dossiercontrole.clienten} cliënten, ${aantekeningen} aantekeningen, ${bevindingen} bevindingen`,
  );

  const lezen = createDb(database.url, { max: 12 });
  try {
    uitkomst.plannen = await plannen(lezen.pool, lezen.db, data, nu);
    for (const [naam, stmts] of Object.entries(uitkomst.plannen))
      console.log(
        `Plan ${naam}: ${stmts.map((s) => `${s.indexen.join('+') || 'geen index'}${s.seqScan ? ' (SEQ SCAN)' : ''}`).join(' | ')}`,
      );
    uitkomst.rustig = await meetRustig(lezen.db, data, nu, { n: RUSTIG_N });
    console.log('Rustig (ms):', JSON.stringify(uitkomst.rustig));
    uitkomst.druk = await meetDruk(lezen.db, data, nu, { seconden: SECONDEN });
    console.log('Druk (ms):', JSON.stringify(uitkomst.druk.lijsten));
  } finally {
    await lezen.close();
  }

  if (TEMPORAL) {
    const { meetTemporal } = await import('./temporal.mjs');
    uitkomst.temporal = await meetTemporal({
      adres: TEMPORAL,
      workflows: WORKFLOWS,
      db: database.db,
      nu,
      startSeconden: TEMPORAL_SECONDEN,
    });
    console.log('Temporal:', JSON.stringify(uitkomst.temporal.lijst ?? uitkomst.temporal));
  } else uitkomst.temporal = { overgeslagen: 'geen --temporal opgegeven' };

  const haalt = (m) => Object.values(m).every((x) => x.p95 <= 25);
  uitkomst.uitkomst = {
    rustigOnder25: haalt(uitkomst.rustig),
    drukOnder25: haalt(uitkomst.druk.lijsten),
    allesIndex: Object.values(uitkomst.plannen).every((s) => s.every((x) => !x.seqScan)),
  };
  await schrijfResultaat('werklijsten', uitkomst);
} finally {
  if (BEWAAR) console.log(`Bewaard: ${database.url}`);
  else await database.drop();
}
