import { Resource } from '@opentelemetry/resources';
import { AlwaysOnSampler, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * A real TracerProvider for the dashboard's server side: always sampling, W3C trace context,
 * async-local context. It exports nothing itself; the API and worker hold the spans that matter.
 */
export function startTracing() {
  new NodeTracerProvider({
    resource: new Resource({ 'service.name': 'deelwijs-dashboard' }),
    sampler: new AlwaysOnSampler(),
  }).register();
}
