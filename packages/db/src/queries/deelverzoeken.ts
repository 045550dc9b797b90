import {
  afgeslotenStatussen,
  type Deelverzoek,
  type DeelverzoekProces,
  type Dossieraantekening,
  type VolgendeActieOp,
} from '@deelwijs/domain';
import { and, asc, count, desc, eq, getTableColumns, inArray, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { voegAanKetensToe } from '../dossier/schrijven';
import { clienten, deelverzoeken, dossieraantekeningen, gebruikers, notificaties } from '../schema';
import type { LogRijen } from '../verwerkingslog/rijen';
import { recordsVanProces, schrijfToestemmingen } from './toestemmingen';
import { schrijfLogRijen } from './verwerkingslog';

// Lists and views leave the process snapshot out: it is only read on its own.
const { proces: _proces, ...rijKolommen } = getTableColumns(deelverzoeken);
export type DeelverzoekRij = Omit<typeof deelverzoeken.$inferSelect, 'proces'>;

/** What the access policy reads of a deelverzoek for one person (see `betrokkenheid`). */
export interface Betrokkenheid {
  team: string;
  proces: DeelverzoekProces | null;
  /** This person wrote a dossieraantekening of it: they acted on it. */
  gehandeld: boolean;
  /** Deelwijs sent this person a reminder or escalation about it: it asked them to act. */
  aangeschreven: boolean;
}

export interface BetrokkenRij extends Betrokkenheid {
  deelverzoek: DeelverzoekRij;
  client: { pseudoniem: string; team: string };
  /** The name of the casemanager responsible now (null when the account is gone). */
  eigenaarNaam: string | null;
}

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

/** Whether Deelwijs sent this person a reminder or escalation about the deelverzoek. */
const aangeschreven = (gebruikerId: string) =>
  sql<boolean>`exists (select 1 from ${notificaties} where ${notificaties.deelverzoekId} = ${deelverzoeken.id} and ${notificaties.gebruikerId} = ${gebruikerId})`;

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
  // The owner moves only with a snapshot that names one (an overdracht); until then, who started it.
  const eigenaar = (stap.proces?.eigenaar ?? deelverzoek.aangemaaktDoor).gebruikerId;
  const stand = {
    status: deelverzoek.status,
    bijgewerktOp: op,
    volgnummer,
    volgendeActie: volgende.actie,
    volgendeActieOp: volgende.op,
    volgendeActieInWerkdagen: volgende.inWerkdagen ?? false,
    ...(stap.proces ? { proces: stap.proces, eigenaar } : {}),
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
        eigenaar,
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
          eigenaarNaam: gebruikers.naam,
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .leftJoin(gebruikers, eq(gebruikers.id, deelverzoeken.eigenaar))
        .where(eq(deelverzoeken.id, id))
    )[0],

  /**
   * `team` limits the list to one team's caseload. `open` gives the werkvoorraad: unfinished
   * deelverzoeken, the one whose next step is due first on top; otherwise newest first.
   */
  lijst: async (opties: {
    pagina: number;
    perPagina: number;
    team?: string;
    open?: boolean;
    /** Leaves out the reviews in the pool this deskundige collega has yet to take (need to know). */
    zonderPoolVoor?: string;
    /** Only those this casemanager is responsible for now (their werkvoorraad). */
    eigenaar?: string;
  }) => {
    const filter = and(
      opties.team ? eq(clienten.team, opties.team) : undefined,
      opties.eigenaar ? eq(deelverzoeken.eigenaar, opties.eigenaar) : undefined,
      opties.open ? notInArray(deelverzoeken.status, [...afgeslotenStatussen]) : undefined,
      opties.zonderPoolVoor
        ? // The status first: only afweging 4 opens the snapshot (and the row's jsonb), the rest stop there.
          sql`not coalesce(${deelverzoeken.status} = 'afweging-4' and ${deelverzoeken.proces} #>> '{afweging4,fase}' = 'collegiale-toetsing' and ${deelverzoeken.proces} #>> '{afweging4,toetsingsverzoek,toetser,soort}' = 'pool' and trim(${deelverzoeken.proces} #>> '{afweging4,aanvrager,gebruikerId}') <> ${opties.zonderPoolVoor}, false)`
        : undefined,
    );
    const volgorde = opties.open
      ? [sql`${deelverzoeken.volgendeActieOp} asc nulls last`, desc(deelverzoeken.aangemaaktOp)]
      : [desc(deelverzoeken.aangemaaktOp), desc(deelverzoeken.id)];
    const [items, [totaal]] = await Promise.all([
      db
        .select({
          deelverzoek: rijKolommen,
          client: { pseudoniem: clienten.pseudoniem, team: clienten.team },
          eigenaarNaam: gebruikers.naam,
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .leftJoin(gebruikers, eq(gebruikers.id, deelverzoeken.eigenaar))
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

  /**
   * What the access policy needs to know of one deelverzoek for one person: its team, the process
   * snapshot (who reviews, whose signature it waits for) and whether this person ever acted on it.
   */
  betrokkenheid: async (id: string, gebruikerId: string): Promise<Betrokkenheid | undefined> =>
    (
      await db
        .select({
          team: clienten.team,
          proces: deelverzoeken.proces,
          gehandeld: sql<boolean>`exists (select 1 from ${dossieraantekeningen} where ${dossieraantekeningen.deelverzoekId} = ${deelverzoeken.id} and ${dossieraantekeningen.door} ->> 'gebruikerId' = ${gebruikerId})`,
          aangeschreven: aangeschreven(gebruikerId),
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(eq(deelverzoeken.id, id))
    )[0],

  /**
   * The deelverzoeken of a team this person may be involved in, newest first, with what
   * `betrokkenheid` gives: those they acted on, whose review was asked of them by name, and (with
   * `handtekening`) those waiting for a leidinggevende. The caller keeps the ones the policy allows.
   */
  mogelijkBetrokken: (opties: {
    team: string;
    gebruikerId: string;
    handtekening: boolean;
    limiet: number;
  }): Promise<BetrokkenRij[]> =>
    db
      .select({
        deelverzoek: rijKolommen,
        client: { pseudoniem: clienten.pseudoniem, team: clienten.team },
        eigenaarNaam: gebruikers.naam,
        team: clienten.team,
        proces: deelverzoeken.proces,
        gehandeld: sql<boolean>`exists (select 1 from ${dossieraantekeningen} where ${dossieraantekeningen.deelverzoekId} = ${deelverzoeken.id} and ${dossieraantekeningen.door} ->> 'gebruikerId' = ${opties.gebruikerId})`,
        aangeschreven: aangeschreven(opties.gebruikerId),
      })
      .from(deelverzoeken)
      .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
      .leftJoin(gebruikers, eq(gebruikers.id, deelverzoeken.eigenaar))
      .where(
        and(
          eq(clienten.team, opties.team),
          or(
            sql`exists (select 1 from ${dossieraantekeningen} where ${dossieraantekeningen.deelverzoekId} = ${deelverzoeken.id} and ${dossieraantekeningen.door} ->> 'gebruikerId' = ${opties.gebruikerId})`,
            sql`${deelverzoeken.proces} #>> '{afweging4,toetsingsverzoek,toetser,gebruikerId}' = ${opties.gebruikerId}`,
            aangeschreven(opties.gebruikerId),
            opties.handtekening
              ? inArray(deelverzoeken.volgendeActie, [
                  'akkoord-leidinggevende',
                  'akkoord-achteraf',
                  'uitstel-beoordelen',
                ])
              : undefined,
          ),
        ),
      )
      .orderBy(desc(deelverzoeken.aangemaaktOp), desc(deelverzoeken.id))
      .limit(opties.limiet),

  /**
   * The open deelverzoeken of one team with their owner, the next due first: the leidinggevende's
   * overview per casemanager and the bulk overdracht. Process metadata and the pseudonym only.
   */
  openVanTeam: (opties: { team: string; eigenaar?: string; limiet: number }) =>
    db
      .select({
        id: deelverzoeken.id,
        clientId: deelverzoeken.clientId,
        pseudoniem: clienten.pseudoniem,
        eigenaar: deelverzoeken.eigenaar,
        status: deelverzoeken.status,
        volgnummer: deelverzoeken.volgnummer,
        volgendeActie: deelverzoeken.volgendeActie,
        volgendeActieOp: deelverzoeken.volgendeActieOp,
        volgendeActieInWerkdagen: deelverzoeken.volgendeActieInWerkdagen,
        aangemaaktOp: deelverzoeken.aangemaaktOp,
      })
      .from(deelverzoeken)
      .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
      .where(
        and(
          eq(clienten.team, opties.team),
          notInArray(deelverzoeken.status, [...afgeslotenStatussen]),
          opties.eigenaar ? eq(deelverzoeken.eigenaar, opties.eigenaar) : undefined,
        ),
      )
      .orderBy(sql`${deelverzoeken.volgendeActieOp} asc nulls last`, asc(deelverzoeken.id))
      .limit(opties.limiet),

  aantekeningen: (deelverzoekId: string) =>
    db
      .select()
      .from(dossieraantekeningen)
      .where(eq(dossieraantekeningen.deelverzoekId, deelverzoekId))
      .orderBy(dossieraantekeningen.op, dossieraantekeningen.id),
});
