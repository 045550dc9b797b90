import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenTelemetry collector as far as OTLP over HTTP goes: it accepts every export (JSON or
 * protobuf) and keeps the raw bodies per signal, so a test can read what left the processes.
 */
export async function startOtlpCollector() {
  const ontvangen: Array<{ pad: string; body: string }> = [];
  const server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      // latin1 keeps every byte: names and attribute values stay readable inside protobuf too.
      ontvangen.push({ pad: req.url ?? '', body: Buffer.concat(delen).toString('latin1') });
      res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/json' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Everything exported to /v1/<signal> so far, as one string. */
    signaal: (naam: 'traces' | 'metrics') =>
      ontvangen
        .filter((o) => o.pad === `/v1/${naam}`)
        .map((o) => o.body)
        .join('\n'),
    alles: () => ontvangen.map((o) => o.body).join('\n'),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
