#!/usr/bin/env node
// The dashboard in production: Next.js behind a small HTTP server of our own, the one place that
// knows who is really on the other end of a connection. Next itself keeps a client's own
// X-Forwarded-For, so the proxy to the API (src/app/api/[...pad]/route.ts) reads the address from
// the header set here instead, and the API throttles logins by that address.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import proxyaddr from 'proxy-addr';

/** Set by this server only; a value a client sends under this name is overwritten. */
const CLIENT_ADRES = 'x-deelwijs-client-adres';

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.DASHBOARD_PORT ?? 3000);
const hostname = process.env.DASHBOARD_HOST ?? '127.0.0.1';
// A proxy in front of the dashboard (a TLS terminator) is believed only when named here, as for the API.
const vertrouwd = (process.env.DASHBOARD_TRUST_PROXY ?? '')
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean);
const vertrouw = proxyaddr.compile(vertrouwd);

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const adres = proxyaddr(req, vertrouw);
  req.headers[CLIENT_ADRES] = adres;
  // Nothing further on sees the client's own claim about where it comes from.
  req.headers['x-forwarded-for'] = adres;
  // The trace of a request starts here: a browser does not pick the trace id of the verwerkingslog.
  delete req.headers.traceparent;
  delete req.headers.tracestate;
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`Dashboard luistert op http://${hostname}:${port}`);
});
