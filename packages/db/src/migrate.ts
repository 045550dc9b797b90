import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { createDb } from './client';

export const migrationsFolder = path.join(__dirname, '..', 'drizzle');

/** Applies the drizzle-kit migrations in order; safe to run on every start. */
export async function runMigrations(databaseUrl: string): Promise<void> {
  // A migration may rightly run long (an index on a big table): no statement timeout here.
  const handle = createDb(databaseUrl, { max: 1, statementTimeoutMs: 0 });
  try {
    await migrate(handle.db, { migrationsFolder });
  } finally {
    await handle.close();
  }
}
