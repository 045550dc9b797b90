import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;

export interface DbHandle {
  db: Db;
  pool: Pool;
  close(): Promise<void>;
}

/** One pool per process; the same driver talks to Debian PostgreSQL and to embedded PGlite. */
export function createDb(databaseUrl: string, options: { max?: number } = {}): DbHandle {
  const pool = new Pool({ connectionString: databaseUrl, max: options.max ?? 5 });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
