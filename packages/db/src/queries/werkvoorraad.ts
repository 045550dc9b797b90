import type { DeelverzoekProces, VolgendeActie } from '@deelwijs/domain';
import { and, asc, count, eq, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten, deelverzoeken } from '../schema';

/** Snapshot paths read here: the columns say what a deelverzoek waits for, the snapshot for whom. */
const pad = (...delen: string[]) => sql.raw(`'{${delen.join(',')}}'`);
const uitSnapshot = (...delen: string[]) => sql<string | null>`${deelverzoeken.proces} #>> ${pad(...delen)}`;

/** Shared at once in acute danger and refused afterwards (the partial index says the same). */
const acuutAfgewezen = sql`(${deelverzoeken.proces} #>> ${pad('afweging4', 'akkoord', 'besluit')}) = 'afgewezen' and (${deelverzoeken.proces} #> ${pad('afweging4', 'acuut')}) is not null`;

const HANDTEKENING_ACTIES: VolgendeActie[] = ['akkoord-leidinggevende', 'akkoord-achteraf'];
/** While the client must still be told: waiting on the casemanager, or on a decision about uitstel. */
const INFORMEREN_ACTIES: VolgendeActie[] = ['informeren-achteraf', 'uitstel-beoordelen'];

export interface WachtendRij {
  deelverzoekId: string;
  pseudoniem: string;
  volgnummer: number;
  volgendeActie: string | null;
  volgendeActieOp: string | null;
  volgendeActieInWerkdagen: boolean;
  proces: DeelverzoekProces | null;
}

export interface HandtekeningTeLaatRij {
  deelverzoekId: string;
  pseudoniem: string;
  team: string;
  volgendeActie: string | null;
  volgendeActieOp: string | null;
  volgendeActieInWerkdagen: boolean;
  afweging: string | null;
  /** Since when the signature is awaited: the acute verstrekking, or the review. */
  sinds: string | null;
  acuut: boolean;
  besluit: string | null;
  besluitOp: string | null;
}

export interface InformerenAchterafRij {
  deelverzoekId: string;
  pseudoniem: string;
  team: string;
  volgendeActie: string | null;
  /** The deadline, as the worker wrote it with the step (the clock's own computation). */
  uiterlijk: string | null;
  inWerkdagen: boolean;
  verstrektOp: string | null;
  basis: string | null;
  afweging: string | null;
  acuut: boolean;
  nietVoorafInformeren: boolean;
  /** The end of the latest approved uitstel, if any. */
  uitstelTot: string | null;
}

export const werkvoorraadQueries = (db: Db) => ({
  /**
   * Deelverzoeken of one team that wait for one of these steps, the one due first on top, with
   * their process snapshot: the domain decides from it whether they wait for this person. With
   * `toetser`, a review assigned to someone else is left out already (only the snapshot names the
   * reviewer); a review in the pool stays.
   */
  wachtOp: (opties: {
    team: string;
    acties: VolgendeActie[];
    toetser?: string;
    limiet: number;
  }): Promise<WachtendRij[]> => {
    // Only a review names its reviewer in the snapshot; without reviews asked, the filter is moot and
    // leaving it out lets the selection below read the index alone.
    const toetsing: SQL | undefined =
      opties.toetser && opties.acties.includes('collegiale-toetsing')
        ? or(
            sql`${deelverzoeken.volgendeActie} <> 'collegiale-toetsing'`,
            sql`${uitSnapshot('afweging4', 'toetsingsverzoek', 'toetser', 'soort')} = 'pool'`,
            sql`${uitSnapshot('afweging4', 'toetsingsverzoek', 'toetser', 'gebruikerId')} = ${opties.toetser}`,
          )
        : undefined;
    // Two phases (issue 14, bench/werklijsten): first which rows, from the index (deadline, id,
    // client) joined to the team's clients; only then their snapshots, so a small team in a large
    // organisation does not fetch every other team's rows on the way.
    const gekozen = db
      .select({ id: deelverzoeken.id })
      .from(deelverzoeken)
      .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
      .where(
        and(
          inArray(deelverzoeken.volgendeActie, opties.acties),
          eq(clienten.team, opties.team),
          isNotNull(deelverzoeken.proces),
          toetsing,
        ),
      )
      .orderBy(asc(deelverzoeken.volgendeActieOp), asc(deelverzoeken.id))
      .limit(opties.limiet);
    return db
      .select({
        deelverzoekId: deelverzoeken.id,
        pseudoniem: clienten.pseudoniem,
        volgnummer: deelverzoeken.volgnummer,
        volgendeActie: deelverzoeken.volgendeActie,
        volgendeActieOp: deelverzoeken.volgendeActieOp,
        volgendeActieInWerkdagen: deelverzoeken.volgendeActieInWerkdagen,
        proces: deelverzoeken.proces,
      })
      .from(deelverzoeken)
      .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
      .where(inArray(deelverzoeken.id, gekozen))
      .orderBy(asc(deelverzoeken.volgendeActieOp), asc(deelverzoeken.id));
  },

  /**
   * The privacy officer's overdue sign-offs, oldest first: doorbrekingen whose signature is past its
   * deadline (also after an acute verstrekking), and acute verstrekkingen refused afterwards. Process
   * metadata only — never the doel, the weighing or a name.
   */
  handtekeningenTeLaat: async (opties: {
    nu: string;
    team?: string;
    pagina: number;
    perPagina: number;
  }): Promise<{ items: HandtekeningTeLaatRij[]; totaal: number }> => {
    const filter = and(
      or(
        and(
          inArray(deelverzoeken.volgendeActie, HANDTEKENING_ACTIES),
          lt(deelverzoeken.volgendeActieOp, opties.nu),
        ),
        acuutAfgewezen,
      ),
      opties.team ? eq(clienten.team, opties.team) : undefined,
    );
    const sinds = sql<
      string | null
    >`coalesce(${uitSnapshot('afweging4', 'acuut', 'op')}, ${uitSnapshot('afweging4', 'collegialeToetsing', 'op')})`;
    const [items, [totaal]] = await Promise.all([
      db
        .select({
          deelverzoekId: deelverzoeken.id,
          pseudoniem: clienten.pseudoniem,
          team: clienten.team,
          volgendeActie: deelverzoeken.volgendeActie,
          volgendeActieOp: deelverzoeken.volgendeActieOp,
          volgendeActieInWerkdagen: deelverzoeken.volgendeActieInWerkdagen,
          afweging: uitSnapshot('afweging4', 'afweging'),
          sinds,
          acuut: sql<boolean>`(${deelverzoeken.proces} #> ${pad('afweging4', 'acuut')}) is not null`,
          besluit: uitSnapshot('afweging4', 'akkoord', 'besluit'),
          besluitOp: uitSnapshot('afweging4', 'akkoord', 'op'),
        })
        .from(deelverzoeken)
        .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
        .where(filter)
        .orderBy(sql`(${sinds})::timestamptz asc nulls last`, asc(deelverzoeken.id))
        .limit(opties.perPagina)
        .offset((opties.pagina - 1) * opties.perPagina),
      // Without a team the client is not needed: no join for the organisation-wide count.
      opties.team
        ? db
            .select({ n: count() })
            .from(deelverzoeken)
            .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
            .where(filter)
        : db.select({ n: count() }).from(deelverzoeken).where(filter),
    ]);
    return { items: items as HandtekeningTeLaatRij[], totaal: totaal?.n ?? 0 };
  },

  /**
   * The privacy officer's clients still to be told afterwards: open informeren-achteraf processes
   * overdue or due before `tot`, oldest deadline first. The deadline is `volgende_actie_op`, which
   * the worker writes with every step from the same domain clock that reminds (after uitstel), so
   * the list and the clock agree; the partial deelverzoeken_informeren_idx serves it.
   * Process metadata only.
   */
  informerenAchteraf: async (opties: InformerenAchterafOpties) => {
    const [items, [totaal]] = await Promise.all([
      informerenAchterafPagina(db, opties),
      // Without a team the client is not needed: counting from the partial index alone.
      opties.team
        ? db
            .select({ n: count() })
            .from(deelverzoeken)
            .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
            .where(informerenAchterafFilter(opties))
        : db.select({ n: count() }).from(deelverzoeken).where(informerenAchterafFilter(opties)),
    ]);
    return { items: items as InformerenAchterafRij[], totaal: totaal?.n ?? 0 };
  },

  /** The page query of `informerenAchteraf`, not run: its plan is checked in the tests. */
  informerenAchterafPagina: (opties: InformerenAchterafOpties) => informerenAchterafPagina(db, opties),
});

export interface InformerenAchterafOpties {
  tot: string;
  team?: string;
  pagina: number;
  perPagina: number;
}

const informerenAchterafFilter = (opties: InformerenAchterafOpties) =>
  and(
    inArray(deelverzoeken.volgendeActie, INFORMEREN_ACTIES),
    lt(deelverzoeken.volgendeActieOp, opties.tot),
    opties.team ? eq(clienten.team, opties.team) : undefined,
  );

/**
 * Two phases, like `wachtOp`: the page's ids from deelverzoeken_informeren_idx (with the team's
 * clients from clienten_team_id_idx), then the snapshot fields of those rows only.
 */
const informerenAchterafPagina = (db: Db, opties: InformerenAchterafOpties) => {
  const gekozen = db
    .select({ id: deelverzoeken.id })
    .from(deelverzoeken)
    .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
    .where(informerenAchterafFilter(opties))
    .orderBy(asc(deelverzoeken.volgendeActieOp), asc(deelverzoeken.id))
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);
  return db
    .select({
      deelverzoekId: deelverzoeken.id,
      pseudoniem: clienten.pseudoniem,
      team: clienten.team,
      volgendeActie: deelverzoeken.volgendeActie,
      uiterlijk: deelverzoeken.volgendeActieOp,
      inWerkdagen: deelverzoeken.volgendeActieInWerkdagen,
      verstrektOp: uitSnapshot('verstrekking', 'op'),
      basis: uitSnapshot('verstrekking', 'basis', 'soort'),
      afweging: uitSnapshot('verstrekking', 'basis', 'afweging'),
      acuut: sql<boolean>`coalesce((${uitSnapshot('verstrekking', 'basis', 'acuut')})::boolean, false)`,
      nietVoorafInformeren: sql<boolean>`coalesce((${uitSnapshot('verstrekking', 'basis', 'nietVoorafInformeren')})::boolean, false)`,
      uitstelTot: sql<
        string | null
      >`(select max((u ->> 'tot')::timestamptz) from jsonb_array_elements(coalesce(${deelverzoeken.proces} -> 'uitstel', '[]'::jsonb)) u)`,
    })
    .from(deelverzoeken)
    .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
    .where(inArray(deelverzoeken.id, gekozen))
    .orderBy(asc(deelverzoeken.volgendeActieOp), asc(deelverzoeken.id));
};
