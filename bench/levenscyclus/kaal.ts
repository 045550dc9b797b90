// The bare side of benchmark 1: the same lifecycle shape straight to Temporal and PostgreSQL, without
// HTTP, sessions, rules or encryption. One client row inserted (POST clienten), an
// Update-With-Start that answers once the first row is on file (POST deelverzoeken), five Updates
// (the opdrachten). Each step is timed under the name of the product's request it stands for.
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import pg from 'pg';
import type { Meting } from '../../tests/load/lib/meting';

export const KALE_STAPPEN = ['afweging-1', 'afweging-2', 'afweging-3', 'toestemmingspoging', 'verstrekking'];

/** The tables the bare worker writes to, in a schema of their own in the product's database. */
export async function maakKaleTabellen(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`create schema if not exists kaal;
    create table if not exists kaal.clienten (id uuid primary key, naam text not null, op timestamptz not null);
    create table if not exists kaal.stappen (id text not null, volgnummer int not null, soort text not null,
      op timestamptz not null, primary key (id, volgnummer));`);
  await c.end();
}

export async function kaleDriver(opties: { temporalAdres: string; taskQueue: string; databaseUrl: string }) {
  const connection = await Connection.connect({ address: opties.temporalAdres });
  const client = new Client({ connection });
  const pool = new pg.Pool({ connectionString: opties.databaseUrl, max: 16 });
  const tijd = async <T>(meting: Meting, soort: string, actie: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      const r = await actie();
      meting.verzoek(soort, performance.now() - start, 200);
      return r;
    } catch (fout) {
      meting.verzoek(soort, performance.now() - start, 500, String(fout));
      throw fout;
    }
  };
  return {
    /** One bare lifecycle; done with the last Update's answer, as the product's is with its last request. */
    async levenscyclus(meting: Meting): Promise<{ id: string; klaar: boolean }> {
      const clientId = randomUUID();
      const id = `kaal-${clientId}`;
      try {
        await tijd(meting, 'POST clienten', () =>
          pool.query('insert into kaal.clienten (id, naam, op) values ($1, $2, now())', [
            clientId,
            'Kale cliënt',
          ]),
        );
        const start = new WithStartWorkflowOperation('kaleLevenscyclus', {
          taskQueue: opties.taskQueue,
          workflowId: id,
          workflowIdConflictPolicy: 'USE_EXISTING',
          args: [id],
        });
        await tijd(meting, 'POST deelverzoeken', () =>
          client.workflow.executeUpdateWithStart('kaalRegistratie', { startWorkflowOperation: start }),
        );
        const handle = client.workflow.getHandle(id);
        for (const soort of KALE_STAPPEN)
          await tijd(meting, `POST opdracht ${soort}`, () =>
            handle.executeUpdate('kaleStap', { args: [{ soort }] }),
          );
        return { id, klaar: true };
      } catch {
        return { id, klaar: false };
      }
    },
    /** Every bare lifecycle's rows: six steps each, none lost, none twice. */
    async controleer(ids: string[]): Promise<string[]> {
      const { rows } = await pool.query<{ id: string; n: string; max: number }>(
        'select id, count(*) as n, max(volgnummer) as max from kaal.stappen where id = any($1) group by id',
        [ids],
      );
      const per = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = per.get(id);
        return r && Number(r.n) === 6 && r.max === 6 ? [] : [`${id}: ${r?.n ?? 0} kale stappen`];
      });
    },
    async sluit() {
      await connection.close();
      await pool.end();
    },
  };
}
