import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpCollector } from './support/otlp-collector';
import { logIn, startStack } from './support/stack';

// Issue 14: traces and metrics leave the API and the worker over OTLP, to the collector the
// environment names — and client data never does.

describe('OpenTelemetry over OTLP', () => {
  let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
  let stack: Awaited<ReturnType<typeof startStack>>;

  beforeAll(async () => {
    collector = await startOtlpCollector();
    stack = await startStack({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
  });
  afterAll(async () => {
    await stack?.stop();
    await collector?.stop();
  });

  it("exports the API's request spans and durations and the worker's Temporal metrics, without client data", async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const traceId = randomBytes(16).toString('hex');
    const naam = `Otto Telemetrie ${randomBytes(3).toString('hex')}`;
    const response = await eva.post(
      '/clienten',
      { naam, geboortedatum: '1970-03-14' },
      { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } },
    );
    expect(response.status).toBe(201);

    // Both processes push every 10 s; the spans go in batches of at most 5 s.
    await expect
      .poll(() => collector.signaal('traces'), { timeout: 30_000, interval: 500 })
      .toContain(traceId);
    await expect
      .poll(() => collector.signaal('metrics'), { timeout: 30_000, interval: 500 })
      .toContain('http.server.duration');
    await expect
      .poll(() => collector.signaal('metrics'), { timeout: 30_000, interval: 500 })
      .toMatch(/temporal_[a-z_]+/);
    expect(collector.signaal('traces')).toContain('deelwijs-api');

    expect(collector.alles()).not.toContain(naam);
    expect(collector.alles()).not.toContain(eva.geheimen.sessie);
  });
});
