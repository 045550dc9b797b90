import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten, dossieraantekeningen, vertegenwoordigers } from '../schema';

export type ClientRij = typeof clienten.$inferSelect;
export type NieuweClientRij = typeof clienten.$inferInsert;
export type VertegenwoordigerRij = typeof vertegenwoordigers.$inferSelect;
export type NieuweVertegenwoordigerRij = typeof vertegenwoordigers.$inferInsert;

// Escapes LIKE wildcards so a search for "50%" means just that.
const zoekpatroon = (zoek: string) => `%${zoek.replace(/[\\%_]/g, (t) => `\\${t}`)}%`;

export const clientQueries = (db: Db) => ({
  /** `team` undefined means every team (privacy officer); `zoek` matches name or pseudonym. */
  lijst: async (opties: { team?: string; zoek?: string; pagina: number; perPagina: number }) => {
    const filters: SQL[] = [];
    if (opties.team) filters.push(eq(clienten.team, opties.team));
    if (opties.zoek)
      filters.push(
        or(
          ilike(clienten.naam, zoekpatroon(opties.zoek)),
          ilike(clienten.pseudoniem, zoekpatroon(opties.zoek)),
        )!,
      );
    const where = filters.length ? and(...filters) : undefined;
    const [items, [totaal]] = await Promise.all([
      db
        .select()
        .from(clienten)
        .where(where)
        .orderBy(asc(clienten.pseudoniem))
        .limit(opties.perPagina)
        .offset((opties.pagina - 1) * opties.perPagina),
      db.select({ n: count() }).from(clienten).where(where),
    ]);
    return { items, totaal: totaal?.n ?? 0 };
  },

  vind: async (id: string): Promise<ClientRij | undefined> =>
    (await db.select().from(clienten).where(eq(clienten.id, id)))[0],

  vertegenwoordigers: (clientId: string) =>
    db
      .select()
      .from(vertegenwoordigers)
      .where(eq(vertegenwoordigers.clientId, clientId))
      .orderBy(asc(vertegenwoordigers.aangemaaktOp)),

  /**
   * A client and their representatives in one transaction: never a client without the people who
   * consent for them. A retry with the same id (idempotent create) changes nothing.
   */
  maak: (client: NieuweClientRij, personen: NieuweVertegenwoordigerRij[]) =>
    db.transaction(async (tx) => {
      const nieuw = await tx
        .insert(clienten)
        .values(client)
        .onConflictDoNothing({ target: clienten.id })
        .returning({ id: clienten.id });
      if (nieuw.length && personen.length) await tx.insert(vertegenwoordigers).values(personen);
    }),

  pseudoniemBestaat: async (pseudoniem: string) =>
    (await db.select({ id: clienten.id }).from(clienten).where(eq(clienten.pseudoniem, pseudoniem))).length >
    0,

  /** The client file: every dossieraantekening about this client, oldest first. */
  dossier: (clientId: string) =>
    db
      .select()
      .from(dossieraantekeningen)
      .where(eq(dossieraantekeningen.clientId, clientId))
      .orderBy(asc(dossieraantekeningen.op), asc(dossieraantekeningen.id)),

  /** Idempotent: the demo seed may run on every start. */
  voegToe: (rijen: NieuweClientRij[]) => db.insert(clienten).values(rijen).onConflictDoNothing(),
  voegVertegenwoordigersToe: (rijen: NieuweVertegenwoordigerRij[]) =>
    db.insert(vertegenwoordigers).values(rijen).onConflictDoNothing(),
});
