import express, {
  type ErrorRequestHandler,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { ProblemDetails } from './problem';

/** The largest body the API reads; a deelverzoek with all its texts stays far below it. */
export const MAX_LICHAAM = '256kb';

const TYPE = 'https://deelwijs.nl/problemen/';
const NIETS = 'Er is niets opgeslagen.';

const teGroot: ProblemDetails = {
  type: `${TYPE}te-groot`,
  title: 'Verzoek te groot',
  status: 413,
  detail: `Het verzoek is groter dan de 256 kB die de API aanneemt. ${NIETS} Stuur minder tekst in één keer.`,
};
const geenJson: ProblemDetails = {
  type: `${TYPE}niet-ondersteund-formaat`,
  title: 'Niet-ondersteund formaat',
  status: 415,
  detail: `Stuur de gegevens als JSON, met de header Content-Type: application/json. ${NIETS}`,
};
const tekenset: ProblemDetails = {
  ...geenJson,
  detail: `Deze tekenset wordt niet ondersteund. Stuur JSON in UTF-8 (Content-Type: application/json; charset=utf-8). ${NIETS}`,
};
const codering: ProblemDetails = {
  ...geenJson,
  detail: `Deze Content-Encoding wordt niet ondersteund. Stuur de gegevens ongecomprimeerd of met gzip. ${NIETS}`,
};
const onleesbaar: ProblemDetails = {
  type: 'about:blank',
  title: 'Ongeldig verzoek',
  status: 400,
  detail: `Het verzoek kon niet worden gelezen (is het geldige JSON?). ${NIETS}`,
};

/** What a body-parser error (its `type`) means for the client; undefined for any other error. */
export function lichaamsProbleem(fout: unknown): ProblemDetails | undefined {
  const soort = (fout as { type?: unknown } | null)?.type;
  if (typeof soort !== 'string') return undefined;
  return {
    'entity.too.large': teGroot,
    'charset.unsupported': tekenset,
    'encoding.unsupported': codering,
    'entity.parse.failed': onleesbaar,
    'request.aborted': onleesbaar,
    'request.size.invalid': onleesbaar,
  }[soort];
}

const stuur = (req: Request, res: Response, problem: ProblemDetails) =>
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({ ...problem, instance: req.path });

/** JSON is UTF-8 (RFC 8259); a charset parameter naming anything else is refused, not guessed at. */
const andereTekenset = (req: Request) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset);
};

const heeftLichaam = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/**
 * Reading request bodies: only JSON (415 for any other content type or a charset outside UTF-8, before
 * a byte is parsed), at most MAX_LICHAAM (413), and every refusal as a Dutch problem+json.
 */
export function leesLichamen(): Array<RequestHandler | ErrorRequestHandler> {
  return [
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD' && heeftLichaam(req)) {
        if (req.is(['application/json', 'application/*+json']) === false) return stuur(req, res, geenJson);
        if (andereTekenset(req)) return stuur(req, res, tekenset);
      }
      next();
    },
    express.json({ limit: MAX_LICHAAM, type: ['application/json', 'application/*+json'] }),
    (fout: unknown, req: Request, res: Response, next: NextFunction) => {
      const problem = lichaamsProbleem(fout);
      if (!problem) return next(fout);
      // The rest of an oversized body is read and dropped, so the client hears the answer.
      req.resume();
      stuur(req, res, problem);
    },
  ];
}
