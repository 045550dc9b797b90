import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';

export const ApiConfig = TemporalConfig.extend({
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
  API_PORT: z.coerce.number().int().positive().default(3001),
  API_HOST: z.string().default('127.0.0.1'),
  /** Set to true behind HTTPS, so the session cookie is only ever sent encrypted. */
  SESSIE_COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SESSIE_DUUR_UREN: z.coerce.number().positive().default(10),
});
export type ApiConfig = z.infer<typeof ApiConfig>;

export const API_CONFIG = Symbol('API_CONFIG');
