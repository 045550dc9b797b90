import { API_BASE_PATH } from '@deelwijs/contract';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** The API answers JSON: nothing it sends may load, run or be framed, not even its own pages. */
const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** Swagger UI: its script, stylesheet and the document, all from here. */
const DOCS_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

const basis = (directives: Record<string, string[]>) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });

/**
 * Security headers on every response (helmet): a CSP, no framing, nosniff, no Referer, HSTS (which
 * browsers ignore on plain http), and `Cache-Control: no-store`, since nearly every answer carries
 * client data and none should linger in a browser or proxy cache. Static assets set their own.
 */
export function beveiligingsHeaders() {
  const api = basis(API_CSP);
  const docs = basis(DOCS_CSP);
  const docsPad = `${API_BASE_PATH}/docs`;
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store');
    const isDocs = req.path === docsPad || req.path.startsWith(`${docsPad}/`);
    return (isDocs ? docs : api)(req, res, next);
  };
}

/** A page of our own with one fixed inline stylesheet: allow that stylesheet by its hash, nothing else. */
export const cspMetStijl = (stijlHash: string) =>
  `default-src 'none'; style-src '${stijlHash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
