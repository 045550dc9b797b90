import { type Logger as Logboek, maakLogger } from '@deelwijs/logging';
import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';

/** The worker's one logger: JSON lines on stdout, with the shared redaction and error serializer. */
export const workerLogger: Logboek = maakLogger('worker');

const NIVEAUS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * The Temporal SDK's logger (worker, workflow and activity context, and core's forwarded lines) into
 * pino. Its metadata names workflows and activities by id and type; an `error` goes through the safe
 * serializer, so a failed query's parameters never reach the log.
 */
export class TemporalNaarPino implements Logger {
  constructor(private readonly logger: Logboek) {}

  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    this.logger[NIVEAUS[level] ?? 'info'](meta ?? {}, message);
  }
  trace(message: string, meta?: LogMetadata) {
    this.log('TRACE', message, meta);
  }
  debug(message: string, meta?: LogMetadata) {
    this.log('DEBUG', message, meta);
  }
  info(message: string, meta?: LogMetadata) {
    this.log('INFO', message, meta);
  }
  warn(message: string, meta?: LogMetadata) {
    this.log('WARN', message, meta);
  }
  error(message: string, meta?: LogMetadata) {
    this.log('ERROR', message, meta);
  }
}
