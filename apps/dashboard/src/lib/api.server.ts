import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { apiUrl } from './config';

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string },
  ) {
    super(problem.detail ?? problem.title ?? `API antwoordde ${status}`);
  }
}

/** GET from the API on behalf of the logged-in person (server components). */
export async function apiGet<T>(pad: string): Promise<T> {
  const jar = await cookies();
  const response = await fetch(new URL(`/api/v1${pad}`, apiUrl()), {
    headers: { cookie: jar.toString(), accept: 'application/json' },
    cache: 'no-store',
  });
  if (response.status === 401) redirect('/inloggen');
  if (!response.ok) throw new ApiFout(response.status, await response.json().catch(() => ({})));
  return response.json() as Promise<T>;
}

export interface Gebruiker {
  id: string;
  naam: string;
  email: string;
  rollen: string[];
  team: string;
}

export const huidigeGebruiker = () => apiGet<Gebruiker>('/sessies/huidige');

/** A 404 (or a malformed id, 400) from the API: show the not-found page, never another team's data. */
export const bestaatNiet = (fout: unknown) =>
  fout instanceof ApiFout && (fout.status === 404 || fout.status === 400);
