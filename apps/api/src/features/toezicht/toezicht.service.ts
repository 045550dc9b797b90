import type { InformerenAchterafRouteId } from '@deelwijs/content';
import type {
  HandtekeningenQuery,
  HandtekeningSignaal,
  InformerenAchterafQuery,
  InformerenAchterafSignaal,
  OverzichtQuery,
  ToestemmingVastgelopenQuery,
  ToestemmingVastgelopenSignaal,
  ToezichtDeelverzoek,
  ToezichtInzage,
  ToezichtOverzicht,
} from '@deelwijs/contract';
import {
  clientQueries,
  type DbHandle,
  gebruikerQueries,
  type HandtekeningTeLaatRij,
  type InformerenAchterafRij,
  toezichtQueries,
  werkvoorraadQueries,
} from '@deelwijs/db';
import { Afweging4 } from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { dossierregels, naarView } from '../clienten/clienten.service';
import { betrokkenenVan, naarToezichtDeelverzoek } from './drilldown';

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
    inWerkdagen: !afgewezen && r.volgendeActieInWerkdagen,
    afgewezenOp: afgewezen ? iso(r.besluitOp) : null,
  };
}

/** How far ahead the privacy officer looks: a deadline within this many days is on the list. */
const BIJNA_AAN_DE_BEURT_DAGEN = 7;

/** The route by which the client was not told first, from the verstrekking's basis. */
function route(r: InformerenAchterafRij): InformerenAchterafRouteId {
  if (r.basis === 'meldrecht') return 'meldrecht';
  if (r.basis !== 'doorbreking') return 'grondslag-zonder-toestemming';
  if (r.acuut) return 'acuut-vitaal-belang';
  return r.nietVoorafInformeren ? 'niet-vooraf-informeren' : 'doorbreking';
}

function naarInformeren(r: InformerenAchterafRij, nu: string): InformerenAchterafSignaal {
  const uiterlijk = iso(r.uiterlijk)!;
  return {
    deelverzoekId: r.deelverzoekId,
    client: { pseudoniem: r.pseudoniem },
    team: r.team,
    route: route(r),
    verstrektOp: iso(r.verstrektOp)!,
    uiterlijk,
    inWerkdagen: r.inWerkdagen,
    uitstelTot: iso(r.uitstelTot),
    teLaat: Date.parse(uiterlijk) < Date.parse(nu),
    uitstelGevraagd: r.volgendeActie === 'uitstel-beoordelen',
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

  async informerenAchteraf(q: InformerenAchterafQuery, nu: string) {
    const tot = new Date(Date.parse(nu) + BIJNA_AAN_DE_BEURT_DAGEN * 24 * 3600_000).toISOString();
    const { items, totaal } = await werkvoorraadQueries(this.db.db).informerenAchteraf({
      tot,
      team: q.team,
      pagina: q.pagina,
      perPagina: q.perPagina,
    });
    return { items: items.map((r) => naarInformeren(r, nu)), totaal };
  }

  /** The counts of what is open now and the 12-week trend; counts only. */
  async overzicht(q: OverzichtQuery, nu: string): Promise<ToezichtOverzicht> {
    const t = toezichtQueries(this.db.db);
    const [aantallen, perWeek] = await Promise.all([
      t.aantallen({ nu, team: q.team }),
      t.perWeek({ nu, team: q.team }),
    ]);
    return { aantallen, perWeek };
  }

  async toestemmingVastgelopen(q: ToestemmingVastgelopenQuery, nu: string) {
    const { items, totaal } = await toezichtQueries(this.db.db).toestemmingVastgelopen({
      nu,
      team: q.team,
      pagina: q.pagina,
      perPagina: q.perPagina,
    });
    return {
      items: items.map(
        (r): ToestemmingVastgelopenSignaal => ({
          deelverzoekId: r.deelverzoekId,
          client: { pseudoniem: r.pseudoniem },
          team: r.team,
          gevraagdVanaf: iso(r.gevraagdVanaf),
          sinds: iso(r.sinds)!,
          pogingen: r.pogingen,
        }),
      ),
      totaal,
    };
  }

  /** The drill-down: process metadata of one deelverzoek, any team, never the file's content. */
  async deelverzoek(id: string, nu: string): Promise<ToezichtDeelverzoek> {
    const t = toezichtQueries(this.db.db);
    const rij = await t.deelverzoek(id);
    if (!rij) throw problemen.nietGevonden('Dit deelverzoek');
    const toetser = rij.proces?.afweging4?.toetsingsverzoek?.toetser;
    const ids = new Set([
      ...betrokkenenVan(rij).map((b) => b.gebruikerId),
      ...(toetser?.soort === 'collega' ? [toetser.gebruikerId] : []),
    ]);
    const [perSoort, ...personen] = await Promise.all([
      t.aantekeningenPerSoort(id),
      ...[...ids].map((g) => gebruikerQueries(this.db.db).vind(g)),
    ]);
    const namen = new Map(personen.flatMap((p) => (p ? [[p.id, p.naam] as const] : [])));
    return naarToezichtDeelverzoek(rij, perSoort, (g) => namen.get(g) ?? g, nu);
  }

  /**
   * The file of one client, opened deliberately with a stated reason. The access log and the
   * verwerkingslog get their rows (with the reason) from the interceptor before this leaves.
   */
  async inzien(clientId: string, reden: string): Promise<ToezichtInzage> {
    const q = clientQueries(this.db.db);
    const client = await q.vind(clientId);
    if (!client) throw problemen.nietGevonden('Deze cliënt');
    return {
      client: naarView(client),
      dossier: await dossierregels(this.db.db, clientId),
      reden,
      ingezienOp: new Date().toISOString(),
    };
  }
}
