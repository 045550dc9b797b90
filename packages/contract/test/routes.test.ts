import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type DeelverzoekView,
  documentedResponses,
  expressPath,
  findRoute,
  type PathFor,
  type RouteAt,
  type RouteSpec,
  type Routes,
  routes,
  type SuccessResponse,
  successStatus,
} from '../src';
import { openApiDocument } from '../src/openapi';

const lijst = Object.entries(routes) as Array<[string, RouteSpec]>;
const padParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('the route registry', () => {
  it('has each method and path once', () => {
    const sleutels = lijst.map(([, r]) => `${r.method} ${r.path}`);
    expect(new Set(sleutels).size).toBe(sleutels.length);
  });

  it.each(lijst)('%s: path parameters and the params schema name the same fields', (_, r) => {
    expect(Object.keys(r.request.params?.shape ?? {}).sort()).toEqual(padParams(r.path).sort());
  });

  it.each(lijst)('%s: says who may use it, and what a success is', (_, r) => {
    expect(r.roles === 'public' || r.roles.length > 0).toBe(true);
    expect(successStatus(r)).toBeGreaterThanOrEqual(200);
    // Only a change can be repeated with a key; reading is safe anyway.
    if (r.idempotent) expect(r.method).toBe('POST');
  });

  it('adds the answers every route of its kind gives', () => {
    const starten = documentedResponses(routes.deelverzoekStarten);
    expect(Object.keys(starten)).toEqual([
      '201',
      '202',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
      '503',
    ]);
    expect(starten[403]!.description).toContain('pet en beroepsgeheim'); // the route's own text wins
    expect(Object.keys(documentedResponses(routes.leeft))).toEqual(['200']);
    expect(Object.keys(documentedResponses(routes.uitloggen))).toEqual(['204', '401', '403', '503']);
  });

  it('writes paths the way Express does', () => {
    expect(expressPath('/deelverzoeken/{id}/opdrachten')).toBe('/deelverzoeken/:id/opdrachten');
  });
});

describe('findRoute', () => {
  it.each(lijst)('finds %s by a concrete path of its own', (id, r) => {
    const concreet = r.path.replace(/\{\w+\}/g, '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01');
    expect(findRoute(routes, r.method, `${concreet}?pagina=2`)?.id).toBe(id);
  });

  it('prefers literal segments, reads parameters, and knows nothing else', () => {
    expect(findRoute(routes, 'GET', '/deelverzoeken/abc/proces')).toMatchObject({
      id: 'deelverzoekProces',
      params: { id: 'abc' },
    });
    expect(findRoute(routes, 'GET', '/handleiding/afwegingen/4a')?.params).toEqual({ id: '4a' });
    expect(findRoute(routes, 'GET', '/deelverzoeken/abc/onbekend')).toBeUndefined();
    expect(findRoute(routes, 'DELETE', '/clienten')).toBeUndefined();
  });
});

describe('types from the registry', () => {
  it('resolves a concrete path to its route, the most specific one first', () => {
    expectTypeOf<RouteAt<Routes, 'GET', `/deelverzoeken/${string}`>>().toEqualTypeOf<'deelverzoekVinden'>();
    expectTypeOf<
      RouteAt<Routes, 'GET', `/deelverzoeken/${string}/proces`>
    >().toEqualTypeOf<'deelverzoekProces'>();
    expectTypeOf<RouteAt<Routes, 'GET', '/clienten?perPagina=100'>>().toEqualTypeOf<'clientenLijst'>();
    expectTypeOf<RouteAt<Routes, 'POST', '/clienten/_zoek'>>().toEqualTypeOf<'clientenZoekopdracht'>();
    expectTypeOf<RouteAt<Routes, 'POST', '/clienten'>>().toEqualTypeOf<'clientRegistreren'>();
    expectTypeOf<'/bestaat-niet'>().not.toExtend<PathFor<Routes, 'GET'>>();
    expectTypeOf<SuccessResponse<Routes['deelverzoekStarten']>>().toExtend<
      { status: 201; data: DeelverzoekView } | { status: 202; data: { id: string; geregistreerd: false } }
    >();
  });
});

describe('the generated OpenAPI document', () => {
  const document = openApiDocument();

  it('has every route as an operation named by its registry key', () => {
    const operaties = Object.entries(document.paths).flatMap(([pad, item]) =>
      Object.entries(item as Record<string, { operationId: string }>).map(
        ([method, o]) => `${o.operationId} ${method.toUpperCase()} ${pad}`,
      ),
    );
    expect(operaties.sort()).toEqual(lijst.map(([id, r]) => `${id} ${r.method} ${r.path}`).sort());
  });

  it('documents every answer of every route with its schema and the API-Version header', () => {
    for (const [, r] of lijst) {
      const operatie = (document.paths[r.path] as Record<string, { responses: Record<string, unknown> }>)[
        r.method.toLowerCase()
      ]!;
      expect(Object.keys(operatie.responses)).toEqual(Object.keys(documentedResponses(r)));
      for (const [status, antwoord] of Object.entries(operatie.responses) as Array<
        [string, { headers: object; content?: Record<string, unknown> }]
      >) {
        expect(antwoord.headers).toHaveProperty('API-Version');
        if (Number(status) >= 400)
          expect(Object.keys(antwoord.content ?? {})).toEqual(['application/problem+json']);
      }
    }
  });

  it('asks for the Idempotency-Key where a repeat is answered from the first time', () => {
    const parameters = (
      document.paths['/deelverzoeken/{id}/opdrachten'] as { post: { parameters: Array<{ name: string }> } }
    ).post.parameters;
    expect(parameters.map((p) => p.name)).toEqual(['id', 'Idempotency-Key']);
  });
});
