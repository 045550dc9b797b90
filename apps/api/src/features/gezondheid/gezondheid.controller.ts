import { type Leeft, routes } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { Endpoint, type Reply } from '../../http/contract';
import { GezondheidService } from './gezondheid.service';

@Controller()
export class GezondheidController {
  constructor(private readonly service: GezondheidService) {}

  /** Liveness: the process answers. It touches no other part, so an outage elsewhere never restarts the API. */
  @Endpoint(routes.leeft)
  leeft(): Leeft {
    return { status: 'ok' };
  }

  /** Readiness: the database and Temporal answer; otherwise 503 naming what is missing. */
  @Endpoint(routes.gereed)
  gereed(): Reply<'gereed'> {
    return this.service.gereed();
  }
}
