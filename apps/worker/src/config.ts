import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';

export const WorkerConfig = TemporalConfig.extend({
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

export const leesConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => WorkerConfig.parse(env);
