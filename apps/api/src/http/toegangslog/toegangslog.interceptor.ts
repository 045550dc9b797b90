import { type RouteId, type RouteSpec, routes } from '@deelwijs/contract';
import { type DbHandle, logRijen, toegangslogQueries, verwerkingslogQueries } from '@deelwijs/db';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Context, context as otelContext } from '@opentelemetry/api';
import { from, type Observable, switchMap } from 'rxjs';
import type { RequestMetGebruiker } from '../../auth/gebruiker';
import { API_CONFIG, type ApiConfig } from '../../config';
import { DB } from '../../infra/db.provider';
import { routeOf } from '../contract';
import { MET_REDEN, type Onderwerp, TOEGANG } from './toegang';
import { VERWERKING } from './verwerking';

const routeIds = new Map<RouteSpec, RouteId>(
  Object.entries(routes).map(([id, spec]) => [spec as RouteSpec, id as RouteId]),
);

type Onderwerpen = Array<{ clientId: string; deelverzoekId: string | null }>;

interface Pagina<T> {
  items: T[];
}
type DeelverzoekOpLijst = { id: string; client: { id: string } };
const perDeelverzoek = (lijst: DeelverzoekOpLijst[]): Onderwerpen =>
  lijst.map((d) => ({ clientId: d.client.id, deelverzoekId: d.id }));

/**
 * The access log (NEN 7513) and the verwerkingslog in one place: after a route in TOEGANG answered
 * successfully, one row in each per client whose data it returns or changes, linked by span_id and
 * in the request's trace, written before the answer leaves. If the row cannot be written the
 * request fails: data that cannot be accounted for is not handed out. Refused and failed requests
 * return nothing and write nothing.
 */
@Injectable()
export class ToegangslogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = routeOf(this.reflector, context);
    const handeling = spec && routeIds.get(spec);
    const onderwerp = handeling && TOEGANG[handeling];
    if (!handeling || !onderwerp) return next.handle();
    const request = context.switchToHttp().getRequest<RequestMetGebruiker>();
    // The request's span (W3C trace context from the caller, via the HTTP instrumentation), taken now.
    const verzoek = { begon: new Date(), ouder: otelContext.active() };
    return next
      .handle()
      .pipe(
        switchMap((antwoord) =>
          from(this.leg(request, handeling, onderwerp, antwoord, verzoek).then(() => antwoord)),
        ),
      );
  }

  private async leg(
    request: RequestMetGebruiker,
    handeling: RouteId,
    onderwerp: Onderwerp,
    antwoord: unknown,
    verzoek: { begon: Date; ouder: Context },
  ) {
    const gebruiker = request.gebruiker;
    if (!gebruiker) throw new Error(`access log without a user: ${handeling}`);
    const activiteit = VERWERKING[handeling];
    if (!activiteit) throw new Error(`verwerkingslog: no processing activity for ${handeling}`);
    const id = request.params.id;
    const onderwerpen = await this.onderwerpen(
      onderwerp,
      typeof id === 'string' ? id : undefined,
      antwoord,
      request.body,
    );
    // The body was validated before the handler ran; the log keeps the reason as it was given.
    const reden = MET_REDEN.has(handeling)
      ? String((request.body as { reden: unknown }).reden).trim()
      : undefined;
    const rijen = logRijen(this.config.DEELWIJS_VERWERKINGSLOG_SLEUTEL, {
      activiteit,
      handeling,
      wie: { gebruikerId: gebruiker.id, rollen: gebruiker.rollen },
      onderwerpen,
      reden,
      ...verzoek,
    });
    await verwerkingslogQueries(this.db.db).schrijf(rijen);
  }

  private async onderwerpen(
    onderwerp: Onderwerp,
    id: string | undefined,
    antwoord: unknown,
    body: unknown,
  ): Promise<Onderwerpen> {
    switch (onderwerp) {
      case 'client':
        return id ? [{ clientId: id, deelverzoekId: null }] : [];
      case 'deelverzoek': {
        if (!id) return [];
        const clientId = await toegangslogQueries(this.db.db).clientVanDeelverzoek(id);
        if (!clientId) throw new Error('access log: a deelverzoek that was just read is not there');
        return [{ clientId, deelverzoekId: id }];
      }
      case 'clientenlijst':
        return (antwoord as Pagina<{ id: string }>).items.map((c) => ({
          clientId: c.id,
          deelverzoekId: null,
        }));
      case 'deelverzoekenlijst':
        return perDeelverzoek((antwoord as Pagina<DeelverzoekOpLijst>).items);
      case 'werkvoorraad':
        return perDeelverzoek((antwoord as { deelverzoeken: DeelverzoekOpLijst[] }).deelverzoeken);
      case 'nieuweClient':
        return [{ clientId: (antwoord as { id: string }).id, deelverzoekId: null }];
      case 'nieuwDeelverzoek': {
        // Answered 202, the deelverzoek is not on file yet: the worker's row of its first step names it.
        const d = antwoord as { id: string; geregistreerd?: false };
        const deelverzoekId = d.geregistreerd === false ? null : d.id;
        return [{ clientId: (body as { clientId: string }).clientId, deelverzoekId }];
      }
      case 'overdrachten':
        return perDeelverzoek(
          (
            antwoord as { deelverzoeken: Array<DeelverzoekOpLijst & { overgedragen: boolean }> }
          ).deelverzoeken.filter((d) => d.overgedragen),
        );
      case 'teamwerk': {
        const w = antwoord as {
          casemanagers: Array<{ open: DeelverzoekOpLijst[] }>;
          zonderCasemanager: DeelverzoekOpLijst[];
        };
        return perDeelverzoek([...w.casemanagers.flatMap((c) => c.open), ...w.zonderCasemanager]);
      }
      case 'toestemming': {
        const record = antwoord as { clientId: string; gegevenIn: string };
        return [{ clientId: record.clientId, deelverzoekId: record.gegevenIn }];
      }
    }
  }
}
