import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDb } from '../client';
import { runMigrations } from '../migrate';
import { maakRollen, type Rollen, richtDatabaseIn, STANDAARD_ROLNAMEN } from '../rollen/inrichten';
import { seedDemo } from '../seed/demo';

/** A short-lived admin connection; its error handler keeps a server restart from ending the test process. */
function beheerClient(adminUrl: string) {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined); // the pending query, if any, rejects with the same error
  return client;
}

/** TEST_DATABASE_URL is set by infra/test.sh: a Debian PostgreSQL cluster of the test run's own. */
export function testDatabaseAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL ontbreekt: start de tests met infra/test.sh (die PostgreSQL start).');
  return url;
}

/** The test clusters trust local connections, so the two roles need no password there. */
const rollen: Rollen = {
  eigenaar: { naam: STANDAARD_ROLNAMEN.eigenaar },
  app: { naam: STANDAARD_ROLNAMEN.app },
};

const urlVan = (adminUrl: string, database: string, rol?: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (rol) {
    url.username = rol;
    url.password = '';
  }
  return url.toString();
};

/**
 * A fresh, migrated and seeded database per test file, so suites never see each other's rows and the
 * append-only dossier never needs cleaning. Set up as production is: the owner role migrates, the
 * handle (and `url`) connect as the app role; `ownerUrl` is for tests that act as the owner.
 * `adminUrl` picks another server (a test that stops one).
 */
export async function createTestDatabase(prefix: string, adminUrl = testDatabaseAdminUrl()) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = beheerClient(adminUrl);
  await admin.connect();
  try {
    await maakRollen(admin, rollen);
    await admin.query(`CREATE DATABASE "${name}" OWNER ${rollen.eigenaar.naam}`);
  } finally {
    await admin.end();
  }
  const inDatabase = beheerClient(urlVan(adminUrl, name));
  await inDatabase.connect();
  try {
    await richtDatabaseIn(inDatabase, rollen);
  } finally {
    await inDatabase.end();
  }
  const ownerUrl = urlVan(adminUrl, name, rollen.eigenaar.naam);
  const url = urlVan(adminUrl, name, rollen.app.naam);
  await runMigrations(ownerUrl, { appRol: rollen.app.naam });
  const handle = createDb(url);
  await seedDemo(handle.db);
  return {
    url,
    ownerUrl,
    ...handle,
    async drop() {
      await handle.close();
      const c = beheerClient(adminUrl);
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Connected as the owner role, for what only the owner may do (DDL in a test); closed afterwards. */
export async function metEigenaar<T>(ownerUrl: string, doe: (client: Client) => Promise<T>): Promise<T> {
  const client = beheerClient(ownerUrl);
  await client.connect();
  try {
    return await doe(client);
  } finally {
    await client.end();
  }
}

/** The tables whose append-only triggers an attacker with the owner's rights would switch off. */
const BEWAAKT = ['dossieraantekeningen', 'dossiercontrolepunten', 'dossierverwijderingen'];

/**
 * As an attacker with the owner's rights would: connected as the owner, the append-only triggers off
 * (ALTER TABLE … DISABLE TRIGGER), `doe`, the triggers on again, all in one transaction.
 */
export const alsEigenaar = <T>(ownerUrl: string, doe: (client: Client) => Promise<T>): Promise<T> =>
  metEigenaar(ownerUrl, async (client) => {
    await client.query('begin');
    try {
      for (const tabel of BEWAAKT) await client.query(`alter table ${tabel} disable trigger user`);
      const uitkomst = await doe(client);
      for (const tabel of BEWAAKT) await client.query(`alter table ${tabel} enable trigger user`);
      await client.query('commit');
      return uitkomst;
    } catch (fout) {
      await client.query('rollback').catch(() => undefined);
      throw fout;
    }
  });
