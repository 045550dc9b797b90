import type { Request, Response } from 'express';

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

/** Both login paths end here, so a session cookie is always set the same way. */
export function zetSessieCookies(
  response: Response,
  sessie: { token: string; csrf: string; verlooptOp: Date },
  secure: boolean,
): void {
  const basis = { secure, sameSite: 'lax' as const, path: '/', expires: sessie.verlooptOp };
  response.cookie(SESSIE_COOKIE, sessie.token, { ...basis, httpOnly: true });
  // Readable by the dashboard's script on purpose: it echoes it in the X-CSRF-Token header.
  response.cookie(CSRF_COOKIE, sessie.csrf, { ...basis, httpOnly: false });
}

export function wisSessieCookies(response: Response): void {
  response.clearCookie(SESSIE_COOKIE, { path: '/' });
  response.clearCookie(CSRF_COOKIE, { path: '/' });
}
