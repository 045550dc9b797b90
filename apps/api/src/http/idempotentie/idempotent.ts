import { createHash } from 'node:crypto';
import { SetMetadata } from '@nestjs/common';
import type { RequestMetGebruiker } from '../../auth/gebruiker';
import { problemen } from '../problem';

export const IDEMPOTENT = 'deelwijs:idempotent';
/** Marks a POST that creates or changes something: it honours an Idempotency-Key header. */
export const Idempotent = () => SetMetadata(IDEMPOTENT, true);

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const SLEUTEL = /^[\x21-\x7e]{8,200}$/;

/** The request's Idempotency-Key, checked; undefined when the caller sent none. */
export function leesSleutel(request: RequestMetGebruiker): string | undefined {
  const waarde = request.headers[IDEMPOTENCY_HEADER];
  if (waarde === undefined) return undefined;
  if (typeof waarde !== 'string' || !SLEUTEL.test(waarde))
    throw problemen.ongeldigeInvoer([
      {
        pad: 'Idempotency-Key',
        bericht: 'De Idempotency-Key moet 8 tot 200 zichtbare tekens lang zijn, bijvoorbeeld een UUID.',
      },
    ]);
  return waarde;
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
