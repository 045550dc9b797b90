import { Advies, advies, adviesJsonSchema, Situatie } from '@deelwijs/domain';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ZodPipe } from '../../http/zod.pipe';

/**
 * The afwegingskader as a stateless service: another case system describes a situation and gets the
 * route, the next step, who must consent and what may not be shared. Nothing is stored.
 */
@Controller('advies')
export class AdviesController {
  @Post()
  @HttpCode(200)
  geefAdvies(@Body(new ZodPipe(Situatie)) situatie: Situatie): Advies {
    return advies(situatie);
  }

  /** The input and output as JSON Schema, so callers can validate before they ask. */
  @Get('schema')
  schema() {
    return adviesJsonSchema;
  }
}
