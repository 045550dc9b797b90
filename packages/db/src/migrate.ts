import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { createDb } from './client';
import { kenRechtenToe } from './rollen/rechten';

export const migrationsFolder = path.join(__dirname, '..', 'drizzle');

export interface MigratieOpties {
  /** The role the API, worker and CLI connect as; it gets its rights after the migrations. */
  appRol?: string;
}

/**
 * Applies the drizzle-kit migrations in order as the owner role, then (re)grants the app role its
 * rights; safe to run on every start. Without `appRol`, or when it is the owner itself, no grants:
 * one role then owns the tables and only the append-only triggers guard the record.
 */
export async function runMigrations(ownerUrl: string, opties: MigratieOpties = {}): Promise<void> {
  // A migration may rightly run long (an index on a big table): no statement timeout here.
  const handle = createDb(ownerUrl, { max: 1, statementTimeoutMs: 0 });
  try {
    await migrate(handle.db, { migrationsFolder });
    const client = await handle.pool.connect();
    try {
      const { rows } = await client.query<{ rol: string }>('select current_user as rol');
      if (opties.appRol && opties.appRol !== rows[0]!.rol) await kenRechtenToe(client, opties.appRol);
    } finally {
      client.release();
    }
  } finally {
    await handle.close();
  }
}

/** The user name in a PostgreSQL URL: the role that URL connects as. */
export const rolVanUrl = (url: string): string => decodeURIComponent(new URL(url).username);
