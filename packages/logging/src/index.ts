import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { veiligeFout } from './fouten';

export type { Logger } from 'pino';
export * from './fouten';

/**
 * Keys whose values never reach a log line, wherever they appear (one level deep, and in request
 * objects). The request and response serializers of the API already log an allow-list only; this is
 * the second line of defence for anything a developer passes in by hand.
 */
export const REDACTIE_PADEN = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.query',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'cookie',
  'cookies',
  'authorization',
  'wachtwoord',
  'password',
  'token',
  'csrf',
  'params',
  'body',
  '*.cookie',
  '*.cookies',
  '*.authorization',
  '*.wachtwoord',
  '*.password',
  '*.token',
  '*.csrf',
  '*.idToken',
  '*.id_token',
  '*.accessToken',
  '*.access_token',
  '*.params',
  '*.body',
];

export const VERBORGEN = '[verborgen]';

/** The one logger configuration of Deelwijs: JSON lines, ISO time, redaction, safe errors. */
export function loggerOpties(app: string, niveau = process.env.LOG_LEVEL ?? 'info'): LoggerOptions {
  return {
    level: niveau,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTIE_PADEN, censor: VERBORGEN },
    serializers: { err: (e: unknown) => veiligeFout(e), error: (e: unknown) => veiligeFout(e) },
  };
}

/** A logger for one app; tests pass a destination to read what would be written. */
export function maakLogger(
  app: string,
  opties: { niveau?: string; bestemming?: DestinationStream } = {},
): Logger {
  const config = loggerOpties(app, opties.niveau);
  return opties.bestemming ? pino(config, opties.bestemming) : pino(config);
}
