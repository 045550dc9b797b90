import { naarMedewerker, type ToestemmingView } from '@deelwijs/contract';
import { clientQueries, type DbHandle, toestemmingQueries } from '@deelwijs/db';
import {
  bronAfweging,
  type DeelverzoekStatus,
  isAfgesloten,
  type ToestemmingRecord,
  type VertegenwoordigerRol,
  vertegenwoordigerRolLabel,
  voerUitOpToestemming,
} from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { ClientenService } from '../clienten/clienten.service';

@Injectable()
export class ToestemmingenService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly clienten: ClientenService,
  ) {}

  /** Who gave it, by name: the record keeps only the representative's id. */
  private async labels(clientId: string) {
    const personen = await clientQueries(this.db.db).vertegenwoordigers(clientId);
    const namen = new Map(
      personen.map((p) => [p.id, `${p.naam} (${vertegenwoordigerRolLabel[p.rol as VertegenwoordigerRol]})`]),
    );
    return (r: ToestemmingRecord, status: string): ToestemmingView => ({
      ...r,
      gegevenDoorLabel:
        r.gegevenDoor.soort === 'client'
          ? 'de cliënt'
          : (namen.get(r.gegevenDoor.id) ?? vertegenwoordigerRolLabel[r.gegevenDoor.rol]),
      deelverzoekOpen: !isAfgesloten(status as DeelverzoekStatus),
    });
  }

  async vanClient(gebruiker: Gebruiker, clientId: string): Promise<ToestemmingView[]> {
    await this.clienten.zichtbaar(gebruiker, clientId);
    const [rijen, alsView] = await Promise.all([
      toestemmingQueries(this.db.db).vanClient(clientId),
      this.labels(clientId),
    ]);
    return rijen.map((r) => alsView(r.record, r.status));
  }

  /**
   * Withdrawal after closure. While the deelverzoek is open its workflow holds the consent, so it is
   * withdrawn there; a second withdrawal is refused by the domain.
   */
  async intrekken(gebruiker: Gebruiker, id: string, toelichting: string): Promise<ToestemmingView> {
    const queries = toestemmingQueries(this.db.db);
    const gevonden = await queries.vind(id);
    // Another team's consent the AccessGuard answered as one that does not exist; here it must exist.
    if (!gevonden) throw problemen.nietGevonden('Deze toestemming');
    const op = new Date().toISOString();
    const uitkomst = await queries.trekIn(id, (record, gegevenIn) => {
      if (!isAfgesloten(gegevenIn.status))
        throw problemen.regelOvertreden([
          {
            code: 'deelverzoek-nog-open',
            bericht:
              'Het deelverzoek waarin deze toestemming is gegeven, loopt nog. Trek de toestemming daar in, bij de stap toestemming.',
            bron: bronAfweging('3'),
          },
        ]);
      const besluit = voerUitOpToestemming(
        record,
        { soort: 'intrekken', toelichting },
        {
          door: naarMedewerker(gebruiker),
          op,
          volgnummer: gegevenIn.volgnummer + 1,
          contentVersie: gegevenIn.contentVersie,
          beleidVersie: gegevenIn.beleidVersie,
        },
      );
      if (!besluit.ok) throw problemen.regelOvertreden(besluit.overtredingen);
      return besluit.waarde;
    });
    if (!uitkomst) throw problemen.nietGevonden('Deze toestemming');
    const alsView = await this.labels(uitkomst.record.clientId);
    return alsView(uitkomst.record, gevonden.status);
  }
}
