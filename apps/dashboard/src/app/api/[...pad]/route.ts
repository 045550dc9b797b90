import type { NextRequest } from 'next/server';
import { apiUrl } from '@/lib/config';

// The browser talks to the API through the dashboard's own origin, so the session cookie stays
// first-party and no CORS is needed. Only the headers the API uses are passed on.
const DOOR = ['content-type', 'cookie', 'x-csrf-token', 'accept', 'idempotency-key'];
// …and back: what a retrying client needs to know (when to retry, that an answer is a repeat).
const TERUG = ['content-type', 'location', 'api-version', 'retry-after', 'idempotent-replayed'];

async function proxy(request: NextRequest, { params }: { params: Promise<{ pad: string[] }> }) {
  const { pad } = await params;
  const doel = new URL(`/api/${pad.map(encodeURIComponent).join('/')}${request.nextUrl.search}`, apiUrl());
  const headers = new Headers();
  for (const naam of DOOR) {
    const waarde = request.headers.get(naam);
    if (waarde) headers.set(naam, waarde);
  }
  headers.set('x-forwarded-for', request.headers.get('x-forwarded-for') ?? '127.0.0.1');
  let antwoord: Response;
  try {
    antwoord = await fetch(doel, {
      method: request.method,
      headers,
      body: ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch {
    return Response.json(
      {
        type: 'about:blank',
        title: 'API niet bereikbaar',
        status: 502,
        detail: 'De Deelwijs-API reageert niet. Probeer het zo opnieuw; er is niets verloren gegaan.',
      },
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );
  }
  const uit = new Headers();
  for (const naam of TERUG) {
    const waarde = antwoord.headers.get(naam);
    if (waarde) uit.set(naam, waarde);
  }
  for (const cookie of antwoord.headers.getSetCookie()) uit.append('set-cookie', cookie);
  return new Response(antwoord.status === 204 ? null : await antwoord.arrayBuffer(), {
    status: antwoord.status,
    headers: uit,
  });
}

export { proxy as DELETE, proxy as GET, proxy as PATCH, proxy as POST, proxy as PUT };
