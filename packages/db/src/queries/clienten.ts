import {
  afgeslotenStatussen,
  type ClientStand,
  type Correctie,
  type VertegenwoordigerRol,
} from '@deelwijs/domain';
import { and, asc, count, eq, ilike, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { voegAanKetensToe } from '../dossier/schrijven';
import { clienten, deelverzoeken, dossieraantekeningen, vertegenwoordigers } from '../schema';

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

  /** How many of the client's deelverzoeken still run: they keep the client data they started with. */
  lopendeDeelverzoeken: async (clientId: string): Promise<number> =>
    (
      await db
        .select({ n: count() })
        .from(deelverzoeken)
        .where(
          and(
            eq(deelverzoeken.clientId, clientId),
            notInArray(deelverzoeken.status, [...afgeslotenStatussen]),
          ),
        )
    )[0]?.n ?? 0,

  /**
   * A correction in one transaction: the client's row is locked, `besluit` (the domain's rule; it
   * throws to refuse) compares with what is on file now, the change is stored and its entry joins
   * the client's chain. `aantekeningId` on file already means this very correction was done (a
   * retry after a lost answer): nothing is done twice. Undefined when the client does not exist.
   */
  corrigeer: (
    clientId: string,
    aantekeningId: string,
    besluit: (stand: ClientStand) => Correctie,
  ): Promise<'gedaan' | 'al-gedaan' | undefined> =>
    db.transaction(async (tx) => {
      const [client] = await tx.select().from(clienten).where(eq(clienten.id, clientId)).for('update');
      if (!client) return undefined;
      const [al] = await tx
        .select({ id: dossieraantekeningen.id })
        .from(dossieraantekeningen)
        .where(eq(dossieraantekeningen.id, aantekeningId));
      if (al) return 'al-gedaan';
      const personen = await tx
        .select()
        .from(vertegenwoordigers)
        .where(eq(vertegenwoordigers.clientId, clientId))
        .orderBy(asc(vertegenwoordigers.aangemaaktOp));
      const { wijziging, aantekening } = besluit({
        id: client.id,
        geboortedatum: client.geboortedatum,
        wilsonbekwaam: client.wilsonbekwaam,
        vertegenwoordigers: personen.map((p) => ({
          id: p.id,
          naam: p.naam,
          rol: p.rol as VertegenwoordigerRol,
        })),
      });
      switch (wijziging.soort) {
        case 'vertegenwoordiger':
          await tx.insert(vertegenwoordigers).values({ ...wijziging.vertegenwoordiger, clientId });
          break;
        case 'geboortedatum':
          await tx
            .update(clienten)
            .set({ geboortedatum: wijziging.geboortedatum })
            .where(eq(clienten.id, clientId));
          break;
        case 'wilsonbekwaam':
          await tx
            .update(clienten)
            .set({ wilsonbekwaam: wijziging.wilsonbekwaam })
            .where(eq(clienten.id, clientId));
          break;
      }
      await voegAanKetensToe(tx, [aantekening]);
      return 'gedaan';
    }),

  /** Idempotent: the demo seed may run on every start. */
  voegToe: (rijen: NieuweClientRij[]) => db.insert(clienten).values(rijen).onConflictDoNothing(),
  voegVertegenwoordigersToe: (rijen: NieuweVertegenwoordigerRij[]) =>
    db.insert(vertegenwoordigers).values(rijen).onConflictDoNothing(),
});
