import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import type { WerkSoortId } from '@deelwijs/content/labels/werkvoorraad';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { magOpdrachtGeven } from '../functiescheiding/opdracht-rollen';
import type { DeelverzoekProces, ProcesInFase } from '../proces/proces.schema';
import { collegialeToetsingKlok } from '../termijnen/klokken';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import type { Afweging4 } from './doorbreking.schema';

/** What one item of a werkvoorraad asks of its person; labels in `@deelwijs/content`. */
export type WerkSoort = WerkSoortId;

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

/** Whether the review of this deelverzoek lies in the team's pool, not yet taken by anyone. */
export const toetsingLigtInPool = (p: DeelverzoekProces): p is ProcesInFase<'collegiale-toetsing'> =>
  p.status === 'afweging-4' &&
  p.afweging4.fase === 'collegiale-toetsing' &&
  p.afweging4.toetsingsverzoek.toetser.soort === 'pool';

/** The pool view of a deelverzoek, or null when its review is not in the pool. */
export function toetsingInPool(
  p: DeelverzoekProces,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer = {},
): ToetsingInPool | null {
  if (!toetsingLigtInPool(p)) return null;
  const a4 = p.afweging4;
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

const zelfde = (a: string, b: string) => a.trim() === b.trim();

/**
 * What this deelverzoek now asks of this person, or null: a review assigned to them, a review in
 * the pool (any deskundige collega but the requester), a signature for a leidinggevende who
 * neither asked nor reviewed (after acute sharing too), or an uitstel to decide that someone
 * else asked for. Separation of duties is the handlers' to enforce; this only keeps the list honest.
 */
export function werkVoorMedewerker(p: DeelverzoekProces, wie: Medewerker): WerkSoort | null {
  const id = wie.gebruikerId;
  if (p.status === 'informeren-achteraf') {
    const verzoek = p.uitstelVerzoek;
    return verzoek &&
      !zelfde(verzoek.aangevraagdDoor.gebruikerId, id) &&
      magOpdrachtGeven('uitstel-besluit', wie.rollen)
      ? 'uitstel-beoordelen'
      : null;
  }
  if (p.status !== 'afweging-4') return null;
  const a4 = p.afweging4;
  if (zelfde(a4.aanvrager.gebruikerId, id)) return null;
  switch (a4.fase) {
    case 'collegiale-toetsing': {
      const t = a4.toetsingsverzoek.toetser;
      if (t.soort === 'pool')
        return magOpdrachtGeven('toetsing-oppakken', wie.rollen) ? 'toetsing-in-pool' : null;
      return zelfde(t.gebruikerId, id) ? 'toetsing' : null;
    }
    case 'akkoord':
    case 'akkoord-achteraf': {
      const toetser = a4.collegialeToetsing?.door.gebruikerId;
      if (!magOpdrachtGeven('akkoord-leidinggevende', wie.rollen) || (toetser && zelfde(toetser, id)))
        return null;
      return a4.fase;
    }
    default:
      return null;
  }
}
