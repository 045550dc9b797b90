import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otlpUrl, startTelemetrie, type Telemetrie } from './index';

/** A collector as far as OTLP over HTTP goes: it keeps what arrives, per path. */
function collector() {
  const ontvangen: Array<{ pad: string; type: string; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      ontvangen.push({ pad: req.url ?? '', type: req.headers['content-type'] ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return { server, ontvangen };
}

describe('startTelemetrie', () => {
  const { server, ontvangen } = collector();
  let telemetrie: Telemetrie;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    telemetrie = startTelemetrie({ dienst: 'test', otlpEndpoint: `http://127.0.0.1:${port}/` });
  });
  afterAll(async () => {
    await telemetrie.stop();
    await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
  });

  it('gives every span real ids (always on) and carries them as a W3C traceparent', () => {
    const span = trace.getTracer('test').startSpan('x');
    const { traceId, spanId, traceFlags } = span.spanContext();
    expect(traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
    expect(traceFlags & 1).toBe(1);
    const drager: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), drager);
    expect(drager.traceparent).toBe(`00-${traceId}-${spanId}-01`);
    span.end();
  });

  it('continues a caller’s trace from its traceparent', () => {
    const ctx = propagation.extract(context.active(), {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    const span = trace.getTracer('test').startSpan('y', {}, ctx);
    expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    span.end();
  });

  it('sends each signal to the collector’s /v1/<signal>', () => {
    expect(otlpUrl('http://collector:4318/', 'traces')).toBe('http://collector:4318/v1/traces');
    expect(otlpUrl('http://collector:4318', 'metrics')).toBe('http://collector:4318/v1/metrics');
  });

  it('exports spans and metrics over OTLP, named after the service', async () => {
    trace.getTracer('test').startSpan('aanvraag-verwerkt').end();
    metrics.getMeter('test').createCounter('deelwijs.test.teller').add(3);
    await telemetrie.flush();

    const sporen = ontvangen.filter((o) => o.pad === '/v1/traces').map((o) => o.body);
    const metingen = ontvangen.filter((o) => o.pad === '/v1/metrics').map((o) => o.body);
    expect(sporen.join('')).toContain('aanvraag-verwerkt');
    expect(metingen.join('')).toContain('deelwijs.test.teller');
    for (const body of [...sporen, ...metingen]) expect(body).toContain('"service.name"');
  });
});
