import { z } from 'zod';

/** How data was actually passed on (or the client told beforehand). */
export const VerstrekkingWijzeId = z.enum(['mondeling', 'overleg', 'schriftelijk', 'digitaal']);
export type VerstrekkingWijzeId = z.infer<typeof VerstrekkingWijzeId>;

export const verstrekkingWijzeLabel: Record<VerstrekkingWijzeId, string> = {
  overleg: 'In overleg',
  mondeling: 'Mondeling',
  schriftelijk: 'Schriftelijk',
  digitaal: 'Digitaal',
};
