import type { Bewaarbeleid, Bewaarduur, Bewaarsoort } from '@deelwijs/content/bewaartermijnen/bewaarbeleid';
import { BEWAARSOORTEN } from '@deelwijs/content/bewaartermijnen/bewaarbeleid';

/**
 * The moment before which a record is past its retention period at `nu`: years as calendar years
 * (so twenty years is twenty birthdays, leap days included), days as 24 hours. Pure, so a workflow
 * computes it from its own clock and a replay gets the same limits.
 */
export function bewaargrens(duur: Bewaarduur, nu: string): string {
  const d = new Date(nu);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Geen geldig moment: ${nu}`);
  if (duur.eenheid === 'jaren') d.setUTCFullYear(d.getUTCFullYear() - duur.aantal);
  else d.setTime(d.getTime() - duur.aantal * 86_400_000);
  return d.toISOString();
}

/** The limit of every kind of record in the policy at `nu`. */
export function bewaargrenzen(beleid: Bewaarbeleid, nu: string): Record<Bewaarsoort, string> {
  return Object.fromEntries(
    BEWAARSOORTEN.map((s) => [s, bewaargrens(beleid.termijnen[s].termijn, nu)]),
  ) as Record<Bewaarsoort, string>;
}
