import 'server-only';
import type { Gebruiker, Problem } from '@deelwijs/contract';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { type ApiPath, type GetResponse, readResponse } from './api.contract';
import { apiUrl } from './config';
import { metTraceContext } from './trace-context';

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail);
  }
}

/**
 * GET from the API on behalf of the logged-in person (server components). The path must be one of
 * the contract's routes, and the answer has that route's type.
 */
export async function apiGet<P extends ApiPath<'GET'>>(pad: P): Promise<GetResponse<NoInfer<P>>> {
  const jar = await cookies();
  const headers = new Headers({ cookie: jar.toString(), accept: 'application/json' });
  const response = await metTraceContext(`GET ${pad}`, headers, () =>
    fetch(new URL(`/api/v1${pad}`, apiUrl()), { headers, cache: 'no-store' }),
  );
  if (response.status === 401) redirect('/inloggen');
  const body = readResponse('GET', pad, response.status, await response.json().catch(() => ({})));
  if (!response.ok) throw new ApiFout(response.status, body as Problem);
  return body as GetResponse<NoInfer<P>>;
}

/** Once per request, however many components ask (the layout, the page, a refusal). */
export const huidigeGebruiker = cache((): Promise<Gebruiker> => apiGet('/sessies/huidige'));

/**
 * One GET per request however often it is asked (a page and its title both need it): the API, and
 * the toegangslog it keeps, see one read.
 */
export const eenmaal = cache(<P extends ApiPath<'GET'>>(pad: P) => apiGet(pad));

/**
 * A page's title from what the page shows, without its data (no name in the browser's history):
 * the not-found title when the API has none of it, the `anders` title when it cannot answer now.
 */
export async function titelVan<T>(lees: () => Promise<T>, titel: (t: T) => string, anders: string) {
  try {
    return titel(await lees());
  } catch (fout) {
    return bestaatNiet(fout) ? 'Pagina niet gevonden' : anders;
  }
}

/** A 404 (or a malformed id, 400) from the API: show the not-found page, never another team's data. */
export const bestaatNiet = (fout: unknown) =>
  fout instanceof ApiFout && (fout.status === 404 || fout.status === 400);
