import { gegevenscategorieen, grondslagen } from '@deelwijs/content';
import type { InzageExport, InzageToegang, InzageVerstrekking, Rol } from '@deelwijs/contract';
import { type DbHandle, gebruikerQueries, toegangslogQueries } from '@deelwijs/db';
import type { GrondslagKeuze } from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../infra/db.provider';
import { ClientenService } from './clienten.service';

const iso = (t: string) => new Date(t).toISOString();

/** How the export names a row written by Deelwijs itself (the worker), not by a person. */
const SYSTEEM_NAAM = 'Deelwijs (automatisch)';

/**
 * "Wat is er over mij gedeeld?": a client's access request (AVG art. 15) answered from the record
 * alone: the verstrekkingen in the process snapshots of the client's deelverzoeken, and the access
 * log. Everything is selected by the client's id, so nothing of another client can come along.
 */
@Injectable()
export class InzageService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly clienten: ClientenService,
  ) {}

  async export(clientId: string): Promise<InzageExport> {
    const client = await this.clienten.bestaand(clientId);
    const queries = toegangslogQueries(this.db.db);
    const [deelverzoeken, toegang] = await Promise.all([
      queries.deelverzoekenVanClient(clientId),
      queries.vanClient(clientId),
    ]);
    const gedeeld = deelverzoeken.flatMap((d) =>
      d.proces?.verstrekking ? [{ d, proces: d.proces, v: d.proces.verstrekking }] : [],
    );
    const namen = await this.namen(gedeeld.map(({ v }) => v.door.gebruikerId));
    const verstrekkingen = gedeeld.map(({ d, proces, v }): InzageVerstrekking => {
      // Data only moves after the weighing, so a verstrekking always has its inhoud.
      const keuze: Partial<GrondslagKeuze> = proces.inhoud?.grondslag ?? {};
      const g = grondslagen.find((x) => x.id === keuze.grondslag);
      return {
        deelverzoekId: d.id,
        op: iso(v.op),
        gegevens: v.gegevens.map((id) => ({
          id,
          naam: gegevenscategorieen.find((c) => c.id === id)?.naam ?? id,
        })),
        ontvangers: v.ontvangers,
        wijze: v.wijze,
        doel: d.doel,
        grondslag: {
          id: keuze.grondslag ?? null,
          naam: g?.naam ?? null,
          avgArtikel: g?.avgArtikel ?? null,
          wettelijkeBasis: keuze.wettelijkeBasis ?? null,
        },
        route: v.basis,
        voorafGeinformeerd: v.voorafGeinformeerd !== undefined,
        door: { gebruikerId: v.door.gebruikerId, naam: namen.get(v.door.gebruikerId) ?? v.door.gebruikerId },
      };
    });
    return {
      client: { id: client.id, pseudoniem: client.pseudoniem },
      opgesteldOp: new Date().toISOString(),
      verstrekkingen: verstrekkingen.sort((a, b) => a.op.localeCompare(b.op)),
      toegang: toegang.map(
        (t): InzageToegang => ({
          op: iso(t.op),
          door: t.gebruikerId
            ? { gebruikerId: t.gebruikerId, actor: null, naam: t.naam ?? t.gebruikerId }
            : { gebruikerId: null, actor: t.actor, naam: SYSTEEM_NAAM },
          rollen: t.rollen as Rol[],
          handeling: t.handeling,
          deelverzoekId: t.deelverzoekId,
          reden: t.reden,
        }),
      ),
    };
  }

  private async namen(ids: string[]): Promise<Map<string, string>> {
    const personen = await Promise.all([...new Set(ids)].map((id) => gebruikerQueries(this.db.db).vind(id)));
    return new Map(personen.flatMap((p) => (p ? [[p.id, p.naam] as const] : [])));
  }
}
