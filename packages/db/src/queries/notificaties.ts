import { and, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten, deelverzoeken, notificaties } from '../schema';

export type NieuweNotificatie = typeof notificaties.$inferInsert;

export const notificatieQueries = (db: Db) => ({
  /** Idempotent by id: a retried reminder activity adds nothing. Returns whether it was new. */
  voegToe: async (n: NieuweNotificatie): Promise<boolean> =>
    (await db.insert(notificaties).values(n).onConflictDoNothing().returning({ id: notificaties.id }))
      .length > 0,

  /** Whether the e-mail for this reminder has yet to go out (false for an unknown id). */
  emailNogTeVersturen: async (id: string): Promise<boolean> =>
    (
      await db
        .select({ id: notificaties.id })
        .from(notificaties)
        .where(and(eq(notificaties.id, id), isNull(notificaties.emailVerstuurdOp)))
    ).length > 0,

  markeerEmailVerstuurd: (id: string, op: string) =>
    db
      .update(notificaties)
      .set({ emailVerstuurdOp: op })
      .where(and(eq(notificaties.id, id), isNull(notificaties.emailVerstuurdOp))),

  /** Unread first, newest first within each group. */
  /** With the pseudonym of the deelverzoek's client, so the reminder can say which one it is about. */
  voorGebruiker: (gebruikerId: string, limiet = 50) =>
    db
      .select({ ...getTableColumns(notificaties), pseudoniem: clienten.pseudoniem })
      .from(notificaties)
      .innerJoin(deelverzoeken, eq(deelverzoeken.id, notificaties.deelverzoekId))
      .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
      .where(eq(notificaties.gebruikerId, gebruikerId))
      .orderBy(sql`${notificaties.gelezenOp} is not null`, desc(notificaties.aangemaaktOp))
      .limit(limiet),

  markeerGelezen: async (id: string, gebruikerId: string, op: string): Promise<boolean> =>
    (
      await db
        .update(notificaties)
        .set({ gelezenOp: op })
        .where(
          and(
            eq(notificaties.id, id),
            eq(notificaties.gebruikerId, gebruikerId),
            isNull(notificaties.gelezenOp),
          ),
        )
        .returning({ id: notificaties.id })
    ).length > 0,
});

export const volgendeActieQueries = (db: Db) => ({
  /** What the process waits for next and when it is due; null clears it. */
  zet: (deelverzoekId: string, actie: string | null, op: string | null) =>
    db
      .update(deelverzoeken)
      .set({ volgendeActie: actie, volgendeActieOp: op, volgendeActieInWerkdagen: false })
      .where(eq(deelverzoeken.id, deelverzoekId)),
});
