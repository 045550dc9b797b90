import { routes } from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Endpoint, type Reply } from '../../http/contract';
import { TeamService } from './team.service';

@Controller()
export class TeamController {
  constructor(private readonly service: TeamService) {}

  /** The team is the session's: a query naming another team does not exist. */
  @Endpoint(routes.teamCollegas)
  collegas(@HuidigeGebruiker() gebruiker: Gebruiker): Reply<'teamCollegas'> {
    return this.service.collegas(gebruiker);
  }
}
