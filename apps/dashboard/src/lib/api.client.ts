'use client';

import { useRef } from 'react';

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  fouten?: Array<{ pad: string; bericht: string }>;
  overtredingen?: Array<{ code: string; bericht: string; bron: string }>;
}

const csrfToken = () =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('deelwijs_csrf='))
    ?.slice('deelwijs_csrf='.length);

export type Verzonden<T> = { ok: true; data: T; status: number } | { ok: false; problem: Problem };

const nieuweSleutel = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Sends a change to the API with the CSRF token and an Idempotency-Key (a fresh one unless the caller
 * retries with the key of an earlier, unanswered attempt); returns the body or the problem.
 */
export async function apiSend<T>(
  method: 'POST' | 'DELETE',
  pad: string,
  body?: unknown,
  sleutel: string = nieuweSleutel(),
): Promise<Verzonden<T>> {
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
    return {
      ok: false,
      problem: {
        title: 'Geen verbinding',
        status: 0,
        detail: 'Controleer uw verbinding en probeer het opnieuw. Uw invoer staat er nog.',
      },
    };
  }
  if (response.status === 204) return { ok: true, data: undefined as T, status: 204 };
  const data = await response.json().catch(() => ({}));
  return response.ok
    ? { ok: true, data: data as T, status: response.status }
    : { ok: false, problem: data as Problem };
}

/**
 * One key per intended change: a second click or a retry after a lost answer reuses it, so the
 * change happens once; after a definite answer the next submission gets a new key.
 */
export function useVerzending() {
  const sleutel = useRef<string | undefined>(undefined);
  return async function verzend<T>(method: 'POST' | 'DELETE', pad: string, body?: unknown) {
    sleutel.current ??= nieuweSleutel();
    const resultaat = await apiSend<T>(method, pad, body, sleutel.current);
    const onzeker = !resultaat.ok && (resultaat.problem.status === 0 || resultaat.problem.status >= 500);
    const bezig = !resultaat.ok && resultaat.problem.type?.endsWith('/verzoek-in-behandeling');
    if (!onzeker && !bezig) sleutel.current = undefined;
    return resultaat;
  };
}
