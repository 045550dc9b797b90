import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { problemen } from '../http/problem';
import { CSRF_COOKIE, CSRF_HEADER, leesCookies, SESSIE_COOKIE } from './cookies';
import { PUBLIEK, type RequestMetGebruiker } from './gebruiker';
import { gelijkeTokens, SessieService } from './sessie.service';

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a session unless marked @Publiek(). Changing requests also carry the CSRF token
 * from the readable cookie in a header (double submit), which another site cannot read or forge.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessies: SessieService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<RequestMetGebruiker>();
    const cookies = leesCookies(request);
    const token = cookies[SESSIE_COOKIE];
    const gebruiker = token ? await this.sessies.gebruikerBij(token) : undefined;
    if (!gebruiker) throw problemen.nietIngelogd();
    if (!VEILIG.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (!gelijkeTokens(cookies[CSRF_COOKIE], typeof header === 'string' ? header : undefined)) {
        throw problemen.geenToegang(
          'Het beveiligingstoken ontbreekt of klopt niet. Vernieuw de pagina en probeer het opnieuw.',
        );
      }
    }
    request.gebruiker = gebruiker;
    return true;
  }
}
