import type { Duur } from '@deelwijs/content/beleid/beleid.schema';
import { kalenderdagenNa, naarIso, naarMs, type Tijdstip } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import { telWerkdagenOp } from '../werkdagen/werkdagen';

const MS_PER: Record<'uren' | 'minuten' | 'seconden', number> = {
  uren: 3_600_000,
  minuten: 60_000,
  seconden: 1000,
};

/**
 * The due moment `duur` after `start` (ISO, UTC):
 * - werkdagen: `telWerkdagenOp` (same wall-clock time on the n-th working day);
 * - kalenderdagen: same Amsterdam wall-clock time n days later;
 * - uren/minuten/seconden: exactly that much elapsed time (an urgent 4 hours stays 4 hours at night
 *   and over weekends).
 */
export function tijdstipNa(start: Tijdstip, duur: Duur, opties: WerkdagOptiesInvoer = {}): string {
  switch (duur.eenheid) {
    case 'werkdagen':
      return telWerkdagenOp(start, duur.aantal, opties);
    case 'kalenderdagen':
      return kalenderdagenNa(start, duur.aantal);
    case 'uren':
    case 'minuten':
    case 'seconden':
      return naarIso(naarMs(start) + duur.aantal * MS_PER[duur.eenheid]);
  }
}

/** Milliseconds from `start` until `tijdstipNa(start, duur)`, for a workflow timer. */
export function duurInMs(start: Tijdstip, duur: Duur, opties: WerkdagOptiesInvoer = {}): number {
  return naarMs(tijdstipNa(start, duur, opties)) - naarMs(start);
}

/** Milliseconds from `nu` until `moment`, never negative: a timer for a moment already past fires at once. */
export function msTot(nu: Tijdstip, moment: Tijdstip): number {
  return Math.max(0, naarMs(moment) - naarMs(nu));
}

/** Whether `nu` is at or after `moment`. */
export const isVerstreken = (moment: Tijdstip, nu: Tijdstip): boolean => naarMs(nu) >= naarMs(moment);
