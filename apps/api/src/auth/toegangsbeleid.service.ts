import {
  type Beleidsregel,
  beleidVoor,
  isOpdrachtSoort,
  type Relatie,
  type RouteId,
  type RouteSpec,
  routes,
} from '@deelwijs/contract';
import { clientQueries, type DbHandle, deelverzoekQueries, toestemmingQueries } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../infra/db.provider';
import type { Gebruiker } from './gebruiker';
import { relatiesMetClient, relatiesMetDeelverzoek } from './relaties';

const idVan = new Map<RouteSpec, RouteId>(
  (Object.entries(routes) as [RouteId, RouteSpec][]).map(([id, spec]) => [spec, id]),
);
export const routeIdVan = (spec: RouteSpec): RouteId => {
  const id = idVan.get(spec);
  if (!id) throw new Error(`route outside the registry: ${spec.method} ${spec.path}`);
  return id;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The data a route is about, read from its path (or, to start a deelverzoek, its body). */
export type Onderwerp =
  | { soort: 'deelverzoek'; id: string }
  | { soort: 'client'; id: string }
  | { soort: 'toestemming'; id: string };

export function onderwerpVan(
  routeId: RouteId,
  params: Record<string, string>,
  body: unknown,
): Onderwerp | undefined {
  const path = routes[routeId].path;
  const id = params.id;
  // An id that is no uuid never reaches the database: the route's own schema answers 400.
  const geldig = (x: unknown): x is string => typeof x === 'string' && UUID.test(x);
  if (path.startsWith('/deelverzoeken/{id}')) return geldig(id) ? { soort: 'deelverzoek', id } : undefined;
  if (path.startsWith('/clienten/{id}')) return geldig(id) ? { soort: 'client', id } : undefined;
  if (path.startsWith('/toestemmingen/{id}')) return geldig(id) ? { soort: 'toestemming', id } : undefined;
  if (routeId === 'deelverzoekStarten') {
    const clientId = (body as { clientId?: unknown } | undefined)?.clientId;
    return geldig(clientId) ? { soort: 'client', id: clientId } : undefined;
  }
  return undefined;
}

/** The row that decides this request: a command is decided by the row of its kind. */
export function regelVoor(routeId: RouteId, body: unknown): Beleidsregel {
  const soort = (body as { opdracht?: { soort?: unknown } } | undefined)?.opdracht?.soort;
  return beleidVoor(routeId, routeId === 'opdrachtUitvoeren' && isOpdrachtSoort(soort) ? soort : undefined);
}

/** Reads how a person stands to the data of a request, for the AccessGuard. */
@Injectable()
export class ToegangsbeleidService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  /** The person's relations to it, or undefined when it does not exist. */
  async relaties(g: Gebruiker, onderwerp: Onderwerp): Promise<Set<Relatie> | undefined> {
    switch (onderwerp.soort) {
      case 'deelverzoek': {
        const feiten = await deelverzoekQueries(this.db.db).betrokkenheid(onderwerp.id, g.id);
        return feiten && relatiesMetDeelverzoek(g, feiten);
      }
      case 'client': {
        const client = await clientQueries(this.db.db).vind(onderwerp.id);
        return client && relatiesMetClient(g, client.team);
      }
      case 'toestemming': {
        const t = await toestemmingQueries(this.db.db).vind(onderwerp.id);
        return t && relatiesMetClient(g, t.team);
      }
    }
  }
}
