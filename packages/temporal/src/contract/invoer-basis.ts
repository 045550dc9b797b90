import type { z } from 'zod';

/**
 * Inputs from before they carried a version (histories recorded until 2026-12-02) have no `v`;
 * they are read as version 0.
 */
export const metVersie = (invoer: unknown) =>
  invoer !== null && typeof invoer === 'object' && !('v' in invoer) ? { ...invoer, v: 0 } : invoer;

/** ApplicationFailure type of a workflow started with an input no version of its schema accepts. */
export const ONGELDIGE_INVOER_FAILURE = 'OngeldigeWorkflowInvoer';

/** Where an input is wrong, without its values (they may be client data). */
export const invoerProblemen = (fout: z.ZodError): string =>
  fout.issues.map((i) => `${i.path.join('.') || '(invoer)'}: ${i.message}`).join('; ');
