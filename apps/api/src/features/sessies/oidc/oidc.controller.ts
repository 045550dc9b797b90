import { type OidcTerugkeerQuery, routes } from '@deelwijs/contract';
import { Controller, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../../../config';
import { ContractQuery, Endpoint } from '../../../http/contract';
import { leesCookies, zetSessieCookies } from '../cookies';
import { OidcService, POGING_SECONDEN } from './oidc.service';

export const OIDC_COOKIE = 'deelwijs_oidc';
// Sent only to the return endpoint, nowhere else in the API.
const OIDC_PAD = '/api/v1/sessies/oidc';

@Controller()
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Sends the browser to the organisation's provider. */
  @Endpoint(routes.oidcBeginnen)
  async begin(@Res() response: Response): Promise<void> {
    const { url, poging } = await this.oidc.begin();
    response.cookie(OIDC_COOKIE, poging, {
      httpOnly: true,
      secure: this.config.SESSIE_COOKIE_SECURE,
      // lax: the provider sends the browser back with a top-level GET from its own site.
      sameSite: 'lax',
      path: OIDC_PAD,
      maxAge: POGING_SECONDEN * 1000,
    });
    response.setHeader('cache-control', 'no-store');
    response.redirect(302, url);
  }

  /** Where the provider sends the browser back; on success a session, then the dashboard. */
  @Endpoint(routes.oidcTerugkeer)
  async terugkeer(
    @ContractQuery(routes.oidcTerugkeer) query: OidcTerugkeerQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // Single use, whatever the outcome.
    response.clearCookie(OIDC_COOKIE, { path: OIDC_PAD });
    response.setHeader('cache-control', 'no-store');
    const sessie = await this.oidc.terugkeer(query, leesCookies(request)[OIDC_COOKIE]);
    zetSessieCookies(response, sessie, this.config.SESSIE_COOKIE_SECURE);
    response.redirect(302, '/');
  }
}
