import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { BEGIN_HASH, clientQueries, createDb, type Db, deelverzoekQueries, ketenHash } from '../src';
import { startEmbeddedPostgres } from '../src/embedded/postgres-server';
import { migrationsFolder, rolVanUrl, runMigrations } from '../src/migrate';
import { dossieraantekeningen } from '../src/schema';
import { demoClienten, demoGebruikers, demoVertegenwoordigers } from '../src/seed/demo';
import { start } from './support/keten';

const dir = mkdtempSync(path.join(tmpdir(), 'deelwijs-embedded-rollen-'));
const poort = 20000 + Math.floor(Math.random() * 20000);

/** The migrations as an earlier version shipped them: up to 0009, before there were two roles. */
function oudeMigraties(): string {
  const oud = path.join(dir, 'drizzle-0009');
  cpSync(migrationsFolder, oud, { recursive: true });
  const journaal = JSON.parse(readFileSync(path.join(oud, 'meta', '_journal.json'), 'utf8'));
  journaal.entries = journaal.entries.filter((e: { idx: number }) => e.idx <= 9);
  writeFileSync(path.join(oud, 'meta', '_journal.json'), JSON.stringify(journaal));
  return oud;
}

/**
 * The demo data as that version seeded it: today's seed writes tables and columns (teams, an
 * account's status) that did not exist yet, so the accounts go in with the columns of then.
 */
async function seedToen(db: Db, pool: { query: (sql: string, p: unknown[]) => Promise<unknown> }) {
  await clientQueries(db).voegToe(demoClienten);
  await clientQueries(db).voegVertegenwoordigersToe(demoVertegenwoordigers);
  for (const g of demoGebruikers)
    await pool.query(
      'insert into gebruikers (id, email, naam, rollen, team, pet, organisatietype, beroepsgeheim) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        g.id,
        g.email,
        g.naam,
        JSON.stringify(g.rollen),
        g.team,
        g.pet ?? null,
        g.organisatietype,
        g.beroepsgeheim,
      ],
    );
}

/**
 * A step as that version wrote it: the deelverzoek with the columns of then (no owner yet), its
 * entries linked in TypeScript onto the client's head (the database function came with 0025).
 */
async function legStapVastToen(db: Db, stap: ReturnType<typeof start>) {
  const d = stap.deelverzoek;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into deelverzoeken
      (id, client_id, doel, ontvangers, status, aangemaakt_door, aangemaakt_op, bijgewerkt_op, content_versie, beleid_versie, volgnummer, proces)
      values (${d.id}, ${d.clientId}, ${d.doel}, ${JSON.stringify(d.ontvangers)}::jsonb, ${d.status},
        ${JSON.stringify(d.aangemaaktDoor)}::jsonb, ${d.aangemaaktOp}, ${d.aangemaaktOp}, ${d.contentVersie},
        ${d.beleidVersie}, 1, ${JSON.stringify(stap.proces)}::jsonb)`);
    const { rows } = await tx.execute<{ aantal: number; laatste_hash: string }>(sql`
      insert into dossierketens (client_id, aantal, laatste_hash) values (${d.clientId}, 0, ${BEGIN_HASH})
      on conflict (client_id) do update set aantal = dossierketens.aantal returning aantal, laatste_hash`);
    let { aantal, laatste_hash: vorige } = rows[0]!;
    for (const a of stap.aantekeningen) {
      const hash = ketenHash(a, vorige);
      aantal += 1;
      await tx
        .insert(dossieraantekeningen)
        .values({ ...a, ketenVolgnummer: aantal, vorigeHash: vorige, hash });
      vorige = hash;
    }
    await tx.execute(
      sql`update dossierketens set aantal = ${aantal}, laatste_hash = ${vorige} where client_id = ${d.clientId}`,
    );
  });
}

describe('an embedded data dir of an earlier version', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gets both roles, hands its tables to the owner, migrates on and guards the record', async () => {
    const dataDir = path.join(dir, 'data');
    // Then: the superuser migrated, seeded and wrote as well, and there were no roles.
    let server = await startEmbeddedPostgres({ dataDir, port: poort });
    const toen = createDb(server.url, { max: 1 });
    await toen.pool.query('drop owned by deelwijs_app, deelwijs_eigenaar');
    await toen.pool.query('drop role deelwijs_app, deelwijs_eigenaar');
    await migrate(toen.db, { migrationsFolder: oudeMigraties() });
    await seedToen(toen.db, toen.pool);
    const eerder = start(demoClienten[0]!.id);
    await legStapVastToen(toen.db, eerder);
    await toen.close();
    await server.stop();

    // Now: started again, the way infra/launch.mjs does.
    server = await startEmbeddedPostgres({ dataDir, port: poort });
    const app = createDb(server.appUrl, { max: 2 });
    try {
      await runMigrations(server.eigenaarUrl, { appRol: rolVanUrl(server.appUrl) });
      const { rows } = await app.pool.query(
        `select count(*)::int as vreemd from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ('public', 'drizzle') and c.relkind = 'r' and pg_get_userbyid(c.relowner) <> 'deelwijs_eigenaar'`,
      );
      expect(rows[0].vreemd).toBe(0);
      const later = start(demoClienten[0]!.id);
      await deelverzoekQueries(app.db).legStapVast({
        ...later,
        volgnummer: 1,
        op: later.deelverzoek.aangemaaktOp,
        volgende: { actie: null, op: null },
      });
      expect(await deelverzoekQueries(app.db).aantekeningen(eerder.deelverzoek.id)).toHaveLength(1);
      await expect(app.pool.query('delete from dossieraantekeningen')).rejects.toThrow(/permission denied/);
      // A third start finds everything in place and changes nothing.
      await server.stop();
      server = await startEmbeddedPostgres({ dataDir, port: poort });
      await runMigrations(server.eigenaarUrl, { appRol: rolVanUrl(server.appUrl) });
      expect((await app.pool.query('select count(*)::int as n from dossierketens')).rows[0].n).toBe(1);
    } finally {
      await app.close();
      await server.stop();
    }
  }, 120_000);
});
