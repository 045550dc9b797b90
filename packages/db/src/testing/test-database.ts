import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDb } from '../client';
import { runMigrations } from '../migrate';
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

/**
 * A fresh, migrated and seeded database per test file, so suites never see each other's rows and the
 * append-only dossier never needs cleaning. `adminUrl` picks another server (a test that stops one).
 */
export async function createTestDatabase(prefix: string, adminUrl = testDatabaseAdminUrl()) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = beheerClient(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  const handle = createDb(url.toString());
  await seedDemo(handle.db);
  return {
    url: url.toString(),
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
