import { DossierSleutel } from '@deelwijs/db';
import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';

export const WorkerConfig = TemporalConfig.extend({
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
  /** Base of the links in e-mails; the reader logs in there. */
  DASHBOARD_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Signs the dossier chains' checkpoints; kept outside the database. */
  DEELWIJS_DOSSIER_SLEUTEL: DossierSleutel,
  /** How often the scheduled verification recomputes every chain (a Temporal duration: 6h, 30m). */
  DOSSIERCONTROLE_INTERVAL: z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'DOSSIERCONTROLE_INTERVAL is een duur zoals 6h of 30m')
    .default('6h'),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

export const leesConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => WorkerConfig.parse(env);
