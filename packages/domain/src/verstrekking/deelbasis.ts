import { zonderToestemming } from '../grondslag/grondslag';
import type { DeelverzoekInhoud, InhoudZonderToestemming, ProcesIn } from '../proces/proces.schema';
import { gelukt, type Resultaat } from '../regels/resultaat';
import { eisenVoor, geldigeToestemming } from '../toestemming/toestemming';
import type { Deelbasis } from './verstrekking.schema';

/** The process runs on a route that needs no consent: nothing in it waits for one (Bijlage 1). */
export const deeltZonderToestemming = (p: {
  inhoud: DeelverzoekInhoud;
}): p is { inhoud: InhoudZonderToestemming } => zonderToestemming(p.inhoud);

/** Why data may move now, or why not: a doorbreking signed off, a route without consent, or consent. */
export function bepaalDeelbasis(
  p: ProcesIn<'toestemming' | 'verstrekking'>,
  op: string,
): Resultaat<Deelbasis> {
  const a4 = p.afweging4;
  if (a4?.fase === 'akkoord-gegeven') {
    return gelukt({
      soort: 'doorbreking',
      afweging: a4.afweging,
      nietVoorafInformeren: a4.voorstel.nietVoorafInformeren !== undefined,
    });
  }
  if (deeltZonderToestemming(p)) return gelukt({ soort: p.inhoud.routeSoort });
  const toestemming = geldigeToestemming(
    p.toestemmingen,
    p.wieMoetToestemmen,
    eisenVoor(p.deelverzoek, p.inhoud.gegevens),
    op,
    p.pogingen,
  );
  return toestemming.ok ? gelukt({ soort: 'toestemming' }) : toestemming;
}
