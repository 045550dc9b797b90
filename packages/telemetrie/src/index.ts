import { metrics } from '@opentelemetry/api';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
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
  /** Where spans and metrics go (OTLP over HTTP); without it spans are made but sent nowhere. */
  otlpEndpoint?: string | undefined;
  /** How often metrics are pushed to the collector (ms); the SDK's default is a minute. */
  metriekInterval?: number;
}

export interface Telemetrie {
  resource: Resource;
  /** What the worker hands Temporal's workflow span sink, so workflow spans go where the rest go. */
  spanProcessor: SpanProcessor;
  /** Sends what is buffered now (spans and metrics), e.g. before a graceful stop. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The OpenTelemetry SDK for one process, started once by its main: a real TracerProvider, always
 * sampling (every processing is logged, so every request needs real ids), the W3C trace context
 * propagator and async-local context. With an endpoint, spans and metrics (whatever the
 * instrumentations record on the global meter, such as HTTP server durations) are exported over OTLP;
 * the exporters then also read the standard OTEL_EXPORTER_OTLP_* variables (headers, timeout).
 */
export function startTelemetrie(opties: TelemetrieOpties): Telemetrie {
  const resource = new Resource({ 'service.name': opties.dienst });
  const spanProcessor: SpanProcessor = opties.otlpEndpoint
    ? new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpUrl(opties.otlpEndpoint, 'traces') }))
    : new NoopSpanProcessor();
  const provider = new NodeTracerProvider({
    resource,
    sampler: new AlwaysOnSampler(),
    spanProcessors: [spanProcessor],
  });
  provider.register();
  // Without an endpoint no meter provider: the API's no-op meter then costs nothing per request.
  const meters = opties.otlpEndpoint
    ? new MeterProvider({
        resource,
        readers: [
          new PeriodicExportingMetricReader({
            exporter: new OTLPMetricExporter({ url: otlpUrl(opties.otlpEndpoint, 'metrics') }),
            exportIntervalMillis: opties.metriekInterval ?? 60_000,
          }),
        ],
      })
    : undefined;
  if (meters) metrics.setGlobalMeterProvider(meters);
  return {
    resource,
    spanProcessor,
    flush: async () => {
      await Promise.all([provider.forceFlush(), meters?.forceFlush()]);
    },
    stop: async () => {
      await Promise.all([provider.shutdown(), meters?.shutdown()]);
    },
  };
}

/** OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base; each signal goes to its own /v1/<signal> (the spec's rule). */
export const otlpUrl = (basis: string, signaal: 'traces' | 'metrics'): string =>
  `${basis.replace(/\/+$/, '')}/v1/${signaal}`;
