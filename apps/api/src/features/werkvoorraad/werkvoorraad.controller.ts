import { type DbHandle, notificatieQueries } from '@deelwijs/db';
import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Idempotent } from '../../http/idempotentie/idempotent';
import { problemen } from '../../http/problem';
import { ZodPipe } from '../../http/zod.pipe';
import { DB } from '../../infra/db.provider';
import { DeelverzoekenService } from '../deelverzoeken/deelverzoeken.service';

const naarNotificatie = (
  n: Awaited<ReturnType<ReturnType<typeof notificatieQueries>['voorGebruiker']>>[number],
) => ({
  id: n.id,
  deelverzoekId: n.deelverzoekId,
  soort: n.soort,
  tekst: n.tekst,
  aangemaaktOp: new Date(n.aangemaaktOp).toISOString(),
  gelezen: n.gelezenOp !== null,
});

@Controller()
export class WerkvoorraadController {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly deelverzoeken: DeelverzoekenService,
  ) {}

  /** The casemanager's home: open deelverzoeken (the next due first) and my reminders (unread first). */
  @Get('werkvoorraad')
  async werkvoorraad(@HuidigeGebruiker() gebruiker: Gebruiker) {
    const [open, notificaties] = await Promise.all([
      this.deelverzoeken.lijst(gebruiker, 1, 50, true),
      notificatieQueries(this.db.db).voorGebruiker(gebruiker.id),
    ]);
    return {
      deelverzoeken: open.items,
      totaalOpen: open.totaal,
      notificaties: notificaties.map(naarNotificatie),
    };
  }

  @Get('notificaties')
  async notificaties(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return (await notificatieQueries(this.db.db).voorGebruiker(gebruiker.id)).map(naarNotificatie);
  }

  @Post('notificaties/:id/gelezen')
  @HttpCode(204)
  @Idempotent()
  async gelezen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Param('id', new ZodPipe(z.string().min(1).max(200))) id: string,
  ) {
    const gemarkeerd = await notificatieQueries(this.db.db).markeerGelezen(
      id,
      gebruiker.id,
      new Date().toISOString(),
    );
    if (!gemarkeerd) throw problemen.nietGevonden('Deze melding');
  }
}
