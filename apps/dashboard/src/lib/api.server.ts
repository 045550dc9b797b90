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

/** A 404 (or a malformed id, 400) from the API: show the not-found page, never another team's data. */
export const bestaatNiet = (fout: unknown) =>
  fout instanceof ApiFout && (fout.status === 404 || fout.status === 400);
