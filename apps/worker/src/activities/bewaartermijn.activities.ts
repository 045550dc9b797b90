import type { Bewaarsoort } from '@deelwijs/content';
import {
  type BewaartermijnRegel,
  bewaartermijnQueries,
  type Db,
  type Verlopen,
  type Verwijderd,
} from '@deelwijs/db';
import { Context } from '@temporalio/activity';
import { workerLogger } from '../logging';

/** Per kind of record its limit: records from before it are past retention. */
export type Bewaargrenzen = Record<Bewaarsoort, string>;

/** Who removes, as the tombstones and the log name it. */
const DOOR = 'systeem:bewaartermijn-workflow';
const REDEN = 'Bewaartermijn verstreken volgens het bewaarbeleid';

const perSoort = async <T>(
  grenzen: Bewaargrenzen,
  doe: (soort: Bewaarsoort, grens: string) => Promise<T>,
) => {
  const uit = {} as Record<Bewaarsoort, T>;
  for (const [soort, grens] of Object.entries(grenzen) as [Bewaarsoort, string][])
    uit[soort] = await doe(soort, grens);
  return uit;
};

export function createBewaartermijnActivities(db: Db) {
  const q = bewaartermijnQueries(db);
  return {
    /** How much of each kind is past its limit: counts and the oldest moment, nothing that names anyone. */
    meetVerlopen: (grenzen: Bewaargrenzen): Promise<Record<Bewaarsoort, Verlopen>> =>
      perSoort(grenzen, (soort, grens) => q.meet(soort, grens)),

    /**
     * Removes what is past each limit through the one path per kind (the owner's functions for the
     * dossier and the logs). A retry after a partial run removes the rest: what went is gone already.
     */
    verwijderVerlopen: async (grenzen: Bewaargrenzen): Promise<Record<Bewaarsoort, Verwijderd>> => {
      const uitslag = await perSoort(grenzen, (soort, grens) => q.verwijder(soort, grens, DOOR, REDEN));
      workerLogger.info({ bewaartermijn: uitslag }, 'retention: records past their period removed');
      return uitslag;
    },

    /** The run's report, once per run (its id): a retried activity writes no second row. */
    legBewaartermijnrapportVast: async (rapport: {
      gemetenOp: string;
      beleidVersie: string;
      verwijderen: boolean;
      regels: BewaartermijnRegel[];
    }): Promise<void> => {
      const runId = Context.current().info.workflowExecution?.runId;
      if (!runId) throw new Error('Een bewaartermijnrapport hoort bij een workflow-run.');
      await q.legVast({ ...rapport, runId });
    },
  };
}

export type BewaartermijnActivities = ReturnType<typeof createBewaartermijnActivities>;
