import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';

export const WorkerConfig = TemporalConfig.extend({
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
  /** Base of the links in e-mails; the reader logs in there. */
  DASHBOARD_URL: z.string().url().default('http://127.0.0.1:3000'),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

export const leesConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => WorkerConfig.parse(env);
