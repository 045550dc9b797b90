import { NieuwDeelverzoek } from '@deelwijs/domain';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Idempotent, type RequestMetSleutel } from '../../http/idempotentie/idempotent';
import { IdParam, Paginering, pagina } from '../../http/paginering';
import { ZodPipe } from '../../http/zod.pipe';
import { OpdrachtVerzoekBody } from './deelverzoeken.schemas';
import { DeelverzoekenService } from './deelverzoeken.service';
import { verantwoordingHtml } from './verantwoording/verantwoording';
import { verantwoordingPdf } from './verantwoording/verantwoording.pdf';

@Controller('deelverzoeken')
export class DeelverzoekenController {
  constructor(private readonly service: DeelverzoekenService) {}

  @Post()
  @Idempotent()
  async start(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Body(new ZodPipe(NieuwDeelverzoek)) aanvraag: NieuwDeelverzoek,
    @Req() request: RequestMetSleutel,
    @Res({ passthrough: true }) response: Response,
  ) {
    const resultaat = await this.service.start(gebruiker, aanvraag, request.idempotentieSleutel);
    response.location(`/api/v1/deelverzoeken/${resultaat.id}`);
    response.status('geregistreerd' in resultaat ? 202 : 201);
    return resultaat;
  }

  @Get()
  async lijst(@HuidigeGebruiker() gebruiker: Gebruiker, @Query(new ZodPipe(Paginering)) p: Paginering) {
    const { items, totaal } = await this.service.lijst(gebruiker, p.pagina, p.perPagina);
    return pagina('/api/v1/deelverzoeken', p, items, totaal);
  }

  @Get(':id')
  vind(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('id', new ZodPipe(IdParam)) id: string) {
    return this.service.vind(gebruiker, id);
  }

  @Get(':id/dossieraantekeningen')
  aantekeningen(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('id', new ZodPipe(IdParam)) id: string) {
    return this.service.aantekeningen(gebruiker, id);
  }

  /** A printable account of the deelverzoek in plain Dutch (HTML), and the same as PDF. */
  @Get(':id/verantwoording')
  @Header('content-type', 'text/html; charset=utf-8')
  async verantwoording(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Param('id', new ZodPipe(IdParam)) id: string,
  ) {
    return verantwoordingHtml(await this.service.verantwoording(gebruiker, id));
  }

  @Get(':id/verantwoording.pdf')
  async verantwoordingPdf(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Param('id', new ZodPipe(IdParam)) id: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const v = await this.service.verantwoording(gebruiker, id);
    response
      .type('application/pdf')
      .setHeader('content-disposition', 'inline; filename="verantwoording-deelverzoek.pdf"');
    return new StreamableFile(await verantwoordingPdf(v));
  }

  /** The process state as the workflow holds it (Temporal query). */
  @Get(':id/proces')
  proces(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('id', new ZodPipe(IdParam)) id: string) {
    return this.service.proces(gebruiker, id);
  }

  /** Every step of the afwegingskader: afwegingen, attempts, consent, doorbreking, verstrekking, … */
  @Post(':id/opdrachten')
  @HttpCode(200)
  @Idempotent()
  opdracht(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Param('id', new ZodPipe(IdParam)) id: string,
    @Body(new ZodPipe(OpdrachtVerzoekBody)) verzoek: OpdrachtVerzoekBody,
    @Req() request: RequestMetSleutel,
  ) {
    return this.service.voerUit(gebruiker, id, verzoek, request.idempotentieSleutel);
  }
}
