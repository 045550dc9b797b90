import { createServer, type Server } from 'node:http';
import type { State } from '@temporalio/worker';

/**
 * The worker's health for an orchestrator (Kubernetes probes): `/gezond` answers 200 while the worker
 * has not failed or stopped (else restart it), `/gereed` only while it polls its task queue (else
 * send it no traffic, e.g. while it drains on shutdown). No client data, no other routes.
 */
export function startGezondheid(poort: number, staat: () => State): Promise<Server> {
  const server = createServer((req, res) => {
    const nu = staat();
    const pad = req.url?.split('?')[0];
    const goed =
      pad === '/gezond'
        ? nu !== 'FAILED' && nu !== 'STOPPED'
        : pad === '/gereed'
          ? nu === 'RUNNING'
          : undefined;
    if (goed === undefined || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":"onbekend pad"}');
      return;
    }
    res
      .writeHead(goed ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify({ status: goed ? 'ok' : 'niet gereed', worker: nu }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(poort, () => resolve(server));
  });
}
