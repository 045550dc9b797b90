import type { TeamCollega } from '@deelwijs/contract';
import { type DbHandle, gebruikerQueries } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { DB } from '../../infra/db.provider';

@Injectable()
export class TeamService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  /** The caller is left out: nobody reviews their own request, so there is no point offering it. */
  collegas(gebruiker: Gebruiker): Promise<TeamCollega[]> {
    return gebruikerQueries(this.db.db).collegasVanTeam(gebruiker.team, gebruiker.id);
  }
}
