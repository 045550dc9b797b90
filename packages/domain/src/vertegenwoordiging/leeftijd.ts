import { type Datum, dagnummer, lokaleDatum, type Tijdstip } from '../werkdagen/amsterdam-tijd';

const ALLEEN_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** A date stays a date; a moment becomes its Amsterdam date (a birthday starts at local midnight). */
export const peilDatum = (peil: Datum | Tijdstip): Datum =>
  typeof peil === 'string' && ALLEEN_DATUM.test(peil) ? peil : lokaleDatum(peil);

/**
 * Age in whole years on a date. One is a year older on the birthday itself; someone born on
 * 29 February turns a year older on 1 March in a common year (Dutch legal practice).
 */
export function leeftijdOp(geboortedatum: Datum, peildatum: Datum | Tijdstip): number {
  const peil = peilDatum(peildatum);
  dagnummer(geboortedatum); // rejects impossible dates
  dagnummer(peil);
  const [gj, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [pj, pm, pd] = peil.split('-').map(Number) as [number, number, number];
  // Comparing (month, day) pairs: 29-02 sorts after 28-02, so in a common year it is reached on 1 March.
  const verjaard = pm > gm || (pm === gm && pd >= gd);
  return pj - gj - (verjaard ? 0 : 1);
}
