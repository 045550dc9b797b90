import { Afweging1Antwoord, NieuwDeelverzoek } from '@deelwijs/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { IdParam, Paginering, pagina } from '../../http/paginering';
import { ZodPipe } from '../../http/zod.pipe';
import { DeelverzoekenService } from './deelverzoeken.service';

@Controller('deelverzoeken')
export class DeelverzoekenController {
  constructor(private readonly service: DeelverzoekenService) {}

  @Post()
  async start(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Body(new ZodPipe(NieuwDeelverzoek)) aanvraag: NieuwDeelverzoek,
    @Res({ passthrough: true }) response: Response,
  ) {
    const resultaat = await this.service.start(gebruiker, aanvraag);
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

  @Post(':id/afweging-1')
  @HttpCode(200)
  afweging1(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Param('id', new ZodPipe(IdParam)) id: string,
    @Body(new ZodPipe(Afweging1Antwoord)) antwoord: Afweging1Antwoord,
  ) {
    return this.service.beantwoordAfweging1(gebruiker, id, antwoord);
  }
}
