import { context, propagation, SpanKind, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('@deelwijs/dashboard');
const zetter = { set: (h: Headers, naam: string, waarde: string) => h.set(naam, waarde) };

/**
 * A server-side call to the API in a client span of its own, its W3C trace context in `headers`
 * (`traceparent`), so the API's verwerkingslog rows are in the trace of the page that asked.
 */
export function metTraceContext<T>(naam: string, headers: Headers, roep: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(naam, { kind: SpanKind.CLIENT }, async (span) => {
    try {
      propagation.inject(context.active(), headers, zetter);
      return await roep();
    } finally {
      span.end();
    }
  });
}
