import { createHash } from 'node:crypto';
import { IdempotencyKey } from '@deelwijs/contract';
import type { RequestMetGebruiker } from '../../auth/gebruiker';
import { problemen } from '../problem';

// Which routes honour the header is the route registry's (`idempotent`).
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The request's Idempotency-Key, checked; undefined when the caller sent none. */
export function leesSleutel(request: RequestMetGebruiker): string | undefined {
  const waarde = request.headers[IDEMPOTENCY_HEADER];
  if (waarde === undefined) return undefined;
  const sleutel = IdempotencyKey.safeParse(waarde);
  if (!sleutel.success)
    throw problemen.ongeldigeInvoer([{ pad: 'Idempotency-Key', bericht: sleutel.error.issues[0]!.message }]);
  return sleutel.data;
}

export type RequestMetSleutel = RequestMetGebruiker & { idempotentieSleutel?: string };

/**
 * An id derived from (user, key, purpose): the same retry always names the same workflow, Update or
 * row, so Temporal or a unique key deduplicates it even when the first answer was never stored.
 * Shaped as a UUID (v4 bits) because the tables and routes expect one.
 */
export function afgeleidId(gebruikerId: string, sleutel: string, doel: string): string {
  const h = createHash('sha256').update(`${gebruikerId}\u0000${sleutel}\u0000${doel}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x40;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
