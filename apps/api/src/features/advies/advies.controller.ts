import { type AdviesSchemas, routes } from '@deelwijs/contract';
import type { Advies, Situatie } from '@deelwijs/domain';
import { Controller } from '@nestjs/common';
import { ContractBody, Endpoint } from '../../http/contract';
import { AdviesService } from './advies.service';

/**
 * The afwegingskader as a stateless service: another case system describes a situation and gets the
 * route, the next step, who must consent and what may not be shared. Nothing is stored.
 */
@Controller()
export class AdviesController {
  constructor(private readonly service: AdviesService) {}

  @Endpoint(routes.adviesGeven)
  geefAdvies(@ContractBody(routes.adviesGeven) situatie: Situatie): Advies {
    return this.service.geef(situatie);
  }

  /** The input and output as JSON Schema, so callers can validate before they ask. */
  @Endpoint(routes.adviesSchemas)
  schema(): AdviesSchemas {
    return this.service.schemas();
  }
}
