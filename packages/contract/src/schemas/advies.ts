import { z } from 'zod';

/** A JSON Schema document, passed on as it is. */
const JsonSchema = z.record(z.string(), z.unknown());

export const AdviesSchemas = z.object({ invoer: JsonSchema, uitvoer: JsonSchema });
export type AdviesSchemas = z.infer<typeof AdviesSchemas>;
