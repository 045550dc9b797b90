import { createHmac } from 'node:crypto';
import { z } from 'zod';

/** Config schema of the key that pseudonymises data subjects in the verwerkingslog: base64 in, bytes out. */
export const VerwerkingslogSleutel = z
  .string({
    error:
      'DEELWIJS_VERWERKINGSLOG_SLEUTEL ontbreekt: de sleutel waarmee cliënten in het verwerkingslog gepseudonimiseerd worden.',
  })
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length >= 32, 'DEELWIJS_VERWERKINGSLOG_SLEUTEL moet minstens 32 bytes zijn (base64).');

/** What `dpl.core.data_subject_id_type` says of the id: which value, derived how. */
export const BETROKKENE_ID_SOORT = 'deelwijs-client-id:hmac-sha256';

/**
 * The data subject as the verwerkingslog names it: HMAC-SHA256 of the client id under a key kept
 * outside the database. Stable per client, so one client's rows can be found with the key (an
 * access request); without it the table does not say who a row is about.
 */
export const betrokkeneId = (sleutel: Buffer, clientId: string): string =>
  createHmac('sha256', sleutel).update(clientId).digest('hex');
