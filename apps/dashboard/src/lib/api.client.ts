'use client';

export interface Problem {
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

/** Sends a change to the API with the CSRF token; returns the body or the problem. */
export async function apiSend<T>(
  method: 'POST' | 'DELETE',
  pad: string,
  body?: unknown,
): Promise<{ ok: true; data: T; status: number } | { ok: false; problem: Problem }> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${pad}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrfToken() ?? '') },
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
