// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { metTraceContext } from './trace-context';
import { startTracing } from './tracing.node';

describe('metTraceContext', () => {
  startTracing();
  afterAll(async () => {
    const { trace } = await import('@opentelemetry/api');
    trace.disable();
  });

  it('sends a W3C traceparent of a real, sampled span with the call', async () => {
    const headers = new Headers();
    await metTraceContext('GET /clienten', headers, async () => undefined);
    expect(headers.get('traceparent')).toMatch(/^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01$/);
  });

  it('gives each call its own span', async () => {
    const [a, b] = [new Headers(), new Headers()];
    await metTraceContext('a', a, async () => undefined);
    await metTraceContext('b', b, async () => undefined);
    expect(a.get('traceparent')).not.toBe(b.get('traceparent'));
  });
});
