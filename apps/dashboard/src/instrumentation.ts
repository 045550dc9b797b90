/**
 * Next.js calls this once when the server starts. On the Node.js runtime it starts the OpenTelemetry
 * SDK, so the server's calls to the API (lib/trace-context.ts) carry a W3C `traceparent` and the
 * API, its workflows and activities continue the same trace.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTracing } = await import('./lib/tracing.node');
    startTracing();
  }
}
