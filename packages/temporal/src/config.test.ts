import { describe, expect, it } from 'vitest';
import { TemporalConfig, temporalVerbinding } from './config';

const basis = { DEELWIJS_PAYLOAD_KEYS: 'k1:AAAA' };
const bestanden: Record<string, string> = {
  '/geheim/client.pem': 'CERT',
  '/geheim/client.key': 'KEY',
  '/geheim/ca.pem': 'CA',
};
const lees = (pad: string) => {
  const inhoud = bestanden[pad];
  if (inhoud === undefined) throw new Error('ENOENT');
  return new TextEncoder().encode(inhoud);
};
const verbinding = (env: Record<string, string>) =>
  temporalVerbinding(TemporalConfig.parse({ ...basis, ...env }), lees);
const tekst = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

describe('the Temporal connection from the environment', () => {
  it('is plain for the local dev server, and an empty variable counts as not set', () => {
    expect(verbinding({})).toEqual({ address: '127.0.0.1:7233' });
    expect(verbinding({ TEMPORAL_API_KEY: '', TEMPORAL_TLS: '' })).toEqual({ address: '127.0.0.1:7233' });
  });

  it('uses TLS with an API key (Temporal Cloud)', () => {
    expect(
      verbinding({ TEMPORAL_ADDRESS: 'eu-west-1.aws.api.temporal.io:7233', TEMPORAL_API_KEY: 'sleutel' }),
    ).toEqual({ address: 'eu-west-1.aws.api.temporal.io:7233', tls: {}, apiKey: 'sleutel' });
  });

  it('reads the client certificate, its key and a private CA for mTLS', () => {
    const v = verbinding({
      TEMPORAL_TLS_CERT: '/geheim/client.pem',
      TEMPORAL_TLS_KEY: '/geheim/client.key',
      TEMPORAL_TLS_CA: '/geheim/ca.pem',
      TEMPORAL_TLS_SERVER_NAME: 'temporal.intern',
    });
    expect(v.apiKey).toBeUndefined();
    expect(v.tls?.serverNameOverride).toBe('temporal.intern');
    expect(tekst(v.tls?.serverRootCACertificate)).toBe('CA');
    expect(tekst(v.tls?.clientCertPair?.crt)).toBe('CERT');
    expect(tekst(v.tls?.clientCertPair?.key)).toBe('KEY');
  });

  it('uses TLS without a certificate when asked', () => {
    expect(verbinding({ TEMPORAL_TLS: 'true' })).toEqual({ address: '127.0.0.1:7233', tls: {} });
    expect(verbinding({ TEMPORAL_TLS: 'false' })).toEqual({ address: '127.0.0.1:7233' });
  });

  it('refuses, in Dutch, what cannot work', () => {
    expect(() => verbinding({ TEMPORAL_TLS_CERT: '/geheim/client.pem' })).toThrow(
      'TEMPORAL_TLS_CERT en TEMPORAL_TLS_KEY horen bij elkaar',
    );
    expect(() => verbinding({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'sleutel' })).toThrow(
      /^TEMPORAL_TLS=false gaat niet samen/,
    );
    expect(() =>
      verbinding({ TEMPORAL_TLS_CERT: '/geheim/weg.pem', TEMPORAL_TLS_KEY: '/geheim/client.key' }),
    ).toThrow('TEMPORAL_TLS_CERT: het bestand /geheim/weg.pem kan niet worden gelezen');
    expect(TemporalConfig.safeParse({ ...basis, TEMPORAL_TLS: 'ja' }).error?.issues[0]?.message).toBe(
      "TEMPORAL_TLS moet 'true' of 'false' zijn",
    );
  });
});
