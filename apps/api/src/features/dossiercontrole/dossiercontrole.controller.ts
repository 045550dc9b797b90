import { routes } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Endpoint, type Reply } from '../../http/contract';
import { DossiercontroleService } from './dossiercontrole.service';

@Controller()
export class DossiercontroleController {
  constructor(private readonly service: DossiercontroleService) {}

  /** The privacy officer has every chain recomputed now, besides the scheduled run. */
  @Endpoint(routes.dossiercontrole)
  controleer(@HuidigeGebruiker() gebruiker: Gebruiker): Reply<'dossiercontrole'> {
    return this.service.controleer(gebruiker);
  }
}
