import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { lichaamsProbleem } from './lichaam';
import { type ProblemDetails, ProblemException } from './problem';
import { alsStoring } from './storingen';

const TITELS: Record<number, { title: string; detail: string }> = {
  400: { title: 'Ongeldig verzoek', detail: 'Het verzoek kon niet worden gelezen (is het geldige JSON?).' },
  401: { title: 'Niet ingelogd', detail: 'Log in om verder te gaan.' },
  403: { title: 'Geen toegang', detail: 'U heeft hier geen toegang toe.' },
  404: { title: 'Niet gevonden', detail: 'Deze pagina of bron bestaat niet.' },
  405: { title: 'Methode niet toegestaan', detail: 'Deze bron kent deze HTTP-methode niet.' },
  413: { title: 'Verzoek te groot', detail: 'Het verzoek is groter dan de API aanneemt.' },
  415: { title: 'Niet-ondersteund formaat', detail: 'Stuur de gegevens als application/json.' },
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
  const lichaam = lichaamsProbleem(exception);
  if (lichaam) return lichaam;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const bekend = TITELS[status] ?? { title: 'Fout', detail: 'Het verzoek kon niet worden afgehandeld.' };
    return { type: 'about:blank', status, ...bekend };
  }
  return {
    type: 'about:blank',
    title: 'Interne fout',
    status: 500,
    detail: 'Er ging iets mis aan onze kant. Er is niets verloren gegaan; probeer het later opnieuw.',
  };
}
