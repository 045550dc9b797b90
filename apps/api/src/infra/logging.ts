import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, maakLogger } from '@deelwijs/logging';
import { type LoggerService, RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';

/** The API's one logger: JSON lines on stdout, with the shared redaction and error serializer. */
export const apiLogger: Logger = maakLogger('api');

type Req = IncomingMessage & { originalUrl?: string; route?: { path?: string } };

/** Method, route pattern, path without query string, status and duration: nothing else of a request. */
function verzoek(req: Req, res: ServerResponse, duurMs?: number) {
  return {
    http: {
      method: req.method,
      route: req.route?.path ?? null,
      path: (req.originalUrl ?? req.url ?? '').split('?')[0],
      status: res.statusCode,
      ...(duurMs !== undefined ? { durationMs: duurMs } : {}),
    },
  };
}

/**
 * Request logging by nestjs-pino (pino-http). Its default serializers would log headers (cookies, the
 * CSRF token) and the query string; these log an allow-list only, so there is nothing to redact.
 */
export const loggingParams: Params = {
  forRoutes: [{ path: '{*pad}', method: RequestMethod.ALL }],
  pinoHttp: {
    logger: apiLogger,
    genReqId: () => randomUUID(),
    // Keep the shared serializers: pino-http would otherwise put its own in front of them (its error
    // serializer copies messages, and a failed query's message holds its parameters).
    wrapSerializers: false,
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, err) =>
      res.statusCode >= 500 || err ? (res.statusCode === 503 ? 'warn' : 'error') : 'info',
    customSuccessObject: (req, res, val: { responseTime?: number }) => verzoek(req, res, val.responseTime),
    customErrorObject: (req, res, _err, val: { responseTime?: number }) =>
      verzoek(req, res, val.responseTime),
    customSuccessMessage: (req: Req, res) => `${req.method} ${req.route?.path ?? '-'} ${res.statusCode}`,
    customErrorMessage: (req: Req, res) => `${req.method} ${req.route?.path ?? '-'} ${res.statusCode}`,
  },
};

/** Nest's own messages (start, errors at boot) in the same JSON lines; its chatty route listing is left out. */
export const nestLogger = (logger: Logger): LoggerService => {
  const schrijf =
    (niveau: 'error' | 'warn') =>
    (bericht: unknown, ...rest: unknown[]) => {
      const context = typeof rest.at(-1) === 'string' ? rest.at(-1) : undefined;
      if (bericht instanceof Error) logger[niveau]({ err: bericht, context }, 'Nest');
      else logger[niveau]({ context }, String(bericht));
    };
  return { log: () => undefined, error: schrijf('error'), warn: schrijf('warn') };
};
