import type { DbHandle } from '@deelwijs/db';
import { Controller, Get, Inject } from '@nestjs/common';
import { Publiek } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';

@Controller('gezondheid')
export class GezondheidController {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  /** Ready when the database answers; used by the start script and load balancers. */
  @Get()
  @Publiek()
  async check() {
    try {
      await this.db.pool.query('select 1');
    } catch {
      throw problemen.nietBeschikbaar('De database is niet bereikbaar.');
    }
    return { status: 'ok' };
  }
}
