import { type DeelverzoekOverdracht, routes, type TeamOverdracht } from '@deelwijs/contract';
import { Controller, Req } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractBody, ContractParams, Endpoint, type Reply } from '../../http/contract';
import type { RequestMetSleutel } from '../../http/idempotentie/idempotent';
import { OverdrachtService } from './overdracht.service';

@Controller()
export class OverdrachtController {
  constructor(private readonly service: OverdrachtService) {}

  /** The team's open work per casemanager (the team is the session's). */
  @Endpoint(routes.teamWerk)
  teamWerk(@HuidigeGebruiker() gebruiker: Gebruiker): Reply<'teamWerk'> {
    return this.service.teamWerk(gebruiker);
  }

  @Endpoint(routes.deelverzoekOverdragen)
  draagOver(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.deelverzoekOverdragen) { id }: { id: string },
    @ContractBody(routes.deelverzoekOverdragen) verzoek: DeelverzoekOverdracht,
    @Req() request: RequestMetSleutel,
  ): Reply<'deelverzoekOverdragen'> {
    return this.service.draagOver(gebruiker, id, verzoek, request.idempotentieSleutel);
  }

  /** For an absent colleague: all (or the chosen) open deelverzoeken at once. */
  @Endpoint(routes.werkOverdragen)
  werkOverdragen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractBody(routes.werkOverdragen) verzoek: TeamOverdracht,
    @Req() request: RequestMetSleutel,
  ): Reply<'werkOverdragen'> {
    return this.service.werkOverdragen(gebruiker, verzoek, request.idempotentieSleutel);
  }
}
