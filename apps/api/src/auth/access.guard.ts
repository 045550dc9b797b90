import { type Rol, type RouteSpec, rolLabel, rollenVan, toegestaan } from '@deelwijs/contract';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, leesCookies, SESSIE_COOKIE } from '../features/sessies/cookies';
import { csrfVoor, gelijkeTokens, SessiesService } from '../features/sessies/sessies.service';
import { routeOf } from '../http/contract';
import { problemen } from '../http/problem';
import type { Gebruiker, RequestMetGebruiker } from './gebruiker';
import { onderwerpVan, regelVoor, routeIdVan, ToegangsbeleidService } from './toegangsbeleid.service';

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

const POOL_GESLOTEN =
  'Deze collegiale toetsing ligt in de pool van uw team. U ziet het hele deelverzoek zodra u de toetsing oppakt.';
const NIET_BETROKKEN =
  'U bent niet betrokken bij dit deelverzoek. U ziet het zodra uw toetsing, akkoord of besluit erover nodig is.';

/**
 * The one place that decides who may use a route, from the contract's access policy
 * (`toegangsbeleid.ts`, a row per route and per kind of command): a public route needs nothing; any
 * other needs a session, a role the row names and, for a route about one deelverzoek, client or
 * consent, a relation to it that the row allows for that role. Changing requests also carry the
 * session's CSRF token (from the readable cookie) in a header, which another site can neither read
 * nor forge: it must be the one derived from this very session, not merely equal to a cookie. Lists
 * show only the rows the same policy allows (the services apply it to their queries).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessies: SessiesService,
    private readonly beleid: ToegangsbeleidService,
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
    await this.beslis(gebruiker, route, request);
    request.gebruiker = gebruiker;
    return true;
  }

  /** Role first (403 naming the roles), then the relation to the data (404 when none, else 403). */
  private async beslis(gebruiker: Gebruiker, route: RouteSpec, request: RequestMetGebruiker) {
    const routeId = routeIdVan(route);
    const regel = regelVoor(routeId, request.body);
    const rollen = rollenVan(regel);
    if (rollen === 'publiek') return;
    if (!gebruiker.rollen.some((r) => rollen.includes(r)))
      throw problemen.geenToegang(
        gebruiker.rollen.includes('privacy-officer') && DOSSIERROUTE.test(route.path)
          ? INZIEN_MET_REDEN
          : nodig(rollen),
      );
    const onderwerp = onderwerpVan(routeId, (request.params ?? {}) as Record<string, string>, request.body);
    if (!onderwerp) return;
    const heeft = await this.beleid.relaties(gebruiker, onderwerp);
    if (heeft && toegestaan(regel, gebruiker.rollen, heeft)) return;
    const wat = { deelverzoek: 'Dit deelverzoek', client: 'Deze cliënt', toestemming: 'Deze toestemming' };
    const zichtbaar = heeft && [...heeft].some((r) => r !== 'toezicht' && r !== 'met-reden');
    if (!zichtbaar) throw problemen.nietGevonden(wat[onderwerp.soort]);
    if (heeft.has('pool')) throw problemen.geenToegang(POOL_GESLOTEN);
    throw problemen.geenToegang(onderwerp.soort === 'deelverzoek' ? NIET_BETROKKEN : nodig(rollen));
  }
}
