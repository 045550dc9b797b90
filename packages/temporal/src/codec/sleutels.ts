import { z } from 'zod';

/**
 * Payload keys from configuration: `DEELWIJS_PAYLOAD_KEYS="k2:<base64>,k1:<base64>"`, each 32 bytes.
 * The first key encrypts; every listed key can still decrypt, so keys rotate without breaking history.
 */
export interface PayloadSleutels {
  actief: string;
  sleutels: ReadonlyMap<string, Buffer>;
}

const Entry = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+:[A-Za-z0-9+/=]+$/, 'verwacht "sleutel-id:base64"')
  .transform((s) => {
    const [id, b64] = s.split(':') as [string, string];
    return { id, key: Buffer.from(b64, 'base64') };
  })
  .refine((e) => e.key.length === 32, 'een sleutel moet 32 bytes (AES-256) zijn');

export function leesPayloadSleutels(config: string): PayloadSleutels {
  const entries = z
    .array(Entry)
    .min(1)
    .parse(
      config
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  return { actief: entries[0]!.id, sleutels: new Map(entries.map((e) => [e.id, e.key])) };
}
