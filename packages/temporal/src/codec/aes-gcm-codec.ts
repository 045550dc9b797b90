import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadSleutels } from './sleutels';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

/**
 * Encrypts every payload (workflow input, update arguments, results, failure messages) with
 * AES-256-GCM, so Temporal's history and web UI never hold client data in clear text. Runs in the
 * client and the worker process, outside the workflow sandbox, where node:crypto is allowed.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  constructor(private readonly sleutels: PayloadSleutels) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const key = this.sleutel(this.sleutels.actief);
    return payloads.map((payload) => {
      const iv = randomBytes(IV_LENGTH);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: new TextEncoder().encode(ENCODING),
          [KEY_ID]: new TextEncoder().encode(this.sleutels.actief),
        },
        data,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || new TextDecoder().decode(encoding) !== ENCODING) return payload;
      const keyId = payload.metadata?.[KEY_ID];
      if (!keyId || !payload.data) throw new Error('Versleutelde payload zonder sleutel-id of inhoud');
      const key = this.sleutel(new TextDecoder().decode(keyId));
      const data = Buffer.from(payload.data);
      const iv = data.subarray(0, IV_LENGTH);
      const tag = data.subarray(data.length - TAG_LENGTH);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      const plain = Buffer.concat([
        decipher.update(data.subarray(IV_LENGTH, data.length - TAG_LENGTH)),
        decipher.final(),
      ]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }

  private sleutel(id: string): Buffer {
    const key = this.sleutels.sleutels.get(id);
    if (!key) throw new Error(`Onbekende payload-sleutel "${id}": voeg hem toe aan DEELWIJS_PAYLOAD_KEYS`);
    return key;
  }
}
