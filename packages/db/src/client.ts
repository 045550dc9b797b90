import { type Logger, maakLogger } from '@deelwijs/logging';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool, type PoolConfig } from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** The database or an open transaction on it: queries that must run together take either. */
export type DbOfTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DbHandle {
  db: Db;
  pool: Pool;
  close(): Promise<void>;
}

export interface DbOpties {
  max?: number;
  /** Where a lost connection is reported; by default a logger of its own ("db"). */
  logger?: Pick<Logger, 'warn' | 'debug'>;
  /** Waiting for a connection (a new one, or a free one from a busy pool). */
  connectTimeoutMs?: number;
  /** The server cancels a statement that runs longer (SQLSTATE 57014); 0 for none (migrations). */
  statementTimeoutMs?: number;
}

/**
 * Timeouts so that a database that is away fails fast instead of hanging: a refused connection fails
 * at once, one that does not answer after `connectionTimeoutMillis`, and a query on a connection that
 * went silent after `query_timeout`.
 */
export function poolConfig(databaseUrl: string, opties: DbOpties = {}): PoolConfig {
  const statement = opties.statementTimeoutMs ?? 15_000;
  return {
    connectionString: databaseUrl,
    max: opties.max ?? 5,
    connectionTimeoutMillis: opties.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    // The client gives up a little after the server would have, for a server that went silent.
    ...(statement > 0 ? { statement_timeout: statement, query_timeout: statement + 5_000 } : {}),
    keepAlive: true,
  };
}

let standaardLogger: Logger | undefined;
const eigenLogger = () => {
  standaardLogger ??= maakLogger('db');
  return standaardLogger;
};

/**
 * Every connection gets an error handler: pg emits 'error' on an idle client when the server goes
 * away (restart, admin shutdown), and an unhandled 'error' event ends the process. The pool drops
 * that client and makes a new connection for the next query.
 */
export function bewaakPool(pool: Pool, logger: Pick<Logger, 'warn' | 'debug'>): Pool {
  pool.on('error', (err) => logger.warn({ err }, 'database connection lost while idle; the pool reconnects'));
  pool.on('connect', (client) => {
    // A checked-out client's error also reaches its next query, which reports it; this only keeps
    // the process alive in the moment between two queries of a transaction.
    client.on('error', (err) => logger.debug({ err }, 'database connection lost'));
  });
  return pool;
}

/** One pool per process; the same driver talks to Debian PostgreSQL and to the embedded database. */
export function createDb(databaseUrl: string, opties: DbOpties = {}): DbHandle {
  const logger = opties.logger ?? eigenLogger();
  const pool = bewaakPool(new Pool(poolConfig(databaseUrl, opties)), logger);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/** Whether the database answers `select 1` within `ms`: for readiness checks, never throws. */
export async function databaseAntwoordt(pool: Pool, ms = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const teLaat = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      pool.query('select 1').then(
        () => true,
        () => false,
      ),
      teLaat,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
