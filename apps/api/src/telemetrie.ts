import { startTelemetrie, TelemetrieConfig } from '@deelwijs/telemetrie';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';

/**
 * Imported first by main, before Nest loads `http`: the HTTP instrumentation must patch it to give
 * every request a server span that continues the caller's W3C `traceparent`, and to record request
 * durations as metrics. Spans carry the URL, which never holds client data (ids and pseudonyms only);
 * bodies never reach a span.
 */
export const telemetrie = startTelemetrie({
  dienst: 'deelwijs-api',
  otlpEndpoint: TelemetrieConfig.parse(process.env).OTEL_EXPORTER_OTLP_ENDPOINT,
  metriekInterval: 10_000,
});
registerInstrumentations({ instrumentations: [new HttpInstrumentation()] });
