import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodPipe } from '../../http/zod.pipe';
import { Bijlage1Query, VersieQuery } from './handleiding.schemas';
import { HandleidingService } from './handleiding.service';

/** The handbook as data, for everyone who is logged in (any role). All accept `?versie=`. */
@Controller('handleiding')
export class HandleidingController {
  constructor(private readonly service: HandleidingService) {}

  @Get()
  index(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.index(q.versie);
  }

  @Get('afwegingen')
  afwegingen(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.afwegingen(q.versie);
  }

  @Get('afwegingen/:id')
  afweging(@Param('id') id: string, @Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.afweging(id, q.versie);
  }

  @Get('grondslagen')
  grondslagen(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.grondslagen(q.versie);
  }

  @Get('bijlage-1')
  bijlage1(@Query(new ZodPipe(Bijlage1Query)) q: Bijlage1Query) {
    return this.service.bijlage1(q);
  }

  @Get('begrippen')
  begrippen(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.begrippen(q.versie);
  }

  @Get('beroepsgeheim')
  beroepsgeheim(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.beroepsgeheim(q.versie);
  }

  @Get('vuistregels')
  vuistregels(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.vuistregels(q.versie);
  }

  @Get('vertegenwoordiging')
  vertegenwoordiging(@Query(new ZodPipe(VersieQuery)) q: VersieQuery) {
    return this.service.vertegenwoordiging(q.versie);
  }
}
