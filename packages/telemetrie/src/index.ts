import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  NoopSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { z } from 'zod';

/** The one variable the apps read themselves; the exporter reads the other OTEL_EXPORTER_OTLP_* ones. */
export const TelemetrieConfig = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.url({ error: 'OTEL_EXPORTER_OTLP_ENDPOINT moet een URL zijn, zoals http://collector:4318' }).optional(),
  ),
});
export type TelemetrieConfig = z.infer<typeof TelemetrieConfig>;

export interface TelemetrieOpties {
  /** `service.name` of the spans: deelwijs-api, deelwijs-worker. */
  dienst: string;
  /** Where spans go (OTLP over HTTP); without it they are made but sent nowhere. */
  otlpEndpoint?: string | undefined;
}

export interface Telemetrie {
  resource: Resource;
  /** What the worker hands Temporal's workflow span sink, so workflow spans go where the rest go. */
  spanProcessor: SpanProcessor;
  stop(): Promise<void>;
}

/**
 * The OpenTelemetry SDK for one process, started once by its main: a real TracerProvider, always
 * sampling (every processing is logged, so every request needs real ids), the W3C trace context
 * propagator and async-local context. The OTLP exporter only when an endpoint is configured; it then
 * also reads the standard OTEL_EXPORTER_OTLP_* variables (headers, timeout).
 */
export function startTelemetrie(opties: TelemetrieOpties): Telemetrie {
  const resource = new Resource({ 'service.name': opties.dienst });
  const spanProcessor: SpanProcessor = opties.otlpEndpoint
    ? new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl(opties.otlpEndpoint) }))
    : new NoopSpanProcessor();
  const provider = new NodeTracerProvider({
    resource,
    sampler: new AlwaysOnSampler(),
    spanProcessors: [spanProcessor],
  });
  provider.register();
  return { resource, spanProcessor, stop: () => provider.shutdown() };
}

/** OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base; traces go to its /v1/traces (the spec's rule). */
export const otlpTracesUrl = (basis: string): string => `${basis.replace(/\/+$/, '')}/v1/traces`;
