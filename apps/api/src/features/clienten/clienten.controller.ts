import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { Idempotent, type RequestMetSleutel } from '../../http/idempotentie/idempotent';
import { IdParam, Paginering, pagina } from '../../http/paginering';
import { ZodPipe } from '../../http/zod.pipe';
import { ClientenZoeken, NieuweClient } from './clienten.schemas';
import { ClientenService } from './clienten.service';

const Lijst = Paginering.extend(ClientenZoeken.shape);

@Controller('clienten')
export class ClientenController {
  constructor(private readonly service: ClientenService) {}

  /** The clients of the caller's own team (need to know), searchable by name or pseudonym. */
  @Get()
  async lijst(@HuidigeGebruiker() gebruiker: Gebruiker, @Query(new ZodPipe(Lijst)) q: typeof Lijst._output) {
    const { items, totaal } = await this.service.lijst(gebruiker, q.zoek || undefined, q.pagina, q.perPagina);
    return pagina('/api/v1/clienten', q, items, totaal);
  }

  @Post()
  @Idempotent()
  async maak(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Body(new ZodPipe(NieuweClient)) invoer: NieuweClient,
    @Req() request: RequestMetSleutel,
    @Res({ passthrough: true }) response: Response,
  ) {
    const client = await this.service.maak(gebruiker, invoer, request.idempotentieSleutel);
    response.location(`/api/v1/clienten/${client.id}`).status(201);
    return client;
  }

  @Get(':id')
  vind(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('id', new ZodPipe(IdParam)) id: string) {
    return this.service.vind(gebruiker, id);
  }

  /** The client file: a timeline of every dossieraantekening, across deelverzoeken. */
  @Get(':id/dossieraantekeningen')
  dossier(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('id', new ZodPipe(IdParam)) id: string) {
    return this.service.dossier(gebruiker, id);
  }
}
