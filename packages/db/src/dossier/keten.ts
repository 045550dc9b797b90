import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Dossieraantekening } from '@deelwijs/domain';

/** The hash before a client's first entry. */
export const BEGIN_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same entry always gives the same bytes. */
function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde && typeof waarde === 'object') {
    const paren = Object.entries(waarde as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${paren.map(([k, v]) => `${JSON.stringify(k)}:${canoniek(v)}`).join(',')}}`;
  }
  return JSON.stringify(waarde);
}

/** What of an entry the chain protects: everything that was recorded, in a form the database returns unchanged. */
export type GeketendeInhoud = Pick<
  Dossieraantekening,
  'id' | 'clientId' | 'tekst' | 'door' | 'op' | 'contentVersie' | 'beleidVersie'
> & { soort: string; deelverzoekId: string | null };

/**
 * The bytes the chain protects of one entry: its canonical JSON. The database stores the row it reads
 * from this text and hashes this text (`voeg_aan_ketens_toe`, migration 0025), so both agree.
 */
export function ketenInhoud(inhoud: GeketendeInhoud): string {
  return canoniek({
    id: inhoud.id,
    // An entry about the client itself has none: the key is left out (canoniek skips undefined), so
    // every entry of a deelverzoek hashes exactly as it did before client-level entries existed.
    deelverzoekId: inhoud.deelverzoekId ?? undefined,
    clientId: inhoud.clientId,
    soort: inhoud.soort,
    tekst: inhoud.tekst,
    door: inhoud.door,
    // timestamptz comes back in another notation; the moment is what counts.
    op: new Date(inhoud.op).toISOString(),
    contentVersie: inhoud.contentVersie,
    beleidVersie: inhoud.beleidVersie,
  });
}

/**
 * The one definition of an entry's hash: over its content and the hash of the client's entry before
 * it, so changing, removing or moving an entry breaks every link after it. The database computes the
 * same on append (`sha256` over `vorige || E'\n' || inhoud`, UTF-8); keten-sql.test.ts holds them together.
 */
export function ketenHash(inhoud: GeketendeInhoud, vorigeHash: string): string {
  return createHash('sha256').update(vorigeHash).update('\n').update(ketenInhoud(inhoud)).digest('hex');
}

/** A checkpoint of one client's chain: how many entries and the last hash, at a moment. */
export interface Controlepunt {
  clientId: string;
  aantal: number;
  hash: string;
  op: string;
}

const ondertekenbaar = (c: Controlepunt) =>
  canoniek({ clientId: c.clientId, aantal: c.aantal, hash: c.hash, op: new Date(c.op).toISOString() });

/** HMAC-SHA256 with a key the database does not hold, so nobody with only database access can forge one. */
export const onderteken = (c: Controlepunt, sleutel: Buffer) =>
  createHmac('sha256', sleutel).update(ondertekenbaar(c)).digest('hex');

export function handtekeningKlopt(c: Controlepunt, handtekening: string, sleutel: Buffer): boolean {
  const verwacht = Buffer.from(onderteken(c, sleutel), 'hex');
  const gegeven = Buffer.from(handtekening, 'hex');
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
}
