import {
  afgeslotenStatussen,
  type Deelverzoek,
  type DeelverzoekProces,
  type Dossieraantekening,
  type VolgendeActieOp,
} from '@deelwijs/domain';
import { and, count, desc, eq, getTableColumns, lte, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { voegAanKetensToe } from '../dossier/schrijven';
import { clienten, deelverzoeken, dossieraantekeningen } from '../schema';
import type { LogRijen } from '../verwerkingslog/rijen';
import { recordsVanProces, schrijfToestemmingen } from './toestemmingen';
import { schrijfLogRijen } from './verwerkingslog';

// Lists and views leave the process snapshot out: it is only read on its own.
const { proces: _proces, ...rijKolommen } = getTableColumns(deelverzoeken);
export type DeelverzoekRij = Omit<typeof deelverzoeken.$inferSelect, 'proces'>;

/** One step to write: the deelverzoek, its new entries, and the process state and next action after it. */
export interface StapVastlegging {
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
  volgnummer: number;
  op: string;
  volgende: VolgendeActieOp;
  /** Absent only for a step scheduled by a worker from before the snapshot existed. */
  proces?: DeelverzoekProces;
}

export interface Pagina<T> {
  items: T[];
  totaal: number;
}

/**
 * Writes a deelverzoek's state together with the dossieraantekeningen that the step produced, in one
 * transaction. Retrying the same step writes nothing twice: entries are keyed by their id, and the
 * state — status, next action and process snapshot together — never moves to a lower sequence
 * number, so a retried older step can never overwrite a newer due date. The consents in the
 * snapshot are written as records of the client in the same transaction. The same number may be
 * written again: a step re-run after its worker died (a new workflow time) carries what the
 * workflow now holds, and the snapshot must equal that.
 */
async function legStapVast(db: Db, stap: StapVastlegging, log?: LogRijen) {
  const { deelverzoek, volgnummer, op, volgende } = stap;
  const stand = {
    status: deelverzoek.status,
    bijgewerktOp: op,
    volgnummer,
    volgendeActie: volgende.actie,
    volgendeActieOp: volgende.op,
    ...(stap.proces ? { proces: stap.proces } : {}),
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(deelverzoeken)
      .values({
        id: deelverzoek.id,
        clientId: deelverzoek.clientId,
        doel: deelverzoek.doel,
        ontvangers: deelverzoek.ontvangers,
        aangemaaktDoor: deelverzoek.aangemaaktDoor,
        aangemaaktOp: deelverzoek.aangemaaktOp,
        contentVersie: deelverzoek.contentVersie,
        beleidVersie: deelverzoek.beleidVersie,
        ...stand,
      })
      .onConflictDoUpdate({
        target: deelverzoeken.id,
        set: stand,
        setWhere: lte(deelverzoeken.volgnummer, volgnummer),
      });
    if (stap.aantekeningen.length > 0) await voegAanKetensToe(tx, stap.aantekeningen);
    // A consent given in this step becomes a record of the client, derived from the snapshot.
    if (stap.proces) await schrijfToestemmingen(tx, recordsVanProces(stap.proces));
    // The processing is on file exactly when the step is.
    if (log) await schrijfLogRijen(tx, log);
  });
}

export const deelverzoekQueries = (db: Db) => ({
  legStapVast: (stap: StapVastlegging, log?: LogRijen) => legStapVast(db, stap, log),

  /** The team a deelverzoek belongs to (its client's): whose leidinggevenden and collega's a reminder reaches. */
  team: async (id: string): Promise<string | undefined> =>
    (
      await db
        .select({ team: clienten.team })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(eq(deelverzoeken.id, id))
    )[0]?.team,

  /** The process snapshot with the team it belongs to (for the visibility check). */
  procesStand: async (id: string) =>
    (
      await db
        .select({ proces: deelverzoeken.proces, team: clienten.team })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(eq(deelverzoeken.id, id))
    )[0],

  vind: async (id: string) =>
    (
      await db
        .select({
          deelverzoek: rijKolommen,
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
          deelverzoek: rijKolommen,
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
