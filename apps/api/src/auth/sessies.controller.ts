import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig, oidcConfig } from '../config';
import { ZodPipe } from '../http/zod.pipe';
import { CSRF_COOKIE, leesCookies, SESSIE_COOKIE, zetSessieCookies } from './cookies';
import { type Gebruiker, HuidigeGebruiker, Publiek } from './gebruiker';
import { SessieService } from './sessie.service';

export const Inloggen = z.object({
  email: z.email('Vul een geldig e-mailadres in.'),
  wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200, 'Dit wachtwoord is te lang.'),
});

@Controller('sessies')
export class SessiesController {
  constructor(
    private readonly sessies: SessieService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Post()
  @Publiek()
  async logIn(
    @Body(new ZodPipe(Inloggen)) body: z.infer<typeof Inloggen>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Gebruiker> {
    const sessie = await this.sessies.logIn(body.email, body.wachtwoord, request.ip ?? 'onbekend');
    zetSessieCookies(response, sessie, this.config.SESSIE_COOKIE_SECURE);
    response.status(201);
    return sessie.gebruiker;
  }

  /** Which login buttons the dashboard shows; public, as it is needed before anyone is logged in. */
  @Get('methoden')
  @Publiek()
  methoden(): { wachtwoord: true; oidc: boolean } {
    return { wachtwoord: true, oidc: oidcConfig(this.config) !== undefined };
  }

  @Get('huidige')
  huidige(@HuidigeGebruiker() gebruiker: Gebruiker): Gebruiker {
    return gebruiker;
  }

  @Delete('huidige')
  @HttpCode(204)
  async logUit(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = leesCookies(request)[SESSIE_COOKIE];
    if (token) await this.sessies.logUit(token);
    response.clearCookie(SESSIE_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }
}
