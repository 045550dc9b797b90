import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { type InformerenAchterafKlok, informerenAchterafKlok } from '../termijnen/klokken';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';

/** Why the client must be told afterwards. */
export type InformerenAchterafReden =
  | 'niet-vooraf-informeren'
  | 'acuut-gedeeld'
  | 'gedeeld-zonder-toestemming';

/** What starting informeren achteraf needs: the verstrekking it is about and its clock. */
export interface InformerenAchterafStart {
  deelverzoekId: string;
  clientId: string;
  gedeeldOp: string;
  reden: InformerenAchterafReden;
  klok: InformerenAchterafKlok;
}

/**
 * When a step moved the process into informeren achteraf (a verstrekking under 4b, after acute
 * sharing, or on a route without consent): what the process needs to start it, the deadline
 * running from that verstrekking. Null for any other step.
 */
export function startInformerenAchteraf(
  vorige: DeelverzoekProces,
  volgende: DeelverzoekProces,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer = {},
): InformerenAchterafStart | null {
  if (vorige.status === 'informeren-achteraf' || volgende.status !== 'informeren-achteraf') return null;
  const { basis, op } = volgende.verstrekking;
  // A doorbreking reaches this only under 4b or after acute sharing; the client was not told first.
  const reden: InformerenAchterafReden =
    basis.soort !== 'doorbreking'
      ? 'gedeeld-zonder-toestemming'
      : basis.acuut
        ? 'acuut-gedeeld'
        : 'niet-vooraf-informeren';
  return {
    deelverzoekId: volgende.deelverzoek.id,
    clientId: volgende.deelverzoek.clientId,
    gedeeldOp: op,
    reden,
    klok: informerenAchterafKlok(beleid, op, volgende.uitstel, opties),
  };
}
