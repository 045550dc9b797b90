import {
  documentedResponses,
  findRoute,
  type Method,
  type PathFor,
  Problem,
  type RequestBodyInput,
  type RouteAt,
  type Routes,
  routes,
  type SuccessBody,
  type SuccessResponse,
} from '@deelwijs/contract';

/** A path the API has for this method, e.g. `/deelverzoeken/${id}`; anything else does not compile. */
export type ApiPath<M extends Method> = PathFor<Routes, M>;
/** The registry entry a method and path mean. */
export type RouteFor<M extends Method, P extends string> = Routes[RouteAt<Routes, M, P>];

export type GetResponse<P extends string> = SuccessBody<RouteFor<'GET', P>>;
export type RequestInput<M extends Method, P extends string> = RequestBodyInput<RouteFor<M, P>>;
export type Verzonden<M extends Method, P extends string> =
  | ({ ok: true } & SuccessResponse<RouteFor<M, P>>)
  | { ok: false; problem: Problem };

/** In development every answer is checked against the contract; production trusts it and saves the work. */
const checked = () => process.env.NODE_ENV !== 'production';

/**
 * The body as the contract describes it for this route and status. In development a body that does
 * not match throws, naming the route and the fields, so a drift between API and dashboard shows at once.
 */
export function readResponse(method: Method, pad: string, status: number, body: unknown): unknown {
  if (!checked()) return body;
  const gevonden = findRoute(routes, method, pad);
  if (!gevonden) throw new Error(`${method} ${pad} staat niet in het routeregister van @deelwijs/contract`);
  const schema = status >= 400 ? Problem : documentedResponses(gevonden.route)[status]?.schema;
  if (status < 400 && !documentedResponses(gevonden.route)[status])
    throw new Error(`${gevonden.id}: status ${status} staat niet in het contract`);
  if (!schema) return body;
  const gelezen = schema.safeParse(body);
  if (!gelezen.success)
    throw new Error(
      `${gevonden.id} (${status}) wijkt af van het contract: ${gelezen.error.issues
        .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
        .join('; ')}`,
    );
  return body;
}
