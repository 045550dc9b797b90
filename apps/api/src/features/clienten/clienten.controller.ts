import {
  type ClientCorrectieVerzoek,
  type ClientenZoekopdracht,
  type NieuweClient,
  type Paginering,
  routes,
} from '@deelwijs/contract';
import { Controller, Req, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractBody, ContractParams, ContractQuery, Endpoint, type Reply } from '../../http/contract';
import type { RequestMetSleutel } from '../../http/idempotentie/idempotent';
import { pagina } from '../../http/pagina';
import { ClientenService } from './clienten.service';
import { inzagePdf } from './inzage.pdf';
import { InzageService } from './inzage.service';

@Controller()
export class ClientenController {
  constructor(
    private readonly service: ClientenService,
    private readonly inzage: InzageService,
  ) {}

  /** The clients of the caller's own team (need to know). */
  @Endpoint(routes.clientenLijst)
  async lijst(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractQuery(routes.clientenLijst) q: Paginering,
  ): Reply<'clientenLijst'> {
    const { items, totaal } = await this.service.lijst(gebruiker, undefined, q.pagina, q.perPagina);
    return pagina('/api/v1/clienten', q, items, totaal);
  }

  /**
   * The same list, narrowed by name or pseudonym. The term comes in the body, so it stays out of
   * URLs; the links carry no term either, the next page is asked for with the same body.
   */
  @Endpoint(routes.clientenZoekopdracht)
  async zoek(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractBody(routes.clientenZoekopdracht) z: ClientenZoekopdracht,
  ): Reply<'clientenZoekopdracht'> {
    const { items, totaal } = await this.service.lijst(gebruiker, z.zoekterm, z.pagina, z.perPagina);
    return {
      items,
      pagina: z.pagina,
      perPagina: z.perPagina,
      totaal,
      _links: { self: '/api/v1/clienten/_zoek' },
    };
  }

  @Endpoint(routes.clientRegistreren)
  async maak(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractBody(routes.clientRegistreren) invoer: NieuweClient,
    @Req() request: RequestMetSleutel,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'clientRegistreren'> {
    const client = await this.service.maak(gebruiker, invoer, request.idempotentieSleutel);
    response.location(`/api/v1/clienten/${client.id}`);
    return client;
  }

  @Endpoint(routes.clientVinden)
  vind(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.clientVinden) { id }: { id: string },
  ): Reply<'clientVinden'> {
    return this.service.vind(gebruiker, id);
  }

  /** A representative added, or the birth date or wilsonbekwaamheid put right: with an entry in the file. */
  @Endpoint(routes.clientCorrigeren)
  corrigeer(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.clientCorrigeren) { id }: { id: string },
    @ContractBody(routes.clientCorrigeren) correctie: ClientCorrectieVerzoek,
    @Req() request: RequestMetSleutel,
  ): Reply<'clientCorrigeren'> {
    return this.service.corrigeer(gebruiker, id, correctie, request.idempotentieSleutel);
  }

  /** The client file: a timeline of every dossieraantekening, across deelverzoeken. */
  @Endpoint(routes.clientDossier)
  dossier(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.clientDossier) { id }: { id: string },
  ): Reply<'clientDossier'> {
    return this.service.dossier(gebruiker, id);
  }

  /** A client's access request (AVG art. 15), for the privacy officer to answer. */
  @Endpoint(routes.clientInzageExport)
  inzageExport(
    @ContractParams(routes.clientInzageExport) { id }: { id: string },
  ): Reply<'clientInzageExport'> {
    return this.inzage.export(id);
  }

  /** The same export as a PDF document to hand to the client. */
  @Endpoint(routes.clientInzageExportPdf)
  async inzageExportPdf(
    @ContractParams(routes.clientInzageExportPdf) { id }: { id: string },
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const inzage = await this.inzage.export(id);
    const pdf = await inzagePdf(inzage);
    response
      .type('application/pdf')
      .setHeader('content-disposition', `attachment; filename="inzage-${inzage.client.pseudoniem}.pdf"`);
    return new StreamableFile(pdf);
  }
}
