import type { DeelverzoekProces } from '@deelwijs/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { deelverzoeken, gebruikers, toegangslog } from '../schema';

export type ToegangRij = typeof toegangslog.$inferSelect;
export type NieuweToegangRij = typeof toegangslog.$inferInsert;

/** One row of the access log with the reader's name (null for a system), for the client's export. */
export interface ToegangMetNaam {
  op: string;
  gebruikerId: string | null;
  naam: string | null;
  /** The system that acted on its own, e.g. `systeem:worker`; null when a person did. */
  actor: string | null;
  rollen: string[];
  handeling: string;
  deelverzoekId: string | null;
  reden: string | null;
}

export interface DeelverzoekVanClient {
  id: string;
  doel: string;
  aangemaaktOp: string;
  proces: DeelverzoekProces | null;
}

export const toegangslogQueries = (db: Db) => ({
  /** One row per client read, in one statement: a list of 50 clients is one insert of 50 rows. */
  schrijf: async (rijen: readonly NieuweToegangRij[]): Promise<void> => {
    if (rijen.length > 0) await db.insert(toegangslog).values([...rijen]);
  },

  /** Whose deelverzoek this is: a read of a deelverzoek is a read about its client. */
  clientVanDeelverzoek: async (deelverzoekId: string): Promise<string | undefined> =>
    (
      await db
        .select({ clientId: deelverzoeken.clientId })
        .from(deelverzoeken)
        .where(eq(deelverzoeken.id, deelverzoekId))
    )[0]?.clientId,

  /** The client's deelverzoeken with their process snapshot, oldest first: what was shared is there. */
  deelverzoekenVanClient: async (clientId: string): Promise<DeelverzoekVanClient[]> =>
    db
      .select({
        id: deelverzoeken.id,
        doel: deelverzoeken.doel,
        aangemaaktOp: deelverzoeken.aangemaaktOp,
        proces: deelverzoeken.proces,
      })
      .from(deelverzoeken)
      .where(eq(deelverzoeken.clientId, clientId))
      .orderBy(asc(deelverzoeken.aangemaaktOp), asc(deelverzoeken.id)),

  /**
   * Who read or processed this client's data, oldest first, with the reader's name for the client's
   * export. A left join: rows of a system (the worker) have no person and must be listed too.
   */
  vanClient: async (clientId: string): Promise<ToegangMetNaam[]> =>
    db
      .select({
        op: toegangslog.op,
        gebruikerId: toegangslog.gebruikerId,
        naam: gebruikers.naam,
        actor: toegangslog.actor,
        rollen: toegangslog.rollen,
        handeling: toegangslog.handeling,
        deelverzoekId: toegangslog.deelverzoekId,
        reden: toegangslog.reden,
      })
      .from(toegangslog)
      .leftJoin(gebruikers, eq(gebruikers.id, toegangslog.gebruikerId))
      .where(eq(toegangslog.clientId, clientId))
      .orderBy(asc(toegangslog.op), asc(toegangslog.id)),
});
