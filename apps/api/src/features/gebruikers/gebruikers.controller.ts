import { type NieuweGebruiker, routes } from '@deelwijs/contract';
import { Controller, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ContractBody, Endpoint, type Reply } from '../../http/contract';
import { GebruikersService } from './gebruikers.service';

/** The functioneel beheerder's door: who may log in, with which roles, team, pet and beroepsgeheim. */
@Controller()
export class GebruikersController {
  constructor(private readonly service: GebruikersService) {}

  @Endpoint(routes.gebruikersLijst)
  lijst(): Reply<'gebruikersLijst'> {
    return this.service.lijst();
  }

  @Endpoint(routes.gebruikerAanmaken)
  async maak(
    @ContractBody(routes.gebruikerAanmaken) invoer: NieuweGebruiker,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'gebruikerAanmaken'> {
    const nieuw = await this.service.maak(invoer);
    response.location(`/api/v1/gebruikers/${nieuw.id}`);
    return nieuw;
  }
}
