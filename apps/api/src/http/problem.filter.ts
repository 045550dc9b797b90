import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type ProblemDetails, ProblemException } from './problem';

const TITELS: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund formaat',
};

/** Every error leaves the API as application/problem+json with a Dutch title. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { retryAfter, ...problem } = naarProblem(exception);
    // Path without query string: identifiers only, never client data, reach the log.
    if (problem.status >= 500)
      this.logger.error(
        `${request.method} ${request.path} → ${problem.status}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    if (retryAfter !== undefined) response.setHeader('retry-after', String(retryAfter));
    response
      .status(problem.status)
      .type('application/problem+json')
      .json({ ...problem, instance: request.path });
  }
}

/** Any error as the problem the client gets; unknown errors become a 500 that reveals nothing. */
export function naarProblem(exception: unknown): ProblemDetails {
  if (exception instanceof ProblemException) return exception.problem;
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
