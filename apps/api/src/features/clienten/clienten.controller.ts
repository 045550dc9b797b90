import { clientQueries, type DbHandle } from '@deelwijs/db';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Paginering, pagina } from '../../http/paginering';
import { ZodPipe } from '../../http/zod.pipe';
import { DB } from '../../infra/db.provider';
import { zichtbaarTeam } from '../toegang';
import type { ClientView } from './clienten.schemas';

@Controller('clienten')
export class ClientenController {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  /** The clients of the caller's own team (need to know). */
  @Get()
  async lijst(@HuidigeGebruiker() gebruiker: Gebruiker, @Query(new ZodPipe(Paginering)) p: Paginering) {
    const alle = await clientQueries(this.db.db).lijst(zichtbaarTeam(gebruiker));
    const items: ClientView[] = alle
      .slice((p.pagina - 1) * p.perPagina, p.pagina * p.perPagina)
      .map(({ id, pseudoniem, naam, geboortedatum, team }) => ({
        id,
        pseudoniem,
        naam,
        geboortedatum,
        team,
      }));
    return pagina('/api/v1/clienten', p, items, alle.length);
  }
}
