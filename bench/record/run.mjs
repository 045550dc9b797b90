#!/usr/bin/env node
// Benchmark 3 of issue 14: hash-chained dossieraantekening appends against plain inserts into the
// same table shape, in one run, on the same server. Eight writers on eight different clients; each
// transaction appends --per-tx entries the way the product does (voegAanKetensToe: lock the client's
// head row, skip what is on file, link, insert, move the head). The plain side inserts the same rows
// into a copy of the table (same columns, indexes and foreign keys; no chain, no head row, no trigger).
// Phases alternate (plain, chained, plain, chained, …) so drift of the machine hits both alike.
// Afterwards every chain is verified: a fast but broken chain would be no result.
// Usage: node bench/record/run.mjs [--writers 8] [--seconden 6] [--rondes 2] [--per-tx 1] [--db debian|embedded|beide]
// Debian PostgreSQL needs TEST_DATABASE_URL (a superuser URL, as infra/postgres.sh prints).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { controleerDossier, createDb, voegAanKetensToe } from '@deelwijs/db';
import { startEmbeddedPostgres } from '@deelwijs/db/embedded';
import { runMigrations } from '@deelwijs/db/migrate';
import { createTestDatabase, metEigenaar } from '@deelwijs/db/testing';
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { arg, percentiel, rond, schrijfResultaat } from '../lib/meten.mjs';

const WRITERS = arg('writers', 8);
const SECONDEN = arg('seconden', 6);
const RONDES = arg('rondes', 2);
const PER_TX = arg('per-tx', 1);
const DB = arg('db', 'beide');

const PLAT = `
  create table bench_platte_aantekeningen (like dossieraantekeningen including defaults including indexes);
  alter table bench_platte_aantekeningen
    add foreign key (deelverzoek_id) references deelverzoeken (id),
    add foreign key (client_id) references clienten (id);`;

/** The copy's columns for drizzle, so both sides go through the same client library as the product. */
const platteAantekeningen = pgTable('bench_platte_aantekeningen', {
  id: text('id').primaryKey(),
  deelverzoekId: uuid('deelverzoek_id').notNull(),
  clientId: uuid('client_id').notNull(),
  soort: text('soort').notNull(),
  tekst: text('tekst').notNull(),
  door: jsonb('door').notNull(),
  op: timestamp('op', { withTimezone: true, mode: 'string' }).notNull(),
  contentVersie: text('content_versie').notNull(),
  beleidVersie: text('beleid_versie').notNull(),
  ketenVolgnummer: integer('keten_volgnummer'),
  vorigeHash: text('vorige_hash'),
  hash: text('hash'),
});

/** One client with one deelverzoek per writer, so the foreign keys have something to point at. */
async function maakClienten(pool) {
  const ids = [];
  for (let w = 0; w < WRITERS; w++) {
    const client = randomUUID();
    const deelverzoek = randomUUID();
    await pool.query(
      `insert into clienten (id, pseudoniem, naam, geboortedatum, team) values ($1, $2, 'Bench Cliënt', '1980-01-01', 'wijkteam-noord')`,
      [client, `BENCH-${randomBytes(4).toString('hex')}`],
    );
    await pool.query(
      `insert into deelverzoeken (id, client_id, doel, ontvangers, status, aangemaakt_door, eigenaar, aangemaakt_op, bijgewerkt_op, content_versie, beleid_versie, volgnummer)
       values ($1, $2, 'benchmark', '[]', 'afwegen', '{"gebruikerId":"bench"}', 'bench', now(), now(), 'bench', 'bench', 0)`,
      [deelverzoek, client],
    );
    ids.push({ client, deelverzoek });
  }
  return ids;
}

const aantekening = ({ client, deelverzoek }) => ({
  id: randomUUID(),
  deelverzoekId: deelverzoek,
  clientId: client,
  soort: 'afweging-1',
  tekst: 'Afweging 1 vastgelegd: de vraag hoort bij mijn taak, toelichting volgt in het dossier.',
  door: { gebruikerId: 'bench-casemanager' },
  op: new Date().toISOString(),
  contentVersie: 'bench',
  beleidVersie: 'bench',
});

const schrijvers = {
  geketend: (db) => async (doel) => {
    const rijen = Array.from({ length: PER_TX }, () => aantekening(doel));
    await db.transaction((tx) => voegAanKetensToe(tx, rijen));
  },
  plat: (db) => async (doel) => {
    const rijen = Array.from({ length: PER_TX }, () => aantekening(doel));
    await db.transaction((tx) => tx.insert(platteAantekeningen).values(rijen));
  },
};

/** WRITERS loops for SECONDEN, each on its own client; entries per second and per-transaction latencies. */
async function fase(schrijf, doelen) {
  const latenties = [];
  let fouten = 0;
  const eind = Date.now() + SECONDEN * 1000;
  const start = performance.now();
  await Promise.all(
    doelen.map(async (doel) => {
      while (Date.now() < eind) {
        const t = performance.now();
        try {
          await schrijf(doel);
          latenties.push(performance.now() - t);
        } catch (error) {
          fouten += 1;
          if (fouten === 1) console.error(error);
        }
      }
    }),
  );
  const seconden = (performance.now() - start) / 1000;
  return {
    transacties: latenties.length,
    aantekeningen: latenties.length * PER_TX,
    seconden,
    latenties,
    fouten,
  };
}

/** `database`: { url (app role), ownerUrl, drop() }, set up as production is (owner migrates, app writes). */
async function meet(naam, database) {
  const handle = createDb(database.url, { max: WRITERS + 2 });
  try {
    await metEigenaar(database.ownerUrl, async (c) => {
      await c.query(PLAT);
      const app = new URL(database.url).username;
      await c.query(`grant select, insert on bench_platte_aantekeningen to ${app}`);
    });
    const doelen = await maakClienten(handle.pool);
    const totaal = { plat: [], geketend: [] };
    for (let ronde = 0; ronde < RONDES; ronde++)
      for (const soort of ['plat', 'geketend']) {
        const uitkomst = await fase(schrijvers[soort](handle.db), doelen);
        totaal[soort].push(uitkomst);
        console.log(
          `${naam} ronde ${ronde + 1} ${soort}: ${rond(uitkomst.aantekeningen / uitkomst.seconden, 0)}/s`,
        );
      }
    const samengevat = Object.fromEntries(
      Object.entries(totaal).map(([soort, fasen]) => {
        const latenties = fasen.flatMap((f) => f.latenties);
        const aantekeningen = fasen.reduce((s, f) => s + f.aantekeningen, 0);
        const seconden = fasen.reduce((s, f) => s + f.seconden, 0);
        return [
          soort,
          {
            aantekeningenPerSeconde: rond(aantekeningen / seconden, 1),
            aantekeningen,
            fouten: fasen.reduce((s, f) => s + f.fouten, 0),
            transactieMs: {
              p50: rond(percentiel(latenties, 50)),
              p95: rond(percentiel(latenties, 95)),
              p99: rond(percentiel(latenties, 99)),
            },
          },
        ];
      }),
    );
    // The chains must hold: every entry linked, in order, no fork, under concurrency.
    const sleutel = randomBytes(32);
    const controle = await controleerDossier(handle.db, sleutel);
    const eigen = new Set(doelen.map((d) => d.client));
    const bevindingen = controle.bevindingen.filter((b) => eigen.has(b.clientId));
    return {
      naam,
      ...samengevat,
      ratio: rond(samengevat.geketend.aantekeningenPerSeconde / samengevat.plat.aantekeningenPerSeconde),
      doel: 0.7,
      ketensGecontroleerd: { clienten: WRITERS, bevindingen: bevindingen.length },
    };
  } finally {
    await handle.close();
    await database.drop();
  }
}

/** The embedded default of the quick start: its own roles with passwords, migrated as the product does. */
async function ingebouwd() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-record-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: 30000 + Math.floor(Math.random() * 20000),
  });
  await runMigrations(server.eigenaarUrl, { appRol: new URL(server.appUrl).username });
  return {
    url: server.appUrl,
    ownerUrl: server.eigenaarUrl,
    drop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const resultaten = [];
if (DB !== 'embedded') {
  const debian = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (debian)
    resultaten.push(await meet('Debian PostgreSQL', await createTestDatabase('bench_record', debian)));
  else console.warn('TEST_DATABASE_URL ontbreekt: Debian PostgreSQL overgeslagen.');
}
if (DB !== 'debian') resultaten.push(await meet('ingebouwde PostgreSQL (standaard)', await ingebouwd()));
for (const r of resultaten)
  console.log(
    `${r.naam}: geketend/plat = ${r.ratio} (doel ≥ ${r.doel}); ketens: ${r.ketensGecontroleerd.bevindingen} bevindingen`,
  );
await schrijfResultaat('record', {
  schrijvers: WRITERS,
  secondenPerFase: SECONDEN,
  rondes: RONDES,
  aantekeningenPerTransactie: PER_TX,
  resultaten,
});
process.exit(resultaten.some((r) => r.ketensGecontroleerd.bevindingen > 0 || r.geketend.fouten > 0) ? 1 : 0);
