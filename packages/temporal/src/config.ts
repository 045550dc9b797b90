import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { z } from 'zod';

// An empty variable (TEMPORAL_API_KEY= in a .env file) counts as not set.
const optioneel = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const TemporalConfig = z.object({
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('deelwijs'),
  DEELWIJS_PAYLOAD_KEYS: z
    .string({ error: 'DEELWIJS_PAYLOAD_KEYS ontbreekt (sleutel-id:base64, 32 bytes)' })
    .min(1),
  /** Temporal Cloud (or a server behind an API-key gateway): the key; implies TLS. */
  TEMPORAL_API_KEY: optioneel(z.string().trim().min(1)),
  /** TLS without client certificate; on by itself with an API key or a certificate. */
  TEMPORAL_TLS: optioneel(z.enum(['true', 'false'], { error: "TEMPORAL_TLS moet 'true' of 'false' zijn" })),
  /** mTLS: paths to the client certificate and its key (PEM), both or neither. */
  TEMPORAL_TLS_CERT: optioneel(z.string().trim().min(1)),
  TEMPORAL_TLS_KEY: optioneel(z.string().trim().min(1)),
  /** A private CA that signed the server's certificate (PEM path); the system's CAs otherwise. */
  TEMPORAL_TLS_CA: optioneel(z.string().trim().min(1)),
  TEMPORAL_TLS_SERVER_NAME: optioneel(z.string().trim().min(1)),
});
export type TemporalConfig = z.infer<typeof TemporalConfig>;

/** What a Connection or NativeConnection needs to reach the server the config names. */
export interface TemporalVerbinding {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/**
 * The connection options for the local dev server (plain), a self-hosted server with (m)TLS, or
 * Temporal Cloud (API key or mTLS): the same code, the environment decides. Certificates are read
 * from their files here, at start, so a missing file stops the process with its name, not at the
 * first call. Throws with a Dutch message on a combination that cannot work.
 */
export function temporalVerbinding(
  config: TemporalConfig,
  lees: (pad: string) => Uint8Array = (pad) => readFileSync(pad),
): TemporalVerbinding {
  const { TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key } = config;
  if ((cert === undefined) !== (key === undefined))
    throw new Error(
      'TEMPORAL_TLS_CERT en TEMPORAL_TLS_KEY horen bij elkaar: zet ze allebei (mTLS) of geen van beide',
    );
  const tlsGevraagd =
    config.TEMPORAL_TLS === 'true' || config.TEMPORAL_API_KEY !== undefined || cert !== undefined;
  if (config.TEMPORAL_TLS === 'false' && tlsGevraagd)
    throw new Error(
      'TEMPORAL_TLS=false gaat niet samen met TEMPORAL_API_KEY of een clientcertificaat: die vragen een versleutelde verbinding',
    );
  const leesBestand = (naam: string, pad: string) => {
    try {
      return lees(pad);
    } catch {
      throw new Error(`${naam}: het bestand ${pad} kan niet worden gelezen`);
    }
  };
  const tls: TLSConfig | undefined = tlsGevraagd
    ? {
        ...(config.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME } : {}),
        ...(config.TEMPORAL_TLS_CA
          ? { serverRootCACertificate: leesBestand('TEMPORAL_TLS_CA', config.TEMPORAL_TLS_CA) }
          : {}),
        ...(cert && key
          ? {
              clientCertPair: {
                crt: leesBestand('TEMPORAL_TLS_CERT', cert),
                key: leesBestand('TEMPORAL_TLS_KEY', key),
              },
            }
          : {}),
      }
    : undefined;
  return {
    address: config.TEMPORAL_ADDRESS,
    ...(tls ? { tls } : {}),
    ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}),
  };
}
