import { z } from 'zod';

export const TemporalConfig = z.object({
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('deelwijs'),
  DEELWIJS_PAYLOAD_KEYS: z
    .string({ error: 'DEELWIJS_PAYLOAD_KEYS ontbreekt (sleutel-id:base64, 32 bytes)' })
    .min(1),
});
export type TemporalConfig = z.infer<typeof TemporalConfig>;
