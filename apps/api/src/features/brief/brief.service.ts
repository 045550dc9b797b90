import { clientQueries, type DbHandle, gebruikerQueries } from '@deelwijs/db';
import { type Brief, maakBriefInformerenAchteraf } from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { DeelverzoekenService } from '../deelverzoeken/deelverzoeken.service';

/** Teams have ids only until the beheerder can name them; the letter shows the id as words. */
const teamNaam = (team: string) => team.replace(/-/g, ' ');

@Injectable()
export class BriefService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly deelverzoeken: DeelverzoekenService,
  ) {}

  /**
   * The letter for a deelverzoek of the caller's team whose client must still be told. It is signed
   * by whoever recorded the verstrekking (the client's contact), not by whoever opens the draft.
   */
  async informerenAchteraf(gebruiker: Gebruiker, id: string): Promise<Brief> {
    const deelverzoek = await this.deelverzoeken.vind(gebruiker, id);
    const proces = await this.deelverzoeken.proces(gebruiker, id);
    const [client, afzender] = await Promise.all([
      clientQueries(this.db.db).vind(deelverzoek.client.id),
      proces.verstrekking
        ? gebruikerQueries(this.db.db).vind(proces.verstrekking.door.gebruikerId)
        : undefined,
    ]);
    if (!client) throw problemen.nietGevonden('Deze cliënt');
    const brief = maakBriefInformerenAchteraf(proces, {
      clientNaam: client.naam,
      afzender: `${(afzender ?? gebruiker).naam}, ${teamNaam((afzender ?? gebruiker).team)}`,
    });
    if (!brief.ok) throw problemen.regelOvertreden(brief.overtredingen);
    return brief.waarde;
  }
}
