import { type OpdrachtVerzoek, type Paginering, routes } from '@deelwijs/contract';
import type { NieuwDeelverzoek } from '@deelwijs/domain';
import { Controller, Header, Req, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { cspMetStijl } from '../../http/beveiliging';
import { ContractBody, ContractParams, ContractQuery, Endpoint, type Reply } from '../../http/contract';
import type { RequestMetSleutel } from '../../http/idempotentie/idempotent';
import { pagina } from '../../http/pagina';
import { DeelverzoekenService } from './deelverzoeken.service';
import { VERANTWOORDING_STIJL_HASH, verantwoordingHtml } from './verantwoording/verantwoording';
import { verantwoordingPdf } from './verantwoording/verantwoording.pdf';

@Controller()
export class DeelverzoekenController {
  constructor(private readonly service: DeelverzoekenService) {}

  @Endpoint(routes.deelverzoekStarten)
  async start(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractBody(routes.deelverzoekStarten) aanvraag: NieuwDeelverzoek,
    @Req() request: RequestMetSleutel,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'deelverzoekStarten'> {
    const resultaat = await this.service.start(gebruiker, aanvraag, request.idempotentieSleutel);
    response.location(`/api/v1/deelverzoeken/${resultaat.id}`);
    if ('geregistreerd' in resultaat) response.status(202);
    return resultaat;
  }

  @Endpoint(routes.deelverzoekenLijst)
  async lijst(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractQuery(routes.deelverzoekenLijst) p: Paginering,
  ): Reply<'deelverzoekenLijst'> {
    const { items, totaal } = await this.service.lijst(gebruiker, p.pagina, p.perPagina);
    return pagina('/api/v1/deelverzoeken', p, items, totaal);
  }

  @Endpoint(routes.deelverzoekVinden)
  vind(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.deelverzoekVinden) { id }: { id: string },
  ): Reply<'deelverzoekVinden'> {
    return this.service.vind(gebruiker, id);
  }

  @Endpoint(routes.deelverzoekAantekeningen)
  aantekeningen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.deelverzoekAantekeningen) { id }: { id: string },
  ): Reply<'deelverzoekAantekeningen'> {
    return this.service.aantekeningen(gebruiker, id);
  }

  /** A printable account of the deelverzoek in plain Dutch (HTML), and the same as PDF. */
  @Endpoint(routes.verantwoording)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', cspMetStijl(VERANTWOORDING_STIJL_HASH))
  async verantwoording(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.verantwoording) { id }: { id: string },
  ): Promise<string> {
    return verantwoordingHtml(await this.service.verantwoording(gebruiker, id));
  }

  @Endpoint(routes.verantwoordingPdf)
  async verantwoordingPdf(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.verantwoordingPdf) { id }: { id: string },
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const v = await this.service.verantwoording(gebruiker, id);
    response
      .type('application/pdf')
      .setHeader('content-disposition', 'inline; filename="verantwoording-deelverzoek.pdf"');
    return new StreamableFile(await verantwoordingPdf(v));
  }

  /** Everything the deelverzoek page shows, in one request. */
  @Endpoint(routes.deelverzoekWizard)
  wizard(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.deelverzoekWizard) { id }: { id: string },
  ): Reply<'deelverzoekWizard'> {
    return this.service.wizard(gebruiker, id);
  }

  /** The process state as the workflow holds it (Temporal query). */
  @Endpoint(routes.deelverzoekProces)
  proces(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.deelverzoekProces) { id }: { id: string },
  ): Reply<'deelverzoekProces'> {
    return this.service.proces(gebruiker, id);
  }

  /** Every step of the afwegingskader: afwegingen, attempts, consent, doorbreking, verstrekking, … */
  @Endpoint(routes.opdrachtUitvoeren)
  opdracht(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.opdrachtUitvoeren) { id }: { id: string },
    @ContractBody(routes.opdrachtUitvoeren) verzoek: OpdrachtVerzoek,
    @Req() request: RequestMetSleutel,
  ): Reply<'opdrachtUitvoeren'> {
    return this.service.voerUit(gebruiker, id, verzoek, request.idempotentieSleutel);
  }
}
