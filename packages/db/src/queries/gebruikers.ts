import { and, asc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { gebruikers, sessies } from '../schema';

export type GebruikerRij = typeof gebruikers.$inferSelect;
export type NieuweGebruikerRij = typeof gebruikers.$inferInsert;

export const gebruikerQueries = (db: Db) => ({
  vindOpEmail: async (email: string): Promise<GebruikerRij | undefined> =>
    (await db.select().from(gebruikers).where(eq(gebruikers.email, email.trim().toLowerCase())))[0],
  vind: async (id: string): Promise<GebruikerRij | undefined> =>
    (await db.select().from(gebruikers).where(eq(gebruikers.id, id)))[0],
  lijst: () => db.select().from(gebruikers).orderBy(asc(gebruikers.naam)),
  /** The ids of everyone with `rol`, within `team` when given (a reminder's recipients). */
  metRol: async (rol: string, team?: string): Promise<string[]> =>
    (
      await db
        .select({ id: gebruikers.id })
        .from(gebruikers)
        .where(
          and(
            sql`${gebruikers.rollen} @> ${JSON.stringify([rol])}::jsonb`,
            team === undefined ? undefined : eq(gebruikers.team, team),
          ),
        )
        .orderBy(asc(gebruikers.id))
    ).map((r) => r.id),
  /**
   * The deskundige collega's of `team` (other than `behalve`), by name: whom a casemanager may ask.
   * Only id and name leave the database. (Accounts have no active flag yet: every account counts.)
   */
  collegasVanTeam: (team: string, behalve?: string): Promise<{ id: string; naam: string }[]> =>
    db
      .select({ id: gebruikers.id, naam: gebruikers.naam })
      .from(gebruikers)
      .where(
        and(
          eq(gebruikers.team, team),
          behalve === undefined ? undefined : ne(gebruikers.id, behalve),
          sql`${gebruikers.rollen} @> ${JSON.stringify(['deskundige-collega'])}::jsonb`,
        ),
      )
      .orderBy(asc(gebruikers.naam), asc(gebruikers.id)),
  /** The casemanagers of `team`, by name: to whom a leidinggevende can move open work. */
  casemanagersVanTeam: (team: string): Promise<{ id: string; naam: string }[]> =>
    db
      .select({ id: gebruikers.id, naam: gebruikers.naam })
      .from(gebruikers)
      .where(
        and(
          eq(gebruikers.team, team),
          sql`${gebruikers.rollen} @> ${JSON.stringify(['casemanager'])}::jsonb`,
        ),
      )
      .orderBy(asc(gebruikers.naam), asc(gebruikers.id)),
  voegToe: (rijen: NieuweGebruikerRij[]) => db.insert(gebruikers).values(rijen).onConflictDoNothing(),
});

export const sessieQueries = (db: Db) => ({
  maak: (tokenHash: string, gebruikerId: string, verlooptOp: string) =>
    db.insert(sessies).values({ tokenHash, gebruikerId, verlooptOp }),
  /** The user behind a session that has not expired at `nu`, and until when it is valid now. */
  vindGeldig: async (
    tokenHash: string,
    nu: string,
  ): Promise<{ gebruiker: GebruikerRij; verlooptOp: string } | undefined> =>
    (
      await db
        .select({ gebruiker: gebruikers, verlooptOp: sessies.verlooptOp })
        .from(sessies)
        .innerJoin(gebruikers, eq(gebruikers.id, sessies.gebruikerId))
        .where(and(eq(sessies.tokenHash, tokenHash), gt(sessies.verlooptOp, nu)))
    )[0],
  /**
   * Moves a live session's idle deadline to `nu + inactief`, never past `absoluutMs` after it was
   * created: activity keeps a session open, but not beyond its absolute end.
   */
  verleng: (tokenHash: string, nu: string, inactiefMs: number, absoluutMs: number) =>
    db
      .update(sessies)
      .set({
        verlooptOp: sql`least(${nu}::timestamptz + ${inactiefMs} * interval '1 millisecond', ${sessies.aangemaaktOp} + ${absoluutMs} * interval '1 millisecond')`,
      })
      .where(and(eq(sessies.tokenHash, tokenHash), gt(sessies.verlooptOp, nu))),
  verwijder: (tokenHash: string) => db.delete(sessies).where(eq(sessies.tokenHash, tokenHash)),
  /** "Overal uitloggen": every session of this account ends, on every device. The number ended. */
  verwijderVanGebruiker: async (gebruikerId: string): Promise<number> =>
    (await db.delete(sessies).where(eq(sessies.gebruikerId, gebruikerId)).returning({ t: sessies.tokenHash }))
      .length,
  ruimOp: (nu: string) => db.delete(sessies).where(lt(sessies.verlooptOp, nu)),
});
