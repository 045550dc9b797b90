import type { Beleid } from '@deelwijs/content';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { magOpdrachtGeven } from '../functiescheiding/opdracht-rollen';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { doorbrekingStand } from '../proces/termijnen';
import { collegialeToetsingKlok } from '../termijnen/klokken';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import type { Afweging4 } from './doorbreking.schema';

/**
 * A review waiting in the team's pool, as any collega of the team may see it before taking it:
 * only what is needed to decide (the kind and the deadline), not the weighing itself.
 */
export interface ToetsingInPool {
  deelverzoekId: string;
  clientId: string;
  afweging: Afweging4;
  spoed: boolean;
  herinnering: string;
  escalatie: string;
}

/** The pool view of a deelverzoek, or null when its review is not in the pool. */
export function toetsingInPool(
  p: DeelverzoekProces,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer = {},
): ToetsingInPool | null {
  if (p.status !== 'afweging-4' || p.afweging4.fase !== 'collegiale-toetsing') return null;
  const a4 = p.afweging4;
  if (a4.toetsingsverzoek.toetser.soort !== 'pool') return null;
  const { herinnering, escalatie } = collegialeToetsingKlok(beleid, a4.toetsingsverzoek.gevraagdOp, opties);
  return {
    deelverzoekId: p.deelverzoek.id,
    clientId: p.deelverzoek.clientId,
    afweging: a4.afweging,
    spoed: a4.spoed,
    herinnering,
    escalatie,
  };
}

/**
 * Whether this deelverzoek now waits for this person: the collega the review lies with (or any
 * deskundige collega but the requester, while it is in the pool), or a leidinggevende who neither
 * asked nor reviewed, for a signature.
 */
export function wachtOpMedewerker(
  p: DeelverzoekProces,
  beleid: Beleid,
  nu: string,
  wie: Medewerker,
): boolean {
  const stand = doorbrekingStand(p, beleid, nu);
  if (p.status !== 'afweging-4' || !stand) return false;
  const id = wie.gebruikerId.trim();
  const a4 = p.afweging4;
  if (id === a4.aanvrager.gebruikerId.trim()) return false;
  if (stand.wachtOp.op === 'toetser') {
    const t = stand.wachtOp.toetser;
    return t.soort === 'pool'
      ? magOpdrachtGeven('toetsing-oppakken', wie.rollen)
      : t.gebruikerId.trim() === id;
  }
  return (
    magOpdrachtGeven('akkoord-leidinggevende', wie.rollen) &&
    a4.collegialeToetsing?.door.gebruikerId.trim() !== id
  );
}
