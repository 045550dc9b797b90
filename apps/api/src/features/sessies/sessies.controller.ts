import { type Inloggen, type Inlogmethoden, routes } from '@deelwijs/contract';
import { Controller, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { API_CONFIG, type ApiConfig, oidcConfig } from '../../config';
import { ContractBody, Endpoint } from '../../http/contract';
import { leesCookies, SESSIE_COOKIE, wisSessieCookies, zetSessieCookies } from './cookies';
import { SessiesService } from './sessies.service';

@Controller()
export class SessiesController {
  constructor(
    private readonly sessies: SessiesService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Endpoint(routes.inloggen)
  async logIn(
    @ContractBody(routes.inloggen) body: Inloggen,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Gebruiker> {
    const sessie = await this.sessies.logIn(body.email, body.wachtwoord, request.ip ?? 'onbekend');
    zetSessieCookies(response, sessie, this.config.SESSIE_COOKIE_SECURE);
    return sessie.gebruiker;
  }

  /** Which login buttons the dashboard shows; public, as it is needed before anyone is logged in. */
  @Endpoint(routes.inlogmethoden)
  methoden(): Inlogmethoden {
    return { wachtwoord: true, oidc: oidcConfig(this.config) !== undefined };
  }

  @Endpoint(routes.huidigeGebruiker)
  huidige(@HuidigeGebruiker() gebruiker: Gebruiker): Gebruiker {
    return gebruiker;
  }

  @Endpoint(routes.uitloggen)
  async logUit(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = leesCookies(request)[SESSIE_COOKIE];
    if (token) await this.sessies.logUit(token);
    wisSessieCookies(response);
  }

  @Endpoint(routes.overalUitloggen)
  async logOveralUit(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessies.logOveralUit(gebruiker.id);
    wisSessieCookies(response);
  }
}
