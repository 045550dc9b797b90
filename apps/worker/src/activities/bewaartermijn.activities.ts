import type { Bewaarsoort } from '@deelwijs/content';
import {
  type BewaartermijnRegel,
  bewaartermijnQueries,
  type Db,
  logRijen,
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

/**
 * `verwerkingslogSleutel` pseudonymises the data subjects: shortening a client's chain is a processing
 * of that client (activity `bewaartermijn`), so it writes a row in both logs, as the worker.
 */
export function createBewaartermijnActivities(db: Db, verwerkingslogSleutel: Buffer) {
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
      const begon = new Date();
      const log = (clientId: string) =>
        logRijen(verwerkingslogSleutel, {
          activiteit: 'bewaartermijn',
          handeling: 'verwijderVerlopen',
          wie: { actor: 'systeem:worker' },
          onderwerpen: [{ clientId, deelverzoekId: null }],
          begon,
        });
      const uitslag = await perSoort(grenzen, (soort, grens) => q.verwijder(soort, grens, DOOR, REDEN, log));
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
