import { type Db, deelverzoekQueries } from '@deelwijs/db';
import type { Deelverzoek, Dossieraantekening } from '@deelwijs/domain';

export interface StapVastleggen {
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
  volgnummer: number;
  op: string;
}

/** Activities are plain functions closed over their dependencies; the worker's main wires them. */
export function createDeelverzoekActivities(db: Db) {
  const queries = deelverzoekQueries(db);
  return {
    /** Idempotent: a retry after a crash finds its rows already there and writes nothing twice. */
    async legStapVast(stap: StapVastleggen): Promise<void> {
      await queries.legStapVast(stap.deelverzoek, stap.aantekeningen, stap.volgnummer, stap.op);
    },
  };
}

export type DeelverzoekActivities = ReturnType<typeof createDeelverzoekActivities>;
