import { routes } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { Endpoint, type Reply } from '../../http/contract';
import { BewaartermijnService } from './bewaartermijn.service';

@Controller()
export class BewaartermijnController {
  constructor(private readonly service: BewaartermijnService) {}

  /** The retention run's latest reports and its schedule (privacy officer). */
  @Endpoint(routes.toezichtBewaartermijn)
  overzicht(): Reply<'toezichtBewaartermijn'> {
    return this.service.overzicht();
  }
}
