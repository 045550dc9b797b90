import { type Rol, rolLabel } from '@deelwijs/contract';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, leesCookies, SESSIE_COOKIE } from '../features/sessies/cookies';
import { csrfVoor, gelijkeTokens, SessiesService } from '../features/sessies/sessies.service';
import { routeOf } from '../http/contract';
import { problemen } from '../http/problem';
import type { RequestMetGebruiker } from './gebruiker';

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);
const lijst = new Intl.ListFormat('nl', { type: 'disjunction' });

/** A route of the client files: the privacy officer opens those only deliberately. */
const DOSSIERROUTE = /^\/(clienten|deelverzoeken)(\/|$)/;
const INZIEN_MET_REDEN =
  'Als privacy officer opent u een dossier alleen bewust: kies bij Toezicht "Inzien met reden" en noem waarom. Dat inzien wordt vastgelegd en staat in de inzage-export van de cliënt.';

const nodig = (rollen: readonly Rol[]) =>
  rollen.length === 1
    ? `Hiervoor is de rol ${rolLabel[rollen[0]!]} nodig.`
    : `Hiervoor is een van de rollen ${lijst.format(rollen.map((r) => rolLabel[r]))} nodig.`;

/**
 * The one place that decides who may use a route, from the contract's route registry: a public route
 * needs nothing; any other needs a session and one of the route's roles. Changing requests also carry
 * the session's CSRF token (from the readable cookie) in a header, which another site can neither
 * read nor forge: it must be the one derived from this very session, not merely equal to a cookie.
 * Which rows of data a role then sees (own team, every team) is for the services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessies: SessiesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestMetGebruiker>();
    const route = routeOf(this.reflector, context);
    // A handler outside the registry has no declared access: refuse it rather than guess.
    if (!route) throw new Error(`handler without a registry route: ${request.method} ${request.path}`);
    if (route.roles === 'public') return true;
    const cookies = leesCookies(request);
    const token = cookies[SESSIE_COOKIE];
    const gebruiker = token ? await this.sessies.gebruikerBij(token) : undefined;
    if (!token || !gebruiker) throw problemen.nietIngelogd();
    if (!VEILIG.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (!gelijkeTokens(csrfVoor(token), typeof header === 'string' ? header : undefined)) {
        throw problemen.geenToegang(
          'Het beveiligingstoken ontbreekt of hoort niet bij uw sessie. Vernieuw de pagina; helpt dat niet, log dan opnieuw in.',
        );
      }
    }
    if (!gebruiker.rollen.some((r) => route.roles.includes(r)))
      throw problemen.geenToegang(
        gebruiker.rollen.includes('privacy-officer') && DOSSIERROUTE.test(route.path)
          ? INZIEN_MET_REDEN
          : nodig(route.roles),
      );
    request.gebruiker = gebruiker;
    return true;
  }
}
