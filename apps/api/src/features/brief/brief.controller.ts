import { routes } from '@deelwijs/contract';
import { Controller, Header, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { cspMetStijl } from '../../http/beveiliging';
import { ContractParams, Endpoint } from '../../http/contract';
import { BRIEF_STIJL_HASH, briefHtml } from './brief.html';
import { briefPdf } from './brief.pdf';
import { BriefService } from './brief.service';

/** Letters to clients, drafted from the record for a person to read before sending. */
@Controller()
export class BriefController {
  constructor(private readonly service: BriefService) {}

  @Endpoint(routes.briefInformerenAchteraf)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', cspMetStijl(BRIEF_STIJL_HASH))
  async html(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.briefInformerenAchteraf) { id }: { id: string },
  ): Promise<string> {
    return briefHtml(await this.service.informerenAchteraf(gebruiker, id));
  }

  @Endpoint(routes.briefInformerenAchterafPdf)
  async pdf(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.briefInformerenAchterafPdf) { id }: { id: string },
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const brief = await this.service.informerenAchteraf(gebruiker, id);
    response
      .type('application/pdf')
      .setHeader('content-disposition', 'inline; filename="brief-informeren-achteraf.pdf"');
    return new StreamableFile(await briefPdf(brief));
  }
}
