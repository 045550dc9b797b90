import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { type ProblemDetails, ProblemException } from './problem';
import { alsStoring } from './storingen';

const TITELS: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund formaat',
};

/**
 * Every error leaves the API as application/problem+json with a Dutch title. A part that is away
 * (database, Temporal) answers 503 with Retry-After; anything unforeseen 500, and is logged.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext('HTTP');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const gemapt = exception instanceof ProblemException ? undefined : alsStoring(exception);
    const fout = gemapt ?? exception;
    const problem = naarProblem(fout);
    // The route and path without query string, and the error through the safe serializer: no client
    // data, parameters or tokens reach the log.
    if (problem.status >= 500 || gemapt) {
      const route = (request.route as { path?: string } | undefined)?.path;
      const regel = { status: problem.status, method: request.method, route, path: request.path };
      // A problem we raised ourselves says it all in its detail; otherwise log the error that led to it.
      const err = exception instanceof ProblemException ? exception.cause : exception;
      const metFout = { ...regel, ...(err ? { err } : {}) };
      if (problem.status === 503) this.logger.warn(metFout, `part unavailable: ${problem.detail}`);
      else if (problem.status < 500) this.logger.warn(metFout, 'the database refused a value');
      else this.logger.error({ ...regel, err: exception }, 'request failed');
    }
    if (fout instanceof ProblemException && fout.retryNa !== undefined)
      response.setHeader('retry-after', String(fout.retryNa));
    response
      .status(problem.status)
      .type('application/problem+json')
      .json({ ...problem, instance: request.path });
  }
}

/**
 * Any error as the problem the client gets (a part that is away as 503, via `alsStoring`); anything
 * unforeseen becomes a 500 that reveals nothing.
 */
export function naarProblem(exception: unknown): ProblemDetails {
  if (exception instanceof ProblemException) return exception.problem;
  const storing = alsStoring(exception);
  if (storing) return storing.problem;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return {
      type: 'about:blank',
      title: TITELS[status] ?? 'Fout',
      status,
      detail:
        status === 404
          ? 'Deze pagina of bron bestaat niet.'
          : status === 400
            ? 'Het verzoek kon niet worden gelezen (is het geldige JSON?).'
            : undefined,
    };
  }
  return {
    type: 'about:blank',
    title: 'Interne fout',
    status: 500,
    detail: 'Er ging iets mis aan onze kant. Er is niets verloren gegaan; probeer het later opnieuw.',
  };
}
