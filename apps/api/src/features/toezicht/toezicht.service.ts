import type { HandtekeningenQuery, HandtekeningSignaal } from '@deelwijs/contract';
import { type DbHandle, type HandtekeningTeLaatRij, werkvoorraadQueries } from '@deelwijs/db';
import { Afweging4 } from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../infra/db.provider';

const iso = (t: string | null) => (t ? new Date(t).toISOString() : null);

/** Why this row is on the list: refused afterwards, or which signature is late. */
function naarSignaal(r: HandtekeningTeLaatRij): HandtekeningSignaal {
  const afgewezen = r.acuut && r.besluit === 'afgewezen';
  return {
    signaal: afgewezen ? 'acuut-afgewezen' : r.acuut ? 'acuut-niet-getekend' : 'akkoord-te-laat',
    deelverzoekId: r.deelverzoekId,
    client: { pseudoniem: r.pseudoniem },
    team: r.team,
    afweging: Afweging4.safeParse(r.afweging).data ?? null,
    sinds: iso(r.sinds),
    uiterlijk: afgewezen ? null : iso(r.volgendeActieOp),
    afgewezenOp: afgewezen ? iso(r.besluitOp) : null,
  };
}

@Injectable()
export class ToezichtService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  async handtekeningen(q: HandtekeningenQuery, nu: string) {
    const { items, totaal } = await werkvoorraadQueries(this.db.db).handtekeningenTeLaat({
      nu,
      team: q.team,
      pagina: q.pagina,
      perPagina: q.perPagina,
    });
    return { items: items.map(naarSignaal), totaal };
  }
}
