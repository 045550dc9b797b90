import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../../config';
import { leesCookies, zetSessieCookies } from '../cookies';
import { Publiek } from '../gebruiker';
import { OidcService, POGING_SECONDEN } from './oidc.service';

export const OIDC_COOKIE = 'deelwijs_oidc';
// Sent only to the return endpoint, nowhere else in the API.
const OIDC_PAD = '/api/v1/sessies/oidc';

@Controller('sessies/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Sends the browser to the organisation's provider. */
  @Get()
  @Publiek()
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
  @Get('terugkeer')
  @Publiek()
  async terugkeer(
    @Query() query: Record<string, unknown>,
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
