import type { NotificatieView, Werkvoorraad } from '@deelwijs/contract';
import { type DbHandle, notificatieQueries } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { DeelverzoekenService } from '../deelverzoeken/deelverzoeken.service';

const naarNotificatie = (
  n: Awaited<ReturnType<ReturnType<typeof notificatieQueries>['voorGebruiker']>>[number],
): NotificatieView => ({
  id: n.id,
  deelverzoekId: n.deelverzoekId,
  soort: n.soort,
  tekst: n.tekst,
  aangemaaktOp: new Date(n.aangemaaktOp).toISOString(),
  gelezen: n.gelezenOp !== null,
});

@Injectable()
export class WerkvoorraadService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly deelverzoeken: DeelverzoekenService,
  ) {}

  async werkvoorraad(gebruiker: Gebruiker): Promise<Werkvoorraad> {
    const [open, notificaties] = await Promise.all([
      this.deelverzoeken.lijst(gebruiker, 1, 50, true),
      this.notificaties(gebruiker),
    ]);
    return { deelverzoeken: open.items, totaalOpen: open.totaal, notificaties };
  }

  async notificaties(gebruiker: Gebruiker): Promise<NotificatieView[]> {
    return (await notificatieQueries(this.db.db).voorGebruiker(gebruiker.id)).map(naarNotificatie);
  }

  /** Only one's own reminders: another person's id answers like one that does not exist. */
  async markeerGelezen(gebruiker: Gebruiker, id: string): Promise<void> {
    const gemarkeerd = await notificatieQueries(this.db.db).markeerGelezen(
      id,
      gebruiker.id,
      new Date().toISOString(),
    );
    if (!gemarkeerd) throw problemen.nietGevonden('Deze melding');
  }
}
