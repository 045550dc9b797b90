/**
 * Errors as they may appear in a log line: their kind, code and a message that carries no data.
 * A failing query's message (drizzle: "Failed query: …\nparams: …") and a PostgreSQL error's detail
 * ("Key (email)=(…) already exists") can hold client data, so neither is ever copied.
 */

export interface VeiligeFout {
  type: string;
  message: string;
  code?: string | number;
  /** PostgreSQL only: where the refusal came from (schema names, never values). */
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  /** Temporal ApplicationFailure only. */
  failureType?: string;
  nonRetryable?: boolean;
  stack?: string;
  cause?: VeiligeFout;
  errors?: VeiligeFout[];
}

const SQLSTATE_KLASSEN: Record<string, string> = {
  '08': 'connection exception',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '28': 'invalid authorization',
  '3D': 'invalid catalog name',
  '40': 'transaction rollback',
  '42': 'syntax error or access rule violation',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '55': 'object not in prerequisite state',
  '57': 'operator intervention',
  '58': 'system error',
  P0: 'PL/pgSQL error',
  XX: 'internal error',
};

/** The fields of a PostgreSQL error (pg's DatabaseError) that name no data. */
export interface Databasefout {
  code: string;
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isDatabasefout = (v: unknown): v is Databasefout =>
  isObject(v) && typeof v.code === 'string' && /^[0-9A-Z]{5}$/.test(v.code) && 'severity' in v;

/** The PostgreSQL error in an error's cause chain (drizzle wraps it in DrizzleQueryError), if any. */
export function databasefoutIn(fout: unknown): Databasefout | undefined {
  let huidige = fout;
  for (let diepte = 0; diepte < 8 && isObject(huidige); diepte++) {
    if (isDatabasefout(huidige)) return huidige;
    huidige = huidige.cause;
  }
  return undefined;
}

/** "database error 23505 (integrity constraint violation)": the code says what happened, never to which value. */
export function sqlstateBericht(code: string): string {
  const klasse = SQLSTATE_KLASSEN[code.slice(0, 2)];
  return `database error ${code}${klasse ? ` (${klasse})` : ''}`;
}

const MAX = 500;

/** Drops what a driver may have pasted into a message: the SQL text and its parameters. */
export function schoonBericht(bericht: string): string {
  const schoon = bericht
    .replace(/\n?params:[\s\S]*$/, '')
    .replace(/Failed query:[\s\S]*$/, 'Failed query (SQL and parameters left out)');
  return schoon.length > MAX ? `${schoon.slice(0, MAX)}…` : schoon;
}

/** A stack with its frames only: the first line (the message) is rebuilt from the safe message. */
const schoneStack = (stack: unknown, kop: string) =>
  typeof stack === 'string'
    ? [
        kop,
        ...stack
          .split('\n')
          .filter((r) => /^\s+at /.test(r))
          .slice(0, 8),
      ].join('\n')
    : undefined;

const naam = (fout: Record<string, unknown>) =>
  typeof fout.name === 'string' && fout.name !== 'Error' && fout.name !== 'error'
    ? fout.name
    : (fout.constructor as { name?: string } | undefined)?.name || 'Error';

/** drizzle's DrizzleQueryError: its message holds the SQL and every parameter. */
export const isQueryFout = (fout: unknown): boolean =>
  isObject(fout) && (naam(fout) === 'DrizzleQueryError' || ('query' in fout && 'params' in fout));

/** The serializer for `err` and `error` in every log line of the API and the worker. */
export function veiligeFout(fout: unknown, diepte = 0): VeiligeFout {
  if (!isObject(fout)) return { type: typeof fout, message: schoonBericht(String(fout)) };
  if (diepte > 5) return { type: naam(fout), message: '(cause chain cut off)' };
  const volgende = fout.cause === undefined ? undefined : veiligeFout(fout.cause, diepte + 1);

  if (isDatabasefout(fout)) {
    const message = sqlstateBericht(fout.code);
    return {
      type: 'DatabaseError',
      message,
      code: fout.code,
      ...(fout.table ? { table: fout.table } : {}),
      ...(fout.column ? { column: fout.column } : {}),
      ...(fout.constraint ? { constraint: fout.constraint } : {}),
      ...(fout.routine ? { routine: fout.routine } : {}),
    };
  }

  const type = naam(fout);
  const message = isQueryFout(fout)
    ? 'query failed (SQL and parameters left out)'
    : schoonBericht(typeof fout.message === 'string' ? fout.message : '');
  const code =
    typeof fout.code === 'string' && fout.code.length <= 40
      ? fout.code
      : typeof fout.code === 'number'
        ? fout.code
        : undefined;
  return {
    type,
    message,
    ...(code !== undefined ? { code } : {}),
    ...(typeof fout.type === 'string' && 'nonRetryable' in fout
      ? { failureType: fout.type, nonRetryable: Boolean(fout.nonRetryable) }
      : {}),
    ...(fout.stack ? { stack: schoneStack(fout.stack, `${type}: ${message}`) } : {}),
    ...(volgende ? { cause: volgende } : {}),
    ...(Array.isArray(fout.errors)
      ? { errors: fout.errors.slice(0, 3).map((e) => veiligeFout(e, diepte + 1)) }
      : {}),
  };
}
