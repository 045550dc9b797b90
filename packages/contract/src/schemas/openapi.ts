import { z } from 'zod';

/** The OpenAPI document itself, described only as far as a client needs to recognise it. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

/** A published JSON Schema, described only as far as a client needs to recognise it. */
export const JsonSchemaDocument = z.looseObject({ $schema: z.string() });
export type JsonSchemaDocument = z.infer<typeof JsonSchemaDocument>;
