import { type AfwegingParams, type Bijlage1Query, routes, type VersieQuery } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { ContractParams, ContractQuery, Endpoint } from '../../http/contract';
import { HandleidingService } from './handleiding.service';

/** The handbook as data, for everyone who is logged in (any role). All accept `?versie=`. */
@Controller()
export class HandleidingController {
  constructor(private readonly service: HandleidingService) {}

  @Endpoint(routes.handleiding)
  index(@ContractQuery(routes.handleiding) q: VersieQuery) {
    return this.service.index(q.versie);
  }

  @Endpoint(routes.afwegingen)
  afwegingen(@ContractQuery(routes.afwegingen) q: VersieQuery) {
    return this.service.afwegingen(q.versie);
  }

  @Endpoint(routes.afweging)
  afweging(
    @ContractParams(routes.afweging) { id }: AfwegingParams,
    @ContractQuery(routes.afweging) q: VersieQuery,
  ) {
    return this.service.afweging(id, q.versie);
  }

  @Endpoint(routes.grondslagen)
  grondslagen(@ContractQuery(routes.grondslagen) q: VersieQuery) {
    return this.service.grondslagen(q.versie);
  }

  @Endpoint(routes.bijlage1)
  bijlage1(@ContractQuery(routes.bijlage1) q: Bijlage1Query) {
    return this.service.bijlage1(q);
  }

  @Endpoint(routes.begrippen)
  begrippen(@ContractQuery(routes.begrippen) q: VersieQuery) {
    return this.service.begrippen(q.versie);
  }

  @Endpoint(routes.beroepsgeheim)
  beroepsgeheim(@ContractQuery(routes.beroepsgeheim) q: VersieQuery) {
    return this.service.beroepsgeheim(q.versie);
  }

  @Endpoint(routes.vuistregels)
  vuistregels(@ContractQuery(routes.vuistregels) q: VersieQuery) {
    return this.service.vuistregels(q.versie);
  }

  @Endpoint(routes.vertegenwoordiging)
  vertegenwoordiging(@ContractQuery(routes.vertegenwoordiging) q: VersieQuery) {
    return this.service.vertegenwoordiging(q.versie);
  }
}
