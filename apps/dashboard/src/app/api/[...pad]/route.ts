import type { NextRequest } from 'next/server';
import { apiUrl } from '@/lib/config';
import { metTraceContext } from '@/lib/trace-context';

// The browser talks to the API through the dashboard's own origin, so the session cookie stays
// first-party and no CORS is needed. Only the headers the API uses are passed on.
const DOOR = ['content-type', 'cookie', 'x-csrf-token', 'accept', 'idempotency-key'];
// …and back: what a retrying client needs to know (when to retry, that an answer is a repeat), and
// how the browser must treat the answer (never cached; the API's own CSP for its HTML; a download's
// file name).
const TERUG = [
  'content-type',
  'location',
  'api-version',
  'retry-after',
  'idempotent-replayed',
  'cache-control',
  'content-security-policy',
  'content-disposition',
];
/** The peer's address as server.mjs saw it; a client's own X-Forwarded-For is never passed on. */
const CLIENT_ADRES = 'x-deelwijs-client-adres';

/** A body the API would refuse anyway (it takes 256 kB) is not read into memory here either. */
const MAX_LICHAAM = 256 * 1024;

const probleem = (status: number, title: string, detail: string) =>
  Response.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } },
  );

async function proxy(request: NextRequest, { params }: { params: Promise<{ pad: string[] }> }) {
  const { pad } = await params;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_LICHAAM)
    return probleem(
      413,
      'Verzoek te groot',
      'Het verzoek is groter dan de 256 kB die de API aanneemt. Er is niets opgeslagen. Stuur minder tekst in één keer.',
    );
  const doel = new URL(`/api/${pad.map(encodeURIComponent).join('/')}${request.nextUrl.search}`, apiUrl());
  const headers = new Headers();
  for (const naam of DOOR) {
    const waarde = request.headers.get(naam);
    if (waarde) headers.set(naam, waarde);
  }
  const adres = request.headers.get(CLIENT_ADRES);
  if (adres) headers.set('x-forwarded-for', adres);
  let antwoord: Response;
  try {
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    // In the trace of this request (server.mjs drops a traceparent the browser sends).
    antwoord = await metTraceContext(`${request.method} /api/${pad[0] ?? ''}`, headers, () =>
      fetch(doel, { method: request.method, headers, body, redirect: 'manual', cache: 'no-store' }),
    );
  } catch {
    return probleem(
      502,
      'API niet bereikbaar',
      'De Deelwijs-API reageert niet. Probeer het zo opnieuw; er is niets verloren gegaan.',
    );
  }
  const uit = new Headers();
  for (const naam of TERUG) {
    const waarde = antwoord.headers.get(naam);
    if (waarde) uit.set(naam, waarde);
  }
  for (const cookie of antwoord.headers.getSetCookie()) uit.append('set-cookie', cookie);
  if (!uit.has('cache-control')) uit.set('cache-control', 'no-store');
  return new Response(antwoord.status === 204 ? null : await antwoord.arrayBuffer(), {
    status: antwoord.status,
    headers: uit,
  });
}

export { proxy as DELETE, proxy as GET, proxy as PATCH, proxy as POST, proxy as PUT };
