import { type NieuwBeleid, routes } from '@deelwijs/contract';
import { Controller, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractBody, Endpoint, type Reply } from '../../http/contract';
import { BeleidService } from './beleid.service';

/** The organisation's own deadlines: what holds since when, and a new version (beheerder). */
@Controller()
export class BeleidController {
  constructor(private readonly service: BeleidService) {}

  @Endpoint(routes.beleidOverzicht)
  overzicht(): Reply<'beleidOverzicht'> {
    return this.service.overzicht();
  }

  @Endpoint(routes.beleidVaststellen)
  async stelVast(
    @ContractBody(routes.beleidVaststellen) invoer: NieuwBeleid,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'beleidVaststellen'> {
    const versie = await this.service.stelVast(invoer, gebruiker);
    response.location('/api/v1/beheer/beleid');
    return versie;
  }
}
