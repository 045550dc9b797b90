import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/client';
import { migrationsFolder } from '../src/migrate';
import { testDatabaseAdminUrl } from '../src/testing';

// Migration 0023 on a database with invitations from before it: each link gets its volgnummer in the
// order it was made, and every unused one — a link the beheerder was shown — stops working now and
// counts as not sent, so the beheerder mails a new one.

const naam = `uitnodiging_migratie_${process.pid}`;
const urlVan = (database: string) => {
  const url = new URL(testDatabaseAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
};

/** The migrations folder as it was before 0023: the same files, a journal that ends at 0022. */
function mapTot(laatste: number): string {
  const map = mkdtempSync(path.join(tmpdir(), 'deelwijs-migraties-'));
  cpSync(migrationsFolder, map, { recursive: true });
  const journaal = path.join(map, 'meta', '_journal.json');
  const inhoud = JSON.parse(readFileSync(journaal, 'utf8')) as { entries: Array<{ idx: number }> };
  inhoud.entries = inhoud.entries.filter((e) => e.idx <= laatste);
  writeFileSync(journaal, JSON.stringify(inhoud));
  return map;
}

describe('migration 0023: invitations become one row per mailed link', () => {
  let handle: ReturnType<typeof createDb>;
  let oud: string;

  beforeAll(async () => {
    const admin = new Client({ connectionString: testDatabaseAdminUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${naam}"`);
    await admin.end();
    handle = createDb(urlVan(naam), { max: 1, statementTimeoutMs: 0 });
    oud = mapTot(22);
    await migrate(handle.db, { migrationsFolder: oud });
  });
  afterAll(async () => {
    await handle?.close();
    if (oud) rmSync(oud, { recursive: true, force: true });
    const admin = new Client({ connectionString: testDatabaseAdminUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    await admin.end();
  });

  it('numbers the old links per account and ends the unused ones as not sent', async () => {
    const q = (sql: string, waarden: unknown[] = []) => handle.pool.query(sql, waarden);
    await q(`insert into teams (id, naam) values ('t', 'T') on conflict do nothing`);
    await q(
      `insert into gebruikers (id, email, naam, rollen, team, status) values
        ('beheer', 'b@x.test', 'B', '["functioneel-beheerder"]', 't', 'actief'),
        ('noor', 'n@x.test', 'N', '["casemanager"]', 't', 'uitgenodigd'),
        ('sem', 's@x.test', 'S', '["casemanager"]', 't', 'actief')`,
    );
    await q(
      `insert into uitnodigingen (token_hash, gebruiker_id, aangemaakt_door, aangemaakt_op, verloopt_op, gebruikt_op) values
        ('h-noor-1', 'noor', 'beheer', now() - interval '9 days', now() - interval '2 days', null),
        ('h-noor-2', 'noor', 'beheer', now() - interval '1 day', now() + interval '6 days', null),
        ('h-sem-1', 'sem', 'beheer', now() - interval '3 days', now() + interval '4 days', now() - interval '2 days')`,
    );

    await migrate(handle.db, { migrationsFolder });

    const { rows } = await q(
      `select gebruiker_id, volgnummer, token_hash, verloopt_op <= now() as verlopen,
              niet_verstuurd_op is not null as niet_verstuurd, verstuurd_op
         from uitnodigingen order by gebruiker_id, volgnummer`,
    );
    expect(rows).toEqual([
      {
        gebruiker_id: 'noor',
        volgnummer: 1,
        token_hash: 'h-noor-1',
        verlopen: true,
        niet_verstuurd: true,
        verstuurd_op: null,
      },
      {
        gebruiker_id: 'noor',
        volgnummer: 2,
        token_hash: 'h-noor-2',
        verlopen: true,
        niet_verstuurd: true,
        verstuurd_op: null,
      },
      // A used link stays as it was: its account is active.
      {
        gebruiker_id: 'sem',
        volgnummer: 1,
        token_hash: 'h-sem-1',
        verlopen: false,
        niet_verstuurd: false,
        verstuurd_op: null,
      },
    ]);
    // One row per link of an account; the hash stays unique, and a link not yet made has none.
    await expect(
      q(
        `insert into uitnodigingen (gebruiker_id, volgnummer, aangemaakt_door, verloopt_op) values ('noor', 2, 'beheer', now())`,
      ),
    ).rejects.toThrow(/duplicate key/);
    await q(
      `insert into uitnodigingen (gebruiker_id, volgnummer, aangemaakt_door, verloopt_op) values ('noor', 3, 'beheer', now())`,
    );
    await expect(
      q(`update uitnodigingen set token_hash = 'h-sem-1' where gebruiker_id = 'noor' and volgnummer = 3`),
    ).rejects.toThrow(/duplicate key/);
  });
});
