import { type DbHandle, databaseAntwoordt } from '@deelwijs/db';
import { Controller, Get, Inject } from '@nestjs/common';
import { Publiek } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';

/** How long a readiness check waits for each part. */
const CHECK_MS = 2_000;

const NAMEN = { database: 'de database', temporal: 'de procesverwerking (Temporal)' } as const;
type Onderdeel = keyof typeof NAMEN;

@Controller('gezondheid')
export class GezondheidController {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  /** Liveness: the process answers. It touches no other part, so an outage elsewhere never restarts the API. */
  @Get()
  @Publiek()
  leeft() {
    return { status: 'ok' };
  }

  /** Readiness: the database and Temporal answer; otherwise 503 naming what is missing. */
  @Get('gereed')
  @Publiek()
  async gereed() {
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
