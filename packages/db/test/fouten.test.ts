import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { maakLogger, veiligeFout } from '@deelwijs/logging';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDb,
  databaseAntwoordt,
  isDatabaseNietBereikbaar,
  isPermanenteDatabasefout,
  schema,
} from '../src';
import { createTestDatabase } from '../src/testing';

/** A logger whose JSON lines land in an array, as they would on stdout. */
function vangLogger() {
  const regels: Array<Record<string, unknown>> = [];
  const tekst: string[] = [];
  const bestemming = new Writable({
    write(chunk, _enc, klaar) {
      for (const r of chunk.toString().split('\n').filter(Boolean)) {
        tekst.push(r);
        regels.push(JSON.parse(r));
      }
      klaar();
    },
  });
  return { logger: maakLogger('test', { bestemming, niveau: 'debug' }), regels, tekst };
}

const geslotenPoort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('database errors: safe to log, and classified', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase('fouten_test');
  });
  afterAll(() => db?.drop());

  it('logs a failed query with its SQLSTATE, never its SQL parameters', async () => {
    const geheim = 'Sanne de Vries, Dorpsstraat 1';
    // A NUL in text: PostgreSQL refuses it (22021), and drizzle's error message carries every parameter.
    const fout = await db.db
      .update(schema.clienten)
      .set({ naam: `${geheim}\u0000` })
      .where(eq(schema.clienten.pseudoniem, 'CL-1001'))
      .catch((e: unknown) => e);
    expect(String((fout as Error).message)).toContain(geheim); // what would have leaked
    expect(isPermanenteDatabasefout(fout)).toBe(true);
    expect(isDatabaseNietBereikbaar(fout)).toBe(false);

    const { logger, regels, tekst } = vangLogger();
    logger.error({ err: fout }, 'query failed');
    expect(tekst.join('\n')).not.toContain('Sanne');
    expect(tekst.join('\n')).not.toContain('params');
    expect(regels[0]).toMatchObject({
      level: 'error',
      err: {
        type: 'DrizzleQueryError',
        message: 'query failed (SQL and parameters left out)',
        cause: { type: 'DatabaseError', code: '22021', message: expect.stringContaining('data exception') },
      },
    });
    expect(veiligeFout(fout).stack).not.toContain('Sanne');
  });

  it('an integrity violation is permanent too (23505), and its detail with the key value is not logged', async () => {
    const [bestaand] = await db.db.select().from(schema.clienten).limit(1);
    const fout = await db.db
      .insert(schema.clienten)
      .values({ ...bestaand!, id: '00000000-0000-4000-8000-000000000001' })
      .catch((e: unknown) => e);
    expect(isPermanenteDatabasefout(fout)).toBe(true);
    const tekst = JSON.stringify(veiligeFout(fout));
    expect(tekst).toContain('23505');
    expect(tekst).not.toContain(bestaand!.pseudoniem);
    expect(tekst).not.toContain(bestaand!.naam);
  });

  it('a refused connection passes: not permanent, "not reachable"', async () => {
    const weg = createDb(`postgres://postgres@127.0.0.1:${await geslotenPoort()}/postgres`);
    try {
      const fout = await weg.db
        .select()
        .from(schema.clienten)
        .catch((e: unknown) => e);
      expect(isDatabaseNietBereikbaar(fout)).toBe(true);
      expect(isPermanenteDatabasefout(fout)).toBe(false);
      expect(await databaseAntwoordt(weg.pool, 1_000)).toBe(false);
    } finally {
      await weg.close();
    }
  });

  it('a pool whose idle connection is cut logs it, stays up, and reconnects for the next query', async () => {
    const { logger, regels } = vangLogger();
    const handle = createDb(db.url, { logger });
    try {
      const { rows } = await handle.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
      // The server ends the now idle connection (as on a restart: SQLSTATE 57P01).
      await db.pool.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      const waarschuwing = () => regels.find((r) => r.level === 'warn');
      await expect.poll(waarschuwing, { timeout: 5_000 }).toBeDefined();
      expect(waarschuwing()).toMatchObject({
        level: 'warn',
        msg: expect.stringContaining('connection lost while idle'),
        err: { code: '57P01' },
      });
      expect(await databaseAntwoordt(handle.pool)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
