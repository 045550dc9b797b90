import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { AesGcmPayloadCodec } from './aes-gcm-codec';
import { leesPayloadSleutels } from './sleutels';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const geheim = { naam: 'Sanne de Vries', doel: 'schulden bespreken met de Wmo-consulent' };

describe('AesGcmPayloadCodec', () => {
  const codec = new AesGcmPayloadCodec(leesPayloadSleutels(`k1:${k1}`));

  it('round-trips a payload and leaves no clear text in the encoded bytes', async () => {
    const payload = defaultPayloadConverter.toPayload(geheim);
    const [encoded] = await codec.encode([payload]);
    expect(Buffer.from(encoded!.data!).toString('latin1')).not.toContain('Sanne');
    const [decoded] = await codec.decode([encoded!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(geheim);
  });

  it('uses a fresh IV each time, so equal inputs give different ciphertexts', async () => {
    const payload = defaultPayloadConverter.toPayload(geheim);
    const [a, b] = await codec.encode([payload, payload]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
  });

  it('refuses a tampered payload', async () => {
    const [encoded] = await codec.encode([defaultPayloadConverter.toPayload(geheim)]);
    const data = Buffer.from(encoded!.data!);
    data[20] = data[20]! ^ 0xff;
    await expect(codec.decode([{ ...encoded!, data }])).rejects.toThrow();
  });

  it('decrypts with an older key after rotation and encrypts with the new one', async () => {
    const [oud] = await codec.encode([defaultPayloadConverter.toPayload(geheim)]);
    const geroteerd = new AesGcmPayloadCodec(leesPayloadSleutels(`k2:${k2},k1:${k1}`));
    const [decoded] = await geroteerd.decode([oud!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(geheim);
    const [nieuw] = await geroteerd.encode([defaultPayloadConverter.toPayload(geheim)]);
    expect(new TextDecoder().decode(nieuw!.metadata!['encryption-key-id']!)).toBe('k2');
  });

  it('names the missing key when one is not configured', async () => {
    const [encoded] = await new AesGcmPayloadCodec(leesPayloadSleutels(`k2:${k2}`)).encode([
      defaultPayloadConverter.toPayload(1),
    ]);
    await expect(codec.decode([encoded!])).rejects.toThrow('Onbekende payload-sleutel "k2"');
  });

  it('passes unencrypted payloads through unchanged', async () => {
    const plain = defaultPayloadConverter.toPayload('x');
    expect(await codec.decode([plain])).toEqual([plain]);
  });
});

describe('leesPayloadSleutels', () => {
  it('refuses a key that is not 32 bytes', () => {
    expect(() => leesPayloadSleutels(`k1:${randomBytes(16).toString('base64')}`)).toThrow('32 bytes');
  });
});
