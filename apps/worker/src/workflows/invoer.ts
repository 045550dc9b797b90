import { invoerProblemen, ONGELDIGE_INVOER_FAILURE } from '@deelwijs/temporal/contract/invoer-basis';
import { ApplicationFailure } from '@temporalio/workflow';
import type { z } from 'zod';

/**
 * Reads a workflow's input with its versioned schema (every shape it was ever started with). An
 * input no version accepts fails the workflow at once, instead of failing its task over and over.
 */
export function leesInvoer<S extends z.ZodType>(schema: S, invoer: unknown): z.output<S> {
  const gelezen = schema.safeParse(invoer);
  if (gelezen.success) return gelezen.data;
  throw ApplicationFailure.create({
    type: ONGELDIGE_INVOER_FAILURE,
    message: `De workflow is gestart met invoer die geen versie van zijn schema aanneemt: ${invoerProblemen(gelezen.error)}`,
    nonRetryable: true,
  });
}
