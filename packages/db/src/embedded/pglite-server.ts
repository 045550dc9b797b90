import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * File-backed PGlite behind the Postgres wire protocol, so the API and the worker use the same `pg`
 * driver as in production. `maxConnections` lets several pools share it; PGlite itself runs one
 * query at a time, which is plenty for one person trying the product.
 */
export async function startEmbeddedPostgres(opties: {
  dataDir: string;
  port: number;
  host?: string;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  mkdirSync(opties.dataDir, { recursive: true });
  const db = await PGlite.create(opties.dataDir);
  const host = opties.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({
    db,
    port: opties.port,
    host,
    maxConnections: opties.maxConnections ?? 20,
  });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${host}:${opties.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
