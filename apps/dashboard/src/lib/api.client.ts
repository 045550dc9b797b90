'use client';

import type { Method, Problem } from '@deelwijs/contract';
import { useRef } from 'react';
import type { ApiPath, RequestInput, Verzonden } from './api.contract';

const csrfToken = () =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('deelwijs_csrf='))
    ?.slice('deelwijs_csrf='.length);

const nieuweSleutel = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

type Wijziging = 'POST' | 'DELETE';

/**
 * In development every answer is checked against the contract. The check needs the whole route
 * registry and its schemas, so it is loaded only then: the build drops the branch, and the browser
 * never downloads the registry (issue 14: it was most of the werkvoorraad's JavaScript).
 */
async function gelezen(method: Method, pad: string, status: number, body: unknown): Promise<unknown> {
  if (process.env.NODE_ENV === 'production') return body;
  const { readResponse } = await import('./api.contract');
  return readResponse(method, pad, status, body);
}

const noConnection: Problem = {
  type: 'about:blank',
  title: 'Geen verbinding',
  status: 0,
  detail: 'Controleer uw verbinding en probeer het opnieuw. Uw invoer staat er nog.',
};

/**
 * Sends a change to the API with the CSRF token and an Idempotency-Key (a fresh one unless the caller
 * retries with the key of an earlier, unanswered attempt); returns the body or the problem. The path
 * and body must fit a route of the contract, and the answer has that route's type.
 */
export async function apiSend<M extends Wijziging, P extends ApiPath<M>>(
  method: M,
  pad: P,
  body?: RequestInput<M, P>,
  sleutel: string = nieuweSleutel(),
): Promise<Verzonden<M, P>> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${pad}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': decodeURIComponent(csrfToken() ?? ''),
        ...(method === 'POST' ? { 'idempotency-key': sleutel } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, problem: noConnection };
  }
  const data: unknown = response.status === 204 ? undefined : await response.json().catch(() => ({}));
  const antwoord = await gelezen(method, pad, response.status, data);
  return (
    response.ok
      ? { ok: true, data: antwoord, status: response.status }
      : { ok: false, problem: antwoord as Problem }
  ) as Verzonden<M, P>;
}

/**
 * One key per intended change: a second click or a retry after a lost answer reuses it, so the
 * change happens once; after a definite answer the next submission gets a new key.
 */
export function useVerzending() {
  const sleutel = useRef<string | undefined>(undefined);
  return async function verzend<M extends Wijziging, P extends ApiPath<M>>(
    method: M,
    pad: P,
    body?: RequestInput<M, P>,
  ): Promise<Verzonden<M, P>> {
    sleutel.current ??= nieuweSleutel();
    const resultaat = await apiSend(method, pad, body, sleutel.current);
    const onzeker = !resultaat.ok && (resultaat.problem.status === 0 || resultaat.problem.status >= 500);
    const bezig = !resultaat.ok && resultaat.problem.type.endsWith('/verzoek-in-behandeling');
    if (!onzeker && !bezig) sleutel.current = undefined;
    return resultaat;
  };
}

/** Reads a route of the contract from the browser; the body, or the problem (also without a connection). */
export async function apiLees<P extends ApiPath<'GET'>>(pad: P): Promise<Verzonden<'GET', P>> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${pad}`, { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, problem: noConnection };
  }
  const data: unknown = await response.json().catch(() => ({}));
  const antwoord = await gelezen('GET', pad, response.status, data);
  return (
    response.ok
      ? { ok: true, data: antwoord, status: response.status }
      : { ok: false, problem: antwoord as Problem }
  ) as Verzonden<'GET', P>;
}
