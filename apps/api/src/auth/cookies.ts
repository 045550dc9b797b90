import type { Request } from 'express';

export const SESSIE_COOKIE = 'deelwijs_sessie';
export const CSRF_COOKIE = 'deelwijs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function leesCookies(request: Request): Record<string, string> {
  const header = request.headers.cookie;
  if (!header) return {};
  return Object.fromEntries(
    header.split(';').flatMap((deel) => {
      const i = deel.indexOf('=');
      if (i < 0) return [];
      try {
        return [[deel.slice(0, i).trim(), decodeURIComponent(deel.slice(i + 1).trim())]];
      } catch {
        return [];
      }
    }),
  );
}
