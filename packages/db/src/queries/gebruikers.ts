import { afgeslotenStatussen } from '@deelwijs/domain';
import { aliasedTable, and, asc, count, desc, eq, gt, isNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOfTx } from '../client';
import { deelverzoeken, gebruikers, rolwijzigingen, sessies, teams, uitnodigingen } from '../schema';

export type GebruikerRij = typeof gebruikers.$inferSelect;
export type NieuweGebruikerRij = typeof gebruikers.$inferInsert;
export type GebruikerStatus = 'uitgenodigd' | 'actief' | 'gedeactiveerd';
/** What the beheerder may change of an account. */
export type AccountVelden = Pick<
  NieuweGebruikerRij,
  'rollen' | 'team' | 'pet' | 'organisatietype' | 'beroepsgeheim'
>;

const actief = eq(gebruikers.status, 'actief');

export const gebruikerQueries = (db: DbOfTx) => ({
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
            actief,
          ),
        )
        .orderBy(asc(gebruikers.id))
    ).map((r) => r.id),
  /**
   * The deskundige collega's of `team` (other than `behalve`), by name: whom a casemanager may ask.
   * Only id and name leave the database. Invited and deactivated accounts are not offered.
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
          actief,
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
  /** Changes roles, team, pet and beroepsgeheim; the row as it is now, or undefined if there is none. */
  wijzig: async (id: string, velden: AccountVelden): Promise<GebruikerRij | undefined> =>
    (await db.update(gebruikers).set(velden).where(eq(gebruikers.id, id)).returning())[0],
  /** Ends an account: it can no longer log in. Its row stays, since the file names it. */
  deactiveer: async (id: string, op: string): Promise<GebruikerRij | undefined> =>
    (
      await db
        .update(gebruikers)
        .set({ status: 'gedeactiveerd', gedeactiveerdOp: op })
        .where(and(eq(gebruikers.id, id), ne(gebruikers.status, 'gedeactiveerd')))
        .returning()
    )[0],
  /**
   * Takes the account's row for the rest of the transaction: a deactivation and a role change of one
   * account then run one after the other, never on the same stale read.
   */
  vergrendel: async (id: string): Promise<GebruikerRij | undefined> =>
    (await db.select().from(gebruikers).where(eq(gebruikers.id, id)).for('update'))[0],
  /**
   * The open work an account still owns: open deelverzoeken it is the owner of (who started them, or
   * who they were handed over to), and collegiale toetsingen asked of it by name not given yet.
   */
  openWerk: async (id: string): Promise<{ deelverzoeken: number; toetsingen: number }> => {
    const open = notInArray(deelverzoeken.status, [...afgeslotenStatussen]);
    const [eigen] = await db
      .select({ n: count() })
      .from(deelverzoeken)
      .where(and(open, eq(deelverzoeken.eigenaar, id)));
    const [toetsingen] = await db
      .select({ n: count() })
      .from(deelverzoeken)
      .where(
        and(
          open,
          eq(deelverzoeken.volgendeActie, 'collegiale-toetsing'),
          sql`${deelverzoeken.proces} #>> '{afweging4,toetsingsverzoek,toetser,gebruikerId}' = ${id}`,
        ),
      );
    return { deelverzoeken: eigen?.n ?? 0, toetsingen: toetsingen?.n ?? 0 };
  },
});

export type TeamRij = typeof teams.$inferSelect;

export const teamQueries = (db: DbOfTx) => ({
  /** Every team, by name, with how many accounts (not deactivated) belong to it. */
  lijst: () =>
    db
      .select({
        id: teams.id,
        naam: teams.naam,
        // Written out with aliases: inside a subquery drizzle leaves column names unqualified.
        accounts: sql<number>`(select count(*)::int from gebruikers g where g.team = "teams"."id" and g.status <> 'gedeactiveerd')`,
      })
      .from(teams)
      .orderBy(asc(teams.naam)),
  vind: async (id: string): Promise<TeamRij | undefined> =>
    (await db.select().from(teams).where(eq(teams.id, id)))[0],
  vindOpNaam: async (naam: string): Promise<TeamRij | undefined> =>
    (await db.select().from(teams).where(sql`lower(${teams.naam}) = lower(${naam})`))[0],
  voegToe: (rijen: { id: string; naam: string }[]) => db.insert(teams).values(rijen).onConflictDoNothing(),
  hernoem: async (id: string, naam: string): Promise<TeamRij | undefined> =>
    (await db.update(teams).set({ naam }).where(eq(teams.id, id)).returning())[0],
});

/** The newest invitation of an account, as the beheerder's account list shows it. */
export interface LaatsteUitnodiging {
  volgnummer: number;
  verlooptOp: string;
  gebruikt: boolean;
  verstuurdOp: string | null;
  nietVerstuurdOp: string | null;
}

const uitnodigingVan = (gebruikerId: string, volgnummer: number) =>
  and(eq(uitnodigingen.gebruikerId, gebruikerId), eq(uitnodigingen.volgnummer, volgnummer));

export const uitnodigingQueries = (db: DbOfTx) => ({
  /** The API's row for a link to be mailed: no token yet, the worker makes it. */
  maak: (rij: Omit<typeof uitnodigingen.$inferInsert, 'tokenHash' | 'verstuurdOp' | 'nietVerstuurdOp'>) =>
    db.insert(uitnodigingen).values(rij),
  /** The volgnummer of an account's next link (call under the account's lock). */
  volgendVolgnummer: async (gebruikerId: string): Promise<number> => {
    const [rij] = await db
      .select({ hoogste: sql<number | null>`max(${uitnodigingen.volgnummer})` })
      .from(uitnodigingen)
      .where(eq(uitnodigingen.gebruikerId, gebruikerId));
    return Number(rij?.hoogste ?? 0) + 1;
  },
  /** One link of an account, with the account: what the worker needs to mail it. */
  vindVolgnummer: async (gebruikerId: string, volgnummer: number) =>
    (
      await db
        .select({ uitnodiging: uitnodigingen, gebruiker: gebruikers })
        .from(uitnodigingen)
        .innerJoin(gebruikers, eq(gebruikers.id, uitnodigingen.gebruikerId))
        .where(uitnodigingVan(gebruikerId, volgnummer))
    )[0],
  /**
   * Gives a link not yet sent its token's hash; a later attempt replaces it (that token never left
   * the worker). False when the link was sent, used, withdrawn or expired meanwhile.
   */
  zetToken: async (gebruikerId: string, volgnummer: number, tokenHash: string, nu: string) =>
    (
      await db
        .update(uitnodigingen)
        .set({ tokenHash })
        .where(
          and(
            uitnodigingVan(gebruikerId, volgnummer),
            isNull(uitnodigingen.verstuurdOp),
            isNull(uitnodigingen.gebruiktOp),
            gt(uitnodigingen.verlooptOp, nu),
          ),
        )
        .returning({ v: uitnodigingen.volgnummer })
    ).length === 1,
  markeerVerstuurd: (gebruikerId: string, volgnummer: number, nu: string) =>
    db
      .update(uitnodigingen)
      .set({ verstuurdOp: nu })
      .where(and(uitnodigingVan(gebruikerId, volgnummer), isNull(uitnodigingen.verstuurdOp))),
  /** Sending failed for good: the link's token is dropped, so no copy of it can ever work. */
  markeerNietVerstuurd: (gebruikerId: string, volgnummer: number, nu: string) =>
    db
      .update(uitnodigingen)
      .set({ nietVerstuurdOp: nu, tokenHash: null })
      .where(and(uitnodigingVan(gebruikerId, volgnummer), isNull(uitnodigingen.verstuurdOp))),
  /** The invitation behind a token hash, used or not, with its account. */
  vind: async (tokenHash: string) =>
    (
      await db
        .select({ uitnodiging: uitnodigingen, gebruiker: gebruikers })
        .from(uitnodigingen)
        .innerJoin(gebruikers, eq(gebruikers.id, uitnodigingen.gebruikerId))
        .where(eq(uitnodigingen.tokenHash, tokenHash))
    )[0],
  /**
   * Uses an invitation once: only an unused, unexpired one whose account is still waiting for it.
   * The password is set in the same statement's transaction by the caller. Returns the account id.
   */
  gebruik: async (tokenHash: string, nu: string): Promise<string | undefined> =>
    (
      await db
        .update(uitnodigingen)
        .set({ gebruiktOp: nu })
        .where(
          and(
            eq(uitnodigingen.tokenHash, tokenHash),
            isNull(uitnodigingen.gebruiktOp),
            gt(uitnodigingen.verlooptOp, nu),
          ),
        )
        .returning({ gebruikerId: uitnodigingen.gebruikerId })
    )[0]?.gebruikerId,
  /** Uses every open invitation of an account (its first login through OIDC). The number used. */
  gebruikAlleVan: async (gebruikerId: string, nu: string): Promise<number> =>
    (
      await db
        .update(uitnodigingen)
        .set({ gebruiktOp: nu })
        .where(
          and(
            eq(uitnodigingen.gebruikerId, gebruikerId),
            isNull(uitnodigingen.gebruiktOp),
            gt(uitnodigingen.verlooptOp, nu),
          ),
        )
        .returning({ v: uitnodigingen.volgnummer })
    ).length,
  /** Ends every open invitation of an account now (a new link, or the account deactivated). */
  trekIn: (gebruikerId: string, nu: string) =>
    db
      .update(uitnodigingen)
      .set({ verlooptOp: nu })
      .where(
        and(
          eq(uitnodigingen.gebruikerId, gebruikerId),
          isNull(uitnodigingen.gebruiktOp),
          gt(uitnodigingen.verlooptOp, nu),
        ),
      ),
  /** The newest invitation of each account that has one (the account list shows its state). */
  laatste: async (): Promise<Map<string, LaatsteUitnodiging>> => {
    const rijen = await db
      .selectDistinctOn([uitnodigingen.gebruikerId])
      .from(uitnodigingen)
      .orderBy(uitnodigingen.gebruikerId, desc(uitnodigingen.volgnummer));
    return new Map(
      rijen.map((r) => [
        r.gebruikerId,
        {
          volgnummer: r.volgnummer,
          verlooptOp: r.verlooptOp,
          gebruikt: r.gebruiktOp !== null,
          verstuurdOp: r.verstuurdOp,
          nietVerstuurdOp: r.nietVerstuurdOp,
        },
      ]),
    );
  },
  /** Sets the password and activates the account, only while it waits for its invitation. */
  activeer: async (gebruikerId: string, wachtwoordHash: string): Promise<GebruikerRij | undefined> =>
    (
      await db
        .update(gebruikers)
        .set({ wachtwoordHash, status: 'actief' })
        .where(and(eq(gebruikers.id, gebruikerId), eq(gebruikers.status, 'uitgenodigd')))
        .returning()
    )[0],
  /** An invited account's first OIDC login: active from now on, no password. */
  activeerZonderWachtwoord: async (gebruikerId: string): Promise<GebruikerRij | undefined> =>
    (
      await db
        .update(gebruikers)
        .set({ status: 'actief' })
        .where(and(eq(gebruikers.id, gebruikerId), eq(gebruikers.status, 'uitgenodigd')))
        .returning()
    )[0],
});

export type NieuweRolwijziging = Omit<typeof rolwijzigingen.$inferInsert, 'volgnummer' | 'op'> & {
  op?: string;
};

const door = aliasedTable(gebruikers, 'door');
const voor = aliasedTable(gebruikers, 'voor');

export const rolwijzigingQueries = (db: DbOfTx) => ({
  voegToe: (rijen: NieuweRolwijziging[]) =>
    rijen.length === 0
      ? Promise.resolve()
      : db
          .insert(rolwijzigingen)
          .values(rijen)
          .then(() => undefined),
  /** Newest first, with the names of who changed, whose roles changed and of the team (as it is called now). */
  pagina: async (opties: { limiet: number; offset: number; alleenClientgegevens: boolean }) => {
    const waar = opties.alleenClientgegevens ? eq(rolwijzigingen.leestClientgegevens, true) : undefined;
    const [totaal] = await db.select({ n: count() }).from(rolwijzigingen).where(waar);
    const items = await db
      .select({
        volgnummer: rolwijzigingen.volgnummer,
        op: rolwijzigingen.op,
        doorId: rolwijzigingen.door,
        doorNaam: door.naam,
        voorId: rolwijzigingen.voor,
        voorNaam: voor.naam,
        rol: rolwijzigingen.rol,
        wijziging: rolwijzigingen.wijziging,
        team: rolwijzigingen.team,
        teamNaam: teams.naam,
        leestClientgegevens: rolwijzigingen.leestClientgegevens,
      })
      .from(rolwijzigingen)
      .innerJoin(door, eq(door.id, rolwijzigingen.door))
      .innerJoin(voor, eq(voor.id, rolwijzigingen.voor))
      .leftJoin(teams, eq(teams.id, rolwijzigingen.team))
      .where(waar)
      .orderBy(desc(rolwijzigingen.volgnummer))
      .limit(opties.limiet)
      .offset(opties.offset);
    return { totaal: totaal?.n ?? 0, items };
  },
});

export const sessieQueries = (db: DbOfTx) => ({
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
        .where(and(eq(sessies.tokenHash, tokenHash), gt(sessies.verlooptOp, nu), actief))
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
