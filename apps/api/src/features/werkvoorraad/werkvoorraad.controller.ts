import { routes } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractParams, Endpoint, type Reply } from '../../http/contract';
import { WerkvoorraadService } from './werkvoorraad.service';

@Controller()
export class WerkvoorraadController {
  constructor(private readonly service: WerkvoorraadService) {}

  /** The casemanager's home: open deelverzoeken (the next due first) and my reminders (unread first). */
  @Endpoint(routes.werkvoorraad)
  werkvoorraad(@HuidigeGebruiker() gebruiker: Gebruiker): Reply<'werkvoorraad'> {
    return this.service.werkvoorraad(gebruiker);
  }

  @Endpoint(routes.notificaties)
  notificaties(@HuidigeGebruiker() gebruiker: Gebruiker): Reply<'notificaties'> {
    return this.service.notificaties(gebruiker);
  }

  @Endpoint(routes.notificatieGelezen)
  gelezen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.notificatieGelezen) { id }: { id: string },
  ): Promise<void> {
    return this.service.markeerGelezen(gebruiker, id);
  }
}
