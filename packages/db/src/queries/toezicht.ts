import type { VolgendeActie } from '@deelwijs/domain';
import { and, asc, count, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { clienten, deelverzoeken, dossieraantekeningen } from '../schema';

const pad = (...delen: string[]) => sql.raw(`'{${delen.join(',')}}'`);
const uitSnapshot = (...delen: string[]) => sql<string | null>`${deelverzoeken.proces} #>> ${pad(...delen)}`;

/** How many weeks the trend covers. */
export const TREND_WEKEN = 12;

/**
 * "Vastgelopen": the deelverzoek is in status toestemming and the moment its consent clock set has
 * passed — `volgende_actie_op`, which the worker writes with every step from the domain's clock.
 * Once an attempt is recorded that moment is the beslismoment (no answer in time: the casemanager
 * must decide, afweging 4a); before any attempt it is the reminder moment, so a process where
 * nobody has asked the client yet counts too. The (volgende_actie, volgende_actie_op) index serves it.
 */
const toestemmingVastgelopen = (nu: string) =>
  and(
    eq(deelverzoeken.status, 'toestemming'),
    eq(deelverzoeken.volgendeActie, 'toestemming-vragen' satisfies VolgendeActie),
    lt(deelverzoeken.volgendeActieOp, nu),
  );

const INFORMEREN_ACTIES: VolgendeActie[] = ['informeren-achteraf', 'uitstel-beoordelen'];
const HANDTEKENING_ACTIES: VolgendeActie[] = ['akkoord-leidinggevende', 'akkoord-achteraf'];

export interface ToestemmingVastgelopenRij {
  deelverzoekId: string;
  pseudoniem: string;
  team: string;
  gevraagdVanaf: string | null;
  /** The clock's moment that passed (see `toestemmingVastgelopen`). */
  sinds: string | null;
  pogingen: number;
}

export interface OverzichtAantallen {
  informerenAchterafTeLaat: number;
  handtekeningenTeLaat: number;
  toestemmingVastgelopen: number;
  openDoorbrekingen: number;
}

export interface WeekRij {
  /** ISO week, e.g. 2026-W49, in Europe/Amsterdam. */
  week: string;
  /** The Monday that starts it (local date). */
  vanaf: string;
  metToestemming: number;
  zonderToestemming: number;
  doorbrekingen: number;
  informerenAfgerond: number;
}

const teamFilter = (team?: string) => (team ? eq(clienten.team, team) : undefined);

export interface VastgelopenOpties {
  nu: string;
  team?: string;
  pagina: number;
  perPagina: number;
}

const vastgelopenPagina = (db: Db, opties: VastgelopenOpties) =>
  db
    .select({
      deelverzoekId: deelverzoeken.id,
      pseudoniem: clienten.pseudoniem,
      team: clienten.team,
      gevraagdVanaf: uitSnapshot('toestemmingGevraagdVanaf'),
      sinds: deelverzoeken.volgendeActieOp,
      pogingen: sql<number>`coalesce(jsonb_array_length(${deelverzoeken.proces} -> 'pogingen'), 0)::int`,
    })
    .from(deelverzoeken)
    .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
    .where(and(toestemmingVastgelopen(opties.nu), teamFilter(opties.team)))
    .orderBy(asc(deelverzoeken.volgendeActieOp), asc(deelverzoeken.id))
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);

export const toezichtQueries = (db: Db) => {
  /**
   * Counted from a partial index alone; with a team, only that team's clients (from
   * clienten_team_id_idx) — joining every client for the organisation-wide count cost a full scan.
   */
  const aantal = async (filter: SQL | undefined, team: string | undefined) => {
    const vanTeam = team
      ? inArray(
          deelverzoeken.clientId,
          db.select({ id: clienten.id }).from(clienten).where(eq(clienten.team, team)),
        )
      : undefined;
    const [r] = await db.select({ n: count() }).from(deelverzoeken).where(and(filter, vanTeam));
    return r?.n ?? 0;
  };

  return {
    /** What is open now, per kind; each count is one query on its own partial index. */
    aantallen: async (opties: { nu: string; team?: string }): Promise<OverzichtAantallen> => {
      const { team } = opties;
      const [informerenAchterafTeLaat, handtekeningenTeLaat, vastgelopen, openDoorbrekingen] =
        await Promise.all([
          aantal(
            and(
              inArray(deelverzoeken.volgendeActie, INFORMEREN_ACTIES),
              lt(deelverzoeken.volgendeActieOp, opties.nu),
            ),
            team,
          ),
          // Only signatures past their deadline; the refused-afterwards on the list are not "late".
          aantal(
            and(
              inArray(deelverzoeken.volgendeActie, HANDTEKENING_ACTIES),
              lt(deelverzoeken.volgendeActieOp, opties.nu),
            ),
            team,
          ),
          aantal(toestemmingVastgelopen(opties.nu), team),
          // A doorbreking being weighed, reviewed or signed, or shared acutely and still unsigned.
          aantal(
            or(
              eq(deelverzoeken.status, 'afweging-4'),
              eq(deelverzoeken.volgendeActie, 'akkoord-achteraf' satisfies VolgendeActie),
            ),
            team,
          ),
        ]);
      return {
        informerenAchterafTeLaat,
        handtekeningenTeLaat,
        toestemmingVastgelopen: vastgelopen,
        openDoorbrekingen,
      };
    },

    /**
     * The last 12 ISO weeks (Europe/Amsterdam), the current one last, with what happened in each.
     * Counted from the process snapshot, which keeps the verstrekking and the informing afterwards
     * after the process closed: `verstrekking.op` and its basis, `informerenAchteraf.op`. Rows from
     * before the snapshot column existed (proces null) are not counted.
     */
    perWeek: async (opties: { nu: string; team?: string }): Promise<WeekRij[]> => {
      const teamSql = opties.team ? sql`and c.team = ${opties.team}` : sql``;
      const { rows } = await db.execute<WeekRij & Record<string, unknown>>(sql`
        with weken as (
          select generate_series(
            date_trunc('week', ${opties.nu}::timestamptz at time zone 'Europe/Amsterdam') - interval '${sql.raw(String(TREND_WEKEN - 1))} weeks',
            date_trunc('week', ${opties.nu}::timestamptz at time zone 'Europe/Amsterdam'),
            interval '1 week'
          ) as begin
        ),
        gebeurd as (
          select
            date_trunc('week', (d.proces #>> '{verstrekking,op}')::timestamptz at time zone 'Europe/Amsterdam') as v_week,
            d.proces #>> '{verstrekking,basis,soort}' as basis,
            date_trunc('week', (d.proces #>> '{informerenAchteraf,op}')::timestamptz at time zone 'Europe/Amsterdam') as i_week
          from deelverzoeken d
          join clienten c on c.id = d.client_id
          where d.proces ? 'verstrekking' ${teamSql}
        )
        select
          to_char(w.begin, 'IYYY-"W"IW') as week,
          to_char(w.begin, 'YYYY-MM-DD') as vanaf,
          (select count(*) from gebeurd g where g.v_week = w.begin and g.basis = 'toestemming')::int as "metToestemming",
          (select count(*) from gebeurd g where g.v_week = w.begin and g.basis <> 'toestemming')::int as "zonderToestemming",
          (select count(*) from gebeurd g where g.v_week = w.begin and g.basis = 'doorbreking')::int as doorbrekingen,
          (select count(*) from gebeurd g where g.i_week = w.begin)::int as "informerenAfgerond"
        from weken w
        order by w.begin
      `);
      return rows;
    },

    /** Stalled consent processes, the longest stalled first; metadata only. */
    toestemmingVastgelopen: async (
      opties: VastgelopenOpties,
    ): Promise<{ items: ToestemmingVastgelopenRij[]; totaal: number }> => {
      const [items, totaal] = await Promise.all([
        vastgelopenPagina(db, opties),
        aantal(toestemmingVastgelopen(opties.nu), opties.team),
      ]);
      return { items: items as ToestemmingVastgelopenRij[], totaal };
    },

    /** The page query of `toestemmingVastgelopen`, not run: its plan is checked in the tests. */
    toestemmingVastgelopenPagina: (opties: VastgelopenOpties) => vastgelopenPagina(db, opties),

    /**
     * One deelverzoek for the privacy officer's drill-down: its process columns, the snapshot and
     * the client's pseudonym and team. Never the doel, the name or the entries' texts: the service
     * takes metadata from the snapshot and passes nothing else on.
     */
    deelverzoek: async (id: string) =>
      (
        await db
          .select({
            id: deelverzoeken.id,
            clientId: deelverzoeken.clientId,
            pseudoniem: clienten.pseudoniem,
            team: clienten.team,
            status: deelverzoeken.status,
            aangemaaktDoor: deelverzoeken.aangemaaktDoor,
            aangemaaktOp: deelverzoeken.aangemaaktOp,
            bijgewerktOp: deelverzoeken.bijgewerktOp,
            contentVersie: deelverzoeken.contentVersie,
            beleidVersie: deelverzoeken.beleidVersie,
            volgendeActie: deelverzoeken.volgendeActie,
            volgendeActieOp: deelverzoeken.volgendeActieOp,
            proces: deelverzoeken.proces,
          })
          .from(deelverzoeken)
          .innerJoin(clienten, eq(clienten.id, deelverzoeken.clientId))
          .where(eq(deelverzoeken.id, id))
      )[0],

    /** How many dossieraantekeningen of each kind a deelverzoek has: counts, not texts. */
    aantekeningenPerSoort: (deelverzoekId: string) =>
      db
        .select({ soort: dossieraantekeningen.soort, aantal: count() })
        .from(dossieraantekeningen)
        .where(eq(dossieraantekeningen.deelverzoekId, deelverzoekId))
        .groupBy(dossieraantekeningen.soort)
        .orderBy(asc(dossieraantekeningen.soort)),
  };
};
