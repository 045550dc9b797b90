import type { z } from 'zod';
import type { Rol } from './schemas/rollen';

export type Method = 'GET' | 'POST' | 'DELETE';

/** Who may use a route: nobody needs a session ('public'), or a session with one of these roles. */
export type Roles = 'public' | readonly Rol[];

export type MediaType = 'application/json' | 'text/html' | 'text/javascript' | 'application/pdf';

/** Response headers a route sets itself; API-Version is on every response and needs no mention. */
export type ResponseHeader = 'Location' | 'Retry-After';

export interface ResponseSpec {
  description: string;
  /** The JSON body. A problem (status 400 and up) always has the Problem schema. */
  schema?: z.ZodType;
  /** Defaults to JSON when there is a schema; problems are application/problem+json. */
  mediaType?: MediaType;
  headers?: readonly ResponseHeader[];
}

export interface RequestSpec {
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
}

export type Tag =
  | 'Sessies'
  | 'Cliënten'
  | 'Deelverzoeken'
  | 'Werkvoorraad'
  | 'Toezicht'
  | 'Dossiercontrole'
  | 'Advies'
  | 'Handleiding'
  | 'Gebruikers'
  | 'Beheer'
  | 'Gezondheid'
  | 'Documentatie';

/** One row of the route registry: everything the API, the document and the dashboard know of a route. */
export interface RouteSpec {
  method: Method;
  /** Below the API's base path /api/v1, with {name} for a path parameter. */
  path: `/${string}`;
  summary: string;
  description?: string;
  tag: Tag;
  roles: Roles;
  /** A POST that creates or changes something: it honours an Idempotency-Key header. */
  idempotent: boolean;
  request: RequestSpec;
  /** The answers this route gives on purpose; the standard problems are added by `documentedResponses`. */
  responses: Readonly<Partial<Record<number, ResponseSpec>>>;
}

/** Keeps the literal method, path and schemas of an entry, so clients can be typed from it. */
export const route = <const R extends RouteSpec>(spec: R): R => spec;

export const json = <S extends z.ZodType>(
  description: string,
  schema: S,
  headers?: readonly ResponseHeader[],
): { description: string; schema: S; headers?: readonly ResponseHeader[] } =>
  headers ? { description, schema, headers } : { description, schema };

const described = (description: string, headers?: readonly ResponseHeader[]): ResponseSpec =>
  headers ? { description, headers } : { description };

/** A problem (status 400 and up); its body is always the Problem schema. */
export const problem = described;

/** An answer without a body: 204, or a redirect with its Location. */
export const noBody = described;

export const isSuccess = (status: number) => status >= 200 && status < 400;

/** Whether the request has anything to validate (and so may be answered 400). */
export const takesInput = (spec: RouteSpec) =>
  spec.method !== 'GET' && spec.method !== 'DELETE'
    ? true
    : Boolean(spec.request.params || spec.request.query || spec.request.body);

/**
 * The route's own answers plus the ones the API gives for every route of its kind: 400 for input
 * (the schemas and the control-character check), 413/415 for a body too large or not JSON in UTF-8,
 * 401/403 behind a session, 503 while a part is away, and for idempotent routes a key in use (409) or
 * reused for another request (422).
 */
export function documentedResponses(spec: RouteSpec): Record<number, ResponseSpec> {
  const standard: Record<number, ResponseSpec> = {};
  if (takesInput(spec)) standard[400] = problem('Ongeldige invoer; `fouten` noemt de velden');
  if (spec.request.body) {
    standard[413] = problem('De body is groter dan de API aanneemt (256 kB)');
    standard[415] = problem('De body is geen JSON in UTF-8 (Content-Type: application/json)');
  }
  if (spec.roles !== 'public') {
    standard[401] = problem('Niet ingelogd');
    standard[403] = problem(
      spec.method === 'GET'
        ? 'Uw rol geeft hier geen toegang'
        : 'Uw rol geeft hier geen toegang, of het CSRF-token ontbreekt',
    );
    standard[503] = problem(
      'Database of Temporal even niet bereikbaar; probeer het na Retry-After seconden opnieuw',
      ['Retry-After'],
    );
  }
  if (spec.idempotent) {
    standard[409] = problem('Hetzelfde verzoek (dezelfde Idempotency-Key) wordt nog verwerkt', [
      'Retry-After',
    ]);
    standard[422] = problem('Deze Idempotency-Key hoort bij een ander verzoek');
  }
  const own = Object.fromEntries(
    Object.entries(spec.responses).filter((e): e is [string, ResponseSpec] => e[1] !== undefined),
  );
  return Object.fromEntries(
    Object.entries({ ...standard, ...own }).sort(([a], [b]) => Number(a) - Number(b)),
  ) as Record<number, ResponseSpec>;
}

/** The status a route answers when all goes well (its lowest documented 2xx or 3xx). */
export function successStatus(spec: RouteSpec): number {
  const statuses = Object.keys(spec.responses).map(Number).filter(isSuccess);
  if (statuses.length === 0) throw new Error(`${spec.method} ${spec.path} documents no success`);
  return Math.min(...statuses);
}

/** `/deelverzoeken/{id}` as Express (and Nest) write it: `/deelverzoeken/:id`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

const segments = (path: string) => path.split('?')[0]!.split('/').filter(Boolean);

/**
 * The route a concrete request path belongs to (`/deelverzoeken/5c…/proces`), or undefined. A literal
 * segment beats a parameter, so `/x/{id}` never swallows `/x/nieuw`.
 */
export function findRoute<R extends RouteSpec>(
  registry: Readonly<Record<string, R>>,
  method: Method,
  path: string,
): { id: string; route: R; params: Record<string, string> } | undefined {
  const parts = segments(path);
  let best: { id: string; route: R; params: Record<string, string>; literals: number } | undefined;
  for (const [id, spec] of Object.entries(registry)) {
    if (spec.method !== method) continue;
    const pattern = segments(spec.path);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const fits = pattern.every((p, i) => {
      const name = /^\{(\w+)\}$/.exec(p)?.[1];
      if (name) {
        params[name] = decode(parts[i]!);
        return true;
      }
      literals++;
      return p === parts[i];
    });
    if (fits && (!best || literals > best.literals)) best = { id, route: spec, params, literals };
  }
  return best && { id: best.id, route: best.route, params: best.params };
}

// --- Types for the ones who call a route (the dashboard) and the one who answers it (the API). ---

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;

export type RequestParams<R extends RouteSpec> = Output<R['request']['params']>;
export type RequestQuery<R extends RouteSpec> = Output<R['request']['query']>;
export type RequestBody<R extends RouteSpec> = Output<R['request']['body']>;
/** What a caller may send: defaults may be left out. */
export type RequestBodyInput<R extends RouteSpec> = Input<R['request']['body']>;

type SuccessStatuses<R extends RouteSpec> = {
  [S in keyof R['responses']]: S extends number ? (`${S}` extends `2${string}` ? S : never) : never;
}[keyof R['responses']];

/** The body of one documented answer; undefined for one without a JSON body (204, HTML, PDF). */
export type ResponseBody<R extends RouteSpec, S extends keyof R['responses']> = R['responses'][S] extends {
  schema: infer T;
}
  ? Output<T>
  : undefined;

/** Every successful answer as `{ status, data }`, so a caller can tell 201 from 202. */
export type SuccessResponse<R extends RouteSpec> = {
  [S in SuccessStatuses<R>]: { status: S; data: ResponseBody<R, S> };
}[SuccessStatuses<R>];

/** What a handler returns: the body of any of its successful answers. */
export type SuccessBody<R extends RouteSpec> = SuccessResponse<R>['data'];

/** `/deelverzoeken/{id}` as the type of a concrete path, `/deelverzoeken/${string}`. */
export type ConcretePath<P extends string> = P extends `${infer Before}{${string}}${infer After}`
  ? `${Before}${string}${ConcretePath<After>}`
  : P;

type PathsOf<R extends RouteSpec> = R['method'] extends 'GET'
  ? ConcretePath<R['path']> | `${ConcretePath<R['path']>}?${string}`
  : ConcretePath<R['path']>;

/** The routes of a registry that a method and a concrete path can mean. */
type Matches<Reg extends Record<string, RouteSpec>, M extends Method, P extends string> = {
  [K in keyof Reg]: Reg[K]['method'] extends M ? (P extends PathsOf<Reg[K]> ? K : never) : never;
}[keyof Reg];

/** Of the matching routes the most specific: `/x/{id}/proces` rather than `/x/{id}` for `/x/1/proces`. */
type MostSpecific<Reg extends Record<string, RouteSpec>, Ks extends keyof Reg> = {
  [K in Ks]: {
    [L in Exclude<Ks, K>]: ConcretePath<Reg[L]['path']> extends ConcretePath<Reg[K]['path']> ? L : never;
  }[Exclude<Ks, K>] extends never
    ? K
    : never;
}[Ks];

export type RouteAt<Reg extends Record<string, RouteSpec>, M extends Method, P extends string> = MostSpecific<
  Reg,
  Matches<Reg, M, P>
>;

/** Every concrete path a registry accepts for a method; a path outside it does not compile. */
export type PathFor<Reg extends Record<string, RouteSpec>, M extends Method> = {
  [K in keyof Reg]: Reg[K]['method'] extends M ? PathsOf<Reg[K]> : never;
}[keyof Reg];
