import { randomInt, randomUUID } from 'node:crypto';
import { CONTENT_VERSIE } from '@deelwijs/content';
import type {
  ClientCorrectieVerzoek,
  ClientDetail,
  ClientDossierregel,
  ClientView,
  LeesbareAantekeningView,
  NieuweClient,
} from '@deelwijs/contract';
import { type ClientRij, clientQueries, type DbHandle } from '@deelwijs/db';
import {
  corrigeerClient,
  lokaleDatum,
  type VertegenwoordigerRol,
  vertegenwoordigerRolLabel,
  wieMoetToestemmen,
} from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { afgeleidId } from '../../http/idempotentie/idempotent';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { BeleidService } from '../beleid/beleid.service';
import { leesDossier } from '../dossier/lezen';
import { zichtbaarTeam } from '../toegang';

export const naarView = (c: ClientRij): ClientView => ({
  id: c.id,
  pseudoniem: c.pseudoniem,
  naam: c.naam,
  geboortedatum: c.geboortedatum,
  team: c.team,
  wilsonbekwaam: c.wilsonbekwaam,
});

// No ambiguous characters (0/O, 1/I): pseudonyms are read aloud and typed over.
const TEKENS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const nieuwPseudoniem = () =>
  `CL-${Array.from({ length: 6 }, () => TEKENS[randomInt(TEKENS.length)]).join('')}`;

type DossierRij = Awaited<ReturnType<ReturnType<typeof clientQueries>['dossier']>>[number];

export const naarDossierregel = (a: DossierRij, leesbaar: LeesbareAantekeningView): ClientDossierregel => ({
  id: a.id,
  deelverzoekId: a.deelverzoekId,
  soort: a.soort as ClientDossierregel['soort'],
  tekst: a.tekst,
  door: a.door,
  op: new Date(a.op).toISOString(),
  contentVersie: a.contentVersie,
  beleidVersie: a.beleidVersie,
  leesbaar,
});

/** The client's whole file, each entry with its readable form. */
export async function dossierregels(db: DbHandle['db'], clientId: string): Promise<ClientDossierregel[]> {
  const rijen = await clientQueries(db).dossier(clientId);
  const leesbaar = await leesDossier(db, clientId, rijen);
  return rijen.map((r, i) => naarDossierregel(r, leesbaar[i] as LeesbareAantekeningView));
}

@Injectable()
export class ClientenService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly beleid: BeleidService,
  ) {}

  lijst(gebruiker: Gebruiker, zoek: string | undefined, pagina: number, perPagina: number) {
    return clientQueries(this.db.db)
      .lijst({ team: zichtbaarTeam(gebruiker), zoek, pagina, perPagina })
      .then(({ items, totaal }) => ({ items: items.map(naarView), totaal }));
  }

  /** With an Idempotency-Key the ids follow from it, so a retry after a lost answer adds no second client. */
  async maak(gebruiker: Gebruiker, invoer: NieuweClient, sleutel?: string): Promise<ClientDetail> {
    const vandaag = lokaleDatum(new Date());
    if (invoer.geboortedatum > vandaag)
      throw problemen.ongeldigeInvoer([
        { pad: 'geboortedatum', bericht: 'De geboortedatum ligt in de toekomst.' },
      ]);
    const queries = clientQueries(this.db.db);
    let pseudoniem = nieuwPseudoniem();
    while (await queries.pseudoniemBestaat(pseudoniem)) pseudoniem = nieuwPseudoniem();
    const nieuwId = (doel: string) => (sleutel ? afgeleidId(gebruiker.id, sleutel, doel) : randomUUID());
    const id = nieuwId('client');
    await queries.maak(
      {
        id,
        pseudoniem,
        naam: invoer.naam,
        geboortedatum: invoer.geboortedatum,
        wilsonbekwaam: invoer.wilsonbekwaam,
        team: gebruiker.team,
      },
      invoer.vertegenwoordigers.map((v, i) => ({
        id: nieuwId(`vertegenwoordiger:${i}`),
        clientId: id,
        naam: v.naam,
        rol: v.rol,
      })),
    );
    return this.vind(gebruiker, id);
  }

  /** Who may see it the AccessGuard decided (another team's client answers 404 there); here it must exist. */
  async zichtbaar(_gebruiker: Gebruiker, id: string): Promise<ClientRij> {
    const client = await clientQueries(this.db.db).vind(id);
    if (!client) throw problemen.nietGevonden('Deze cliënt');
    return client;
  }

  async vind(gebruiker: Gebruiker, id: string): Promise<ClientDetail> {
    const client = await this.zichtbaar(gebruiker, id);
    const personen = await clientQueries(this.db.db).vertegenwoordigers(id);
    const vertegenwoordigers = personen.map((p) => {
      const rol = p.rol as VertegenwoordigerRol;
      return { id: p.id, naam: p.naam, rol, rolLabel: vertegenwoordigerRolLabel[rol] };
    });
    const toestemming = wieMoetToestemmen(
      {
        id: client.id,
        geboortedatum: client.geboortedatum,
        wilsonbekwaam: client.wilsonbekwaam,
        vertegenwoordigers: vertegenwoordigers.map(({ id: vid, rol }) => ({ id: vid, rol })),
      },
      lokaleDatum(new Date()),
    );
    const lopendeDeelverzoeken = await clientQueries(this.db.db).lopendeDeelverzoeken(id);
    return { ...naarView(client), vertegenwoordigers, toestemming, lopendeDeelverzoeken };
  }

  /**
   * A correction of the client's data, with its entry in the file, in one transaction. Running
   * deelverzoeken are deliberately left alone: each workflow took a snapshot of the client when it
   * started, and its afwegingen (who consents, the age rule) were made and recorded on that
   * snapshot. Rewriting it underneath would make the file say one thing and the process another,
   * and a new representative could be asked for consent in a weighing they never saw. So an open
   * deelverzoek keeps the data it started with (the client page says so, with how many run), and
   * the correction counts for every deelverzoek started after it. Who may do this (a casemanager of
   * the client's team) the AccessGuard decided; the logs are the ToegangslogInterceptor's.
   */
  async corrigeer(
    gebruiker: Gebruiker,
    id: string,
    correctie: ClientCorrectieVerzoek,
    sleutel?: string,
  ): Promise<ClientDetail> {
    const nieuwId = (doel: string) => (sleutel ? afgeleidId(gebruiker.id, sleutel, doel) : randomUUID());
    const aantekeningId = `client:${id}:correctie:${nieuwId('correctie')}`;
    const nu = new Date();
    const beleidVersie = (await this.beleid.inGebruik()).versie;
    const uitkomst = await clientQueries(this.db.db).corrigeer(id, aantekeningId, (stand) => {
      const besluit = corrigeerClient(stand, correctie, {
        door: { gebruikerId: gebruiker.id },
        op: nu.toISOString(),
        vandaag: lokaleDatum(nu),
        aantekeningId,
        vertegenwoordigerId: nieuwId('vertegenwoordiger'),
        contentVersie: CONTENT_VERSIE,
        beleidVersie,
      });
      if (!besluit.ok) throw problemen.regelOvertreden(besluit.overtredingen, 'Deze wijziging kan niet');
      return besluit.waarde;
    });
    if (!uitkomst) throw problemen.nietGevonden('Deze cliënt');
    return this.vind(gebruiker, id);
  }

  async dossier(gebruiker: Gebruiker, id: string): Promise<ClientDossierregel[]> {
    await this.zichtbaar(gebruiker, id);
    return dossierregels(this.db.db, id);
  }

  /** For the privacy officer, who answers for every team: any client that exists. */
  async bestaand(id: string): Promise<ClientRij> {
    const client = await clientQueries(this.db.db).vind(id);
    if (!client) throw problemen.nietGevonden('Deze cliënt');
    return client;
  }
}
