import { z } from 'zod';
import { ConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { GerechtvaardigdeReden } from '../termijnen/uitstel';
import type { Doorbrekingsvoorstel } from './doorbreking.schema';

const Toelichting = z.string().trim().min(10).max(4000);

/**
 * The proposal as processes before content version 2025.2.0 gave it: one step, no recorded
 * conversation, the five conditions as `conflictVanPlichten` (null: no grond). Their histories
 * replay this shape, so it is read for as long as such processes may run.
 */
export const Doorbrekingsvoorstel_2025_1 = z.object({
  goedeArgumentenClient: z.boolean(),
  conflictVanPlichten: ConflictVanPlichten.nullable(),
  wat: Toelichting,
  nietVoorafInformeren: z.object({ reden: GerechtvaardigdeReden, onderbouwing: Toelichting }).optional(),
  toelichting: Toelichting,
});

/** What the older rules did not ask, said as such in the file rather than left blank. */
export const NIET_GEVRAAGD_2025_1 =
  'Niet apart gevraagd: dit proces volgt de regels van contentversie 2025.1.0.';

/**
 * The older proposal in today's shape. The conversation was not recorded then (`gesprek: null`); a
 * conflict van plichten was the only grond the form knew.
 */
export function voorstelVan_2025_1(v: z.infer<typeof Doorbrekingsvoorstel_2025_1>): Doorbrekingsvoorstel {
  return {
    gesprek: null,
    goedeArgumentenClient: v.goedeArgumentenClient,
    grond: v.conflictVanPlichten ? 'conflict-van-plichten' : null,
    ...(v.conflictVanPlichten ? { voorwaarden: v.conflictVanPlichten } : {}),
    wat: v.wat,
    ...(v.nietVoorafInformeren
      ? { nietVoorafInformeren: { ...v.nietVoorafInformeren, overlegMetCollegas: NIET_GEVRAAGD_2025_1 } }
      : {}),
    toelichting: v.toelichting,
  };
}

const Opdracht_2025_1 = z.object({
  soort: z.literal('doorbrekingsvoorstel'),
  voorstel: Doorbrekingsvoorstel_2025_1,
});

/** A command in an older shape, in today's; anything else unchanged (today's schema judges it). */
export function opdrachtVan_2025_1(invoer: unknown): unknown {
  const oud = Opdracht_2025_1.safeParse(invoer);
  return oud.success ? { soort: oud.data.soort, voorstel: voorstelVan_2025_1(oud.data.voorstel) } : invoer;
}
