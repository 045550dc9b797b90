import { z } from 'zod';

/** Config schema of the checkpoint key: base64 in, the key's bytes out. */
export const DossierSleutel = z
  .string({
    error: 'DEELWIJS_DOSSIER_SLEUTEL ontbreekt: de sleutel waarmee controlepunten worden ondertekend.',
  })
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length >= 32, 'DEELWIJS_DOSSIER_SLEUTEL moet minstens 32 bytes zijn (base64).');

/**
 * The key that signs the chains' checkpoints. It lives beside the payload keys, never in the
 * database, so that database access alone cannot forge a checkpoint.
 */
export const leesDossierSleutel = (env: NodeJS.ProcessEnv = process.env): Buffer =>
  DossierSleutel.parse(env.DEELWIJS_DOSSIER_SLEUTEL);
