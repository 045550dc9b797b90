import type { Gebruiker } from '@deelwijs/contract';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export type { Gebruiker, Rol } from '@deelwijs/contract';

export type RequestMetGebruiker = Request & { gebruiker?: Gebruiker };

export const HuidigeGebruiker = createParamDecorator((_: unknown, ctx: ExecutionContext): Gebruiker => {
  const gebruiker = ctx.switchToHttp().getRequest<RequestMetGebruiker>().gebruiker;
  if (!gebruiker) throw new Error('HuidigeGebruiker op een publieke route');
  return gebruiker;
});
