import { routes, type ToestemmingIntrekken } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractBody, ContractParams, Endpoint, type Reply } from '../../http/contract';
import { ToestemmingenService } from './toestemmingen.service';

@Controller()
export class ToestemmingenController {
  constructor(private readonly service: ToestemmingenService) {}

  /** Every consent of a client of my team, also from closed deelverzoeken. */
  @Endpoint(routes.clientToestemmingen)
  vanClient(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.clientToestemmingen) { id }: { id: string },
  ): Reply<'clientToestemmingen'> {
    return this.service.vanClient(gebruiker, id);
  }

  /** Idempotency-Key is handled by the interceptor: a repeat gets the first answer. */
  @Endpoint(routes.toestemmingIntrekken)
  intrekken(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.toestemmingIntrekken) { id }: { id: string },
    @ContractBody(routes.toestemmingIntrekken) invoer: ToestemmingIntrekken,
  ): Reply<'toestemmingIntrekken'> {
    return this.service.intrekken(gebruiker, id, invoer.toelichting);
  }
}
