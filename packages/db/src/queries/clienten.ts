import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten } from '../schema';

export type ClientRij = typeof clienten.$inferSelect;
export type NieuweClientRij = typeof clienten.$inferInsert;

export const clientQueries = (db: Db) => ({
  lijst: (team?: string) =>
    db
      .select()
      .from(clienten)
      .where(team ? eq(clienten.team, team) : undefined)
      .orderBy(asc(clienten.pseudoniem)),
  vind: async (id: string): Promise<ClientRij | undefined> =>
    (await db.select().from(clienten).where(eq(clienten.id, id)))[0],
  /** Idempotent: the demo seed may run on every start. */
  voegToe: (rijen: NieuweClientRij[]) => db.insert(clienten).values(rijen).onConflictDoNothing(),
});
