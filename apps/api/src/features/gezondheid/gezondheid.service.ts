import type { Gereed } from '@deelwijs/contract';
import { type DbHandle, databaseAntwoordt } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';

/** How long a readiness check waits for each part. */
const CHECK_MS = 2_000;

const NAMEN = { database: 'de database', temporal: 'de procesverwerking (Temporal)' } as const;
type Onderdeel = keyof typeof NAMEN;

@Injectable()
export class GezondheidService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  /** The database and Temporal answer; otherwise a 503 naming what is missing. */
  async gereed(): Promise<Gereed> {
    const [database, temporal] = await Promise.all([
      databaseAntwoordt(this.db.pool, CHECK_MS),
      this.temporalAntwoordt(),
    ]);
    const ontbreekt = (Object.entries({ database, temporal }) as Array<[Onderdeel, boolean]>)
      .filter(([, ok]) => !ok)
      .map(([naam]) => naam);
    if (ontbreekt.length > 0) {
      const namen = ontbreekt.map((n) => NAMEN[n]).join(' en ');
      throw problemen.nietBeschikbaar(
        `Deelwijs is niet gereed: ${namen} ${ontbreekt.length === 1 ? 'is' : 'zijn'} niet bereikbaar.`,
        { ontbreekt },
      );
    }
    return { status: 'gereed', onderdelen: { database: 'bereikbaar', temporal: 'bereikbaar' } };
  }

  private async temporalAntwoordt(): Promise<boolean> {
    const { connection } = this.temporal;
    try {
      await connection.withDeadline(Date.now() + CHECK_MS, () =>
        connection.workflowService.getSystemInfo({}),
      );
      return true;
    } catch {
      return false;
    }
  }
}
