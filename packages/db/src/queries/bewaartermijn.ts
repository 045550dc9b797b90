import type { Bewaarsoort } from '@deelwijs/content';
import { and, count, desc, eq, isNull, lt, lte, min, or, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { verwijderVerlopenAantekeningen } from '../dossier/bewaartermijn';
import {
  type BewaartermijnRegel,
  bewaartermijnrapporten,
  dossieraantekeningen,
  dossierverwijderingen,
  idempotentie,
  inlogpogingen,
  notificaties,
  rolwijzigingen,
  sessies,
  toegangslog,
  uitnodigingen,
  verwerkingslog,
} from '../schema';
import type { LogRijen } from '../verwerkingslog/rijen';
import { schrijfLogRijen } from './verwerkingslog';

/** What is past retention of one kind: how many, and since when. No ids, no client. */
export interface Verlopen {
  verlopen: number;
  oudste: string | null;
}

export interface Verwijderd {
  verwijderd: number;
  geweigerd: number;
}

export type { BewaartermijnRegel };

export type BewaartermijnRapportRij = typeof bewaartermijnrapporten.$inferSelect;

/** Kinds measured and removed by a table's own column; the client's data goes by its function instead. */
type Tabelsoort = Exclude<Bewaarsoort, 'clientgegevens'>;

/** The column each kind's period runs from (see `vanaf` in the policy). */
const MAATSTAF: Record<Tabelsoort, { tabel: PgTable; kolom: AnyPgColumn }> = {
  dossieraantekeningen: { tabel: dossieraantekeningen, kolom: dossieraantekeningen.op },
  toegangslog: { tabel: toegangslog, kolom: toegangslog.op },
  verwerkingslog: { tabel: verwerkingslog, kolom: verwerkingslog.endTime },
  sessies: { tabel: sessies, kolom: sessies.verlooptOp },
  inlogpogingen: { tabel: inlogpogingen, kolom: inlogpogingen.laatsteOp },
  notificaties: { tabel: notificaties, kolom: notificaties.aangemaaktOp },
  idempotentie: { tabel: idempotentie, kolom: idempotentie.geclaimdOp },
  rolwijzigingen: { tabel: rolwijzigingen, kolom: rolwijzigingen.op },
  uitnodigingen: { tabel: uitnodigingen, kolom: uitnodigingen.verlooptOp },
};

/** The owner's function that removes one log's old rows (the app role has no DELETE there). */
const LOGFUNCTIE = {
  toegangslog: (grens: string) => sql`select verwijder_verlopen_toegangslog(${grens}::timestamptz) as aantal`,
  verwerkingslog: (grens: string) =>
    sql`select verwijder_verlopen_verwerkingslog(${grens}::timestamptz) as aantal`,
  rolwijzigingen: (grens: string) =>
    sql`select verwijder_verlopen_rolwijzigingen(${grens}::timestamptz) as aantal`,
};

/** A login count stays while its block runs, however old its last attempt. */
const blokkadeVoorbij = () =>
  or(isNull(inlogpogingen.geblokkeerdTot), lte(inlogpogingen.geblokkeerdTot, sql`now()`));

const verlopenFilter = (soort: Tabelsoort, grens: string) => {
  const { kolom } = MAATSTAF[soort];
  return soort === 'inlogpogingen' ? and(lt(kolom, grens), blokkadeVoorbij()) : lt(kolom, grens);
};

const iso = (v: string | Date | null | undefined) => (v == null ? null : new Date(v).toISOString());

const foutmelding = (e: unknown) => {
  const fout = e as Error & { cause?: Error };
  return fout.cause?.message ?? fout.message;
};

export const bewaartermijnQueries = (db: Db) => ({
  /** How many records of a kind are past the limit, and the oldest one's moment. */
  meet: async (soort: Bewaarsoort, grens: string): Promise<Verlopen> => {
    if (soort === 'clientgegevens') {
      const { rows } = await db.execute<{ verlopen: string; oudste: string | null }>(
        sql`select count(*) as verlopen, min(laatste_wijziging) as oudste from clientgegevens_verlopen(${grens}::timestamptz)`,
      );
      return { verlopen: Number(rows[0]?.verlopen ?? 0), oudste: iso(rows[0]?.oudste) };
    }
    const { tabel, kolom } = MAATSTAF[soort];
    const [rij] = await db
      .select({ verlopen: count(), oudste: min(kolom) })
      .from(tabel)
      .where(verlopenFilter(soort, grens));
    return { verlopen: Number(rij?.verlopen ?? 0), oudste: iso(rij?.oudste as string | null) };
  },

  /**
   * Removes what is past the limit. The dossier and the two logs go through their SECURITY DEFINER
   * functions (the app role has no DELETE there): per client chain for the dossier, so each removal
   * leaves its tombstone, and a chain the database will not shorten (not whole) is counted, not hidden.
   */
  verwijder: async (
    soort: Bewaarsoort,
    grens: string,
    door: string,
    reden: string,
    /** The log rows of shortening one client's chain, written in the same transaction as its tombstone. */
    logVoor?: (clientId: string) => LogRijen,
  ): Promise<Verwijderd> => {
    switch (soort) {
      case 'dossieraantekeningen': {
        const clienten = await db
          .selectDistinct({ clientId: dossieraantekeningen.clientId })
          .from(dossieraantekeningen)
          .where(lt(dossieraantekeningen.op, grens));
        let verwijderd = 0;
        let geweigerd = 0;
        for (const { clientId } of clienten) {
          try {
            verwijderd += await db.transaction(async (tx) => {
              const id = await verwijderVerlopenAantekeningen(tx, { clientId, grens, door, reden });
              if (!id) return 0;
              const [steen] = await tx
                .select({ aantal: dossierverwijderingen.aantal })
                .from(dossierverwijderingen)
                .where(eq(dossierverwijderingen.id, id));
              if (logVoor) await schrijfLogRijen(tx, logVoor(clientId));
              return steen?.aantal ?? 0;
            });
          } catch (e) {
            if (!/^bewaartermijn: /.test(foutmelding(e))) throw e;
            geweigerd += 1;
          }
        }
        return { verwijderd, geweigerd };
      }
      case 'clientgegevens': {
        // Client by client, each in its own transaction with its tombstone and its log rows: the
        // function re-checks under the client's lock, so one that changed meanwhile just stays.
        const { rows } = await db.execute<{ client_id: string }>(
          sql`select client_id from clientgegevens_verlopen(${grens}::timestamptz)`,
        );
        let verwijderd = 0;
        for (const { client_id: clientId } of rows)
          verwijderd += await db.transaction(async (tx) => {
            const { rows: uit } = await tx.execute<{ id: string | null }>(
              sql`select verwijder_verlopen_clientgegevens(${clientId}::uuid, ${grens}::timestamptz, ${door}, ${reden}) as id`,
            );
            if (!uit[0]?.id) return 0;
            if (logVoor) await schrijfLogRijen(tx, logVoor(clientId));
            return 1;
          });
        return { verwijderd, geweigerd: 0 };
      }
      case 'toegangslog':
      case 'verwerkingslog':
      case 'rolwijzigingen': {
        const { rows } = await db.execute<{ aantal: string }>(LOGFUNCTIE[soort](grens));
        return { verwijderd: Number(rows[0]?.aantal ?? 0), geweigerd: 0 };
      }
      default: {
        const { tabel } = MAATSTAF[soort];
        const weg = await db.delete(tabel).where(verlopenFilter(soort, grens));
        return { verwijderd: weg.rowCount ?? 0, geweigerd: 0 };
      }
    }
  },

  /** Writes a run's report once: a retried activity finds its run id and writes nothing more. */
  legVast: async (rapport: {
    runId: string;
    gemetenOp: string;
    beleidVersie: string;
    verwijderen: boolean;
    regels: BewaartermijnRegel[];
  }): Promise<void> => {
    await db.insert(bewaartermijnrapporten).values(rapport).onConflictDoNothing();
  },

  /** The newest reports first. */
  laatste: (aantal: number): Promise<BewaartermijnRapportRij[]> =>
    db.select().from(bewaartermijnrapporten).orderBy(desc(bewaartermijnrapporten.gemetenOp)).limit(aantal),
});
