import type { VerwerkingsactiviteitSleutel } from '@deelwijs/content';
import type { AantekeningSoort, Dossieraantekening } from '@deelwijs/domain';
import { type LogRijen, logRijen } from './rijen';

/** Which processing activity of the register a dossier entry records. */
export const ACTIVITEIT_VAN_AANTEKENING: Record<AantekeningSoort, VerwerkingsactiviteitSleutel> = {
  'deelverzoek-gestart': 'deelverzoek-afwegen',
  'afweging-1': 'deelverzoek-afwegen',
  'afweging-2': 'deelverzoek-afwegen',
  'afweging-3': 'deelverzoek-afwegen',
  'afweging-4': 'deelverzoek-afwegen',
  doorbrekingsvoorstel: 'deelverzoek-afwegen',
  'collegiale-toetsing': 'deelverzoek-afwegen',
  'toetsing-toegewezen': 'deelverzoek-afwegen',
  'akkoord-leidinggevende': 'deelverzoek-afwegen',
  'meldrecht-overleg': 'deelverzoek-afwegen',
  overdracht: 'deelverzoek-afwegen',
  afsluiting: 'deelverzoek-afwegen',
  toestemmingspoging: 'toestemming-vragen',
  'toestemming-ingetrokken': 'toestemming-intrekken',
  verstrekking: 'verstrekken',
  'partij-geinformeerd': 'verstrekken',
  uitstel: 'informeren-achteraf',
  'informeren-achteraf': 'informeren-achteraf',
  // Written by the API with the correction, not by a step; listed for completeness of the register.
  'vertegenwoordiger-toegevoegd': 'client-registreren',
  'geboortedatum-gecorrigeerd': 'client-registreren',
  'wilsonbekwaamheid-gewijzigd': 'client-registreren',
};

/**
 * Both logs' rows for a system that writes dossier entries (the worker's step activity): one act
 * per client and activity among the entries, with the system as the actor. The spans are children
 * of the active one, which Temporal's interceptors make the activity's, in its workflow's trace.
 */
export function aantekeningLogRijen(
  sleutel: Buffer,
  opties: {
    handeling: string;
    actor: `systeem:${string}`;
    aantekeningen: readonly Dossieraantekening[];
    begon: Date;
  },
): LogRijen {
  const groepen = new Map<string, { activiteit: VerwerkingsactiviteitSleutel; a: Dossieraantekening }>();
  for (const a of opties.aantekeningen) {
    const activiteit = ACTIVITEIT_VAN_AANTEKENING[a.soort];
    groepen.set(`${a.clientId} ${a.deelverzoekId} ${activiteit}`, { activiteit, a });
  }
  const rijen: LogRijen = { verwerkingen: [], toegang: [] };
  for (const { activiteit, a } of groepen.values()) {
    const een = logRijen(sleutel, {
      activiteit,
      handeling: opties.handeling,
      wie: { actor: opties.actor },
      onderwerpen: [{ clientId: a.clientId, deelverzoekId: a.deelverzoekId }],
      begon: opties.begon,
    });
    rijen.verwerkingen.push(...een.verwerkingen);
    rijen.toegang.push(...een.toegang);
  }
  return rijen;
}
