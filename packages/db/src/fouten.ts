import { databasefoutIn } from '@deelwijs/logging';

/**
 * What a database error means for whoever called: try again later (the database is away, busy or
 * restarting), or never (the input itself is refused). The API answers the first with 503; the
 * worker retries the first and fails the step on the second.
 */

export { databasefoutIn } from '@deelwijs/logging';

// Node socket errors on the way to the server.
const NETWERK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);

// pg and pg-pool say "gone" or "too slow" in words, without a code.
const VERBINDING_WOORDEN = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Query read timeout/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** SQLSTATEs that pass: connection lost, server shutting down, overloaded, cancelled, a lock or serialisation conflict. */
const isVoorbijgaandeSqlstate = (code: string) =>
  code.startsWith('08') || // connection exception
  code.startsWith('53') || // insufficient resources (too many connections, disk full)
  code.startsWith('57') || // operator intervention: admin shutdown, crash shutdown, cannot connect now, query canceled (statement timeout)
  code === '40001' || // serialization failure
  code === '40P01' || // deadlock detected
  code === '55P03'; // lock not available

/** SQLSTATE classes where the same input can never succeed. */
const PERMANENTE_KLASSEN = new Set(['22', '23', '42']);

function ketting(fout: unknown): unknown[] {
  const keten: unknown[] = [];
  let huidige = fout;
  for (let i = 0; i < 8 && huidige !== undefined && huidige !== null; i++) {
    keten.push(huidige);
    if (huidige instanceof AggregateError) keten.push(...huidige.errors);
    huidige = (huidige as { cause?: unknown }).cause;
  }
  return keten;
}

/** The database cannot be reached, is restarting or is too busy: worth trying again later. */
export function isDatabaseNietBereikbaar(fout: unknown): boolean {
  const db = databasefoutIn(fout);
  if (db) return isVoorbijgaandeSqlstate(db.code);
  return ketting(fout).some((f) => {
    if (typeof f !== 'object' || f === null) return false;
    const { code, message } = f as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && NETWERK.has(code)) return true;
    return typeof message === 'string' && VERBINDING_WOORDEN.some((w) => w.test(message));
  });
}

/** The database refuses this input itself (data exception, integrity violation, unknown object): retrying never helps. */
export function isPermanenteDatabasefout(fout: unknown): boolean {
  const db = databasefoutIn(fout);
  return db !== undefined && PERMANENTE_KLASSEN.has(db.code.slice(0, 2));
}
