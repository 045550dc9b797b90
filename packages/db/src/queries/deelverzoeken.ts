import { afgeslotenStatussen, type Deelverzoek, type Dossieraantekening } from '@deelwijs/domain';
import { and, count, desc, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten, deelverzoeken, dossieraantekeningen } from '../schema';

export type DeelverzoekRij = typeof deelverzoeken.$inferSelect;

export interface Pagina<T> {
  items: T[];
  totaal: number;
}

/**
 * Writes a deelverzoek's state together with the dossieraantekeningen that the step produced, in one
 * transaction. Retrying the same step writes nothing twice: entries are keyed by their id and the
 * state only moves to a higher sequence number.
 */
async function legStapVast(
  db: Db,
  deelverzoek: Deelverzoek,
  aantekeningen: Dossieraantekening[],
  volgnummer: number,
  op: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .insert(deelverzoeken)
      .values({
        id: deelverzoek.id,
        clientId: deelverzoek.clientId,
        doel: deelverzoek.doel,
        ontvangers: deelverzoek.ontvangers,
        status: deelverzoek.status,
        aangemaaktDoor: deelverzoek.aangemaaktDoor,
        aangemaaktOp: deelverzoek.aangemaaktOp,
        bijgewerktOp: op,
        contentVersie: deelverzoek.contentVersie,
        beleidVersie: deelverzoek.beleidVersie,
        volgnummer,
      })
      .onConflictDoUpdate({
        target: deelverzoeken.id,
        set: { status: deelverzoek.status, bijgewerktOp: op, volgnummer },
        setWhere: lt(deelverzoeken.volgnummer, volgnummer),
      });
    if (aantekeningen.length > 0) {
      await tx
        .insert(dossieraantekeningen)
        .values(aantekeningen)
        .onConflictDoNothing({ target: dossieraantekeningen.id });
    }
  });
}

export const deelverzoekQueries = (db: Db) => ({
  legStapVast: (
    deelverzoek: Deelverzoek,
    aantekeningen: Dossieraantekening[],
    volgnummer: number,
    op: string,
  ) => legStapVast(db, deelverzoek, aantekeningen, volgnummer, op),

  vind: async (id: string) =>
    (
      await db
        .select({
          deelverzoek: deelverzoeken,
          client: { pseudoniem: clienten.pseudoniem, team: clienten.team },
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(eq(deelverzoeken.id, id))
    )[0],

  /**
   * `team` limits the list to one team's caseload. `open` gives the werkvoorraad: unfinished
   * deelverzoeken, the one whose next step is due first on top; otherwise newest first.
   */
  lijst: async (opties: { pagina: number; perPagina: number; team?: string; open?: boolean }) => {
    const filter = and(
      opties.team ? eq(clienten.team, opties.team) : undefined,
      opties.open ? notInArray(deelverzoeken.status, [...afgeslotenStatussen]) : undefined,
    );
    const volgorde = opties.open
      ? [sql`${deelverzoeken.volgendeActieOp} asc nulls last`, desc(deelverzoeken.aangemaaktOp)]
      : [desc(deelverzoeken.aangemaaktOp), desc(deelverzoeken.id)];
    const [items, [totaal]] = await Promise.all([
      db
        .select({
          deelverzoek: deelverzoeken,
          client: { pseudoniem: clienten.pseudoniem, team: clienten.team },
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(filter)
        .orderBy(...volgorde)
        .limit(opties.perPagina)
        .offset((opties.pagina - 1) * opties.perPagina),
      db
        .select({ n: count() })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(filter),
    ]);
    return { items, totaal: totaal?.n ?? 0 };
  },

  aantekeningen: (deelverzoekId: string) =>
    db
      .select()
      .from(dossieraantekeningen)
      .where(eq(dossieraantekeningen.deelverzoekId, deelverzoekId))
      .orderBy(dossieraantekeningen.op, dossieraantekeningen.id),
});
