import { handleiding_2025_1_0, handleiding_2025_2_0 } from './handleiding';
import type { Handleiding } from './handleiding.schema';

/**
 * Every published content version. Processes pin a version, so entries are never removed. Apart
 * from the validating loader (./register), so that code which only reads a version (the rules in
 * a workflow) does not build the handbook's zod schema.
 */
export const contentVersies: Record<string, Handleiding> = {
  '2025.1.0': handleiding_2025_1_0,
  '2025.2.0': handleiding_2025_2_0,
};
