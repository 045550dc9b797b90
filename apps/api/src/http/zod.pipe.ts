import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { problemen } from './problem';

/** Validates a body, query or param against a zod schema; failures become a 400 problem with field messages. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw problemen.ongeldigeInvoer(
      result.error.issues.map((i) => ({ pad: i.path.join('.'), bericht: i.message })),
    );
  }
}
