import { randomBytes } from 'node:crypto';
import { API_BASE_PATH, expressPath, type RouteSpec, routes } from '@deelwijs/contract';
import { openApiDocument } from '@deelwijs/contract/openapi';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The compiled API: Nest's dependency injection needs the decorator metadata tsc emits.
import { createApp } from '../dist/app';
import { ApiConfig } from '../dist/config';
import { loggingParams } from '../dist/infra/logging';

interface Laag {
  route?: { path: string; methods: Record<string, boolean> };
}

// Request logging is middleware for every path; Nest mounts it as a route for all methods, on the
// base path itself and below it. Those two layers are not routes of the API.
const MIDDLEWARE = new Set(
  loggingParams.forRoutes!.flatMap((r) => [
    `${API_BASE_PATH}/${typeof r === 'string' ? r : (r as { path: string }).path}`,
    `${API_BASE_PATH}$`,
  ]),
);

/** Every route Nest registered with Express, as `METHOD /path` below the base path. */
function geregistreerd(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: Laag[] } };
  return express.router.stack.flatMap((laag) => {
    if (!laag.route) return [];
    const methoden = Object.keys(laag.route.methods);
    if (methoden.length > 1 && MIDDLEWARE.has(laag.route.path)) return [];
    return methoden.map((m) => `${m.toUpperCase()} ${laag.route!.path.slice(API_BASE_PATH.length)}`);
  });
}

describe('every route Nest registers is in the registry and the OpenAPI document', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    // Nothing is reached at start: the pool and the Temporal connection are lazy.
    const config = ApiConfig.parse({
      DATABASE_URL: 'postgres://niemand@127.0.0.1:1/geen',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      DEELWIJS_PAYLOAD_KEYS: `test:${randomBytes(32).toString('base64')}`,
      DEELWIJS_DOSSIER_SLEUTEL: randomBytes(32).toString('base64'),
      DEELWIJS_VERWERKINGSLOG_SLEUTEL: randomBytes(32).toString('base64'),
    });
    app = await createApp(config);
    await app.init();
  });
  afterAll(() => app?.close());

  const registry = (Object.values(routes) as RouteSpec[]).map((r) => `${r.method} ${expressPath(r.path)}`);
  const document = Object.entries(openApiDocument().paths).flatMap(([pad, item]) =>
    Object.keys(item as object).map((m) => `${m.toUpperCase()} ${expressPath(pad)}`),
  );

  it('registers as many routes as the registry has, each once', () => {
    const nest = geregistreerd(app);
    expect(nest.length).toBeGreaterThan(30);
    expect(new Set(nest).size).toBe(nest.length);
  });

  it('has no route outside the registry', () => {
    expect(geregistreerd(app).filter((r) => !registry.includes(r))).toEqual([]);
  });

  it('has no route missing from the OpenAPI document', () => {
    expect(geregistreerd(app).filter((r) => !document.includes(r))).toEqual([]);
  });

  it('registers every route of the registry (no stale rows)', () => {
    const nest = geregistreerd(app);
    expect(registry.filter((r) => !nest.includes(r))).toEqual([]);
  });
});
