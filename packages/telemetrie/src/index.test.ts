import { context, propagation, trace } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { otlpTracesUrl, startTelemetrie } from './index';

describe('startTelemetrie', () => {
  const telemetrie = startTelemetrie({ dienst: 'test' });
  afterAll(() => telemetrie.stop());

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

  it('sends traces to the collector’s /v1/traces', () => {
    expect(otlpTracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
  });
});
