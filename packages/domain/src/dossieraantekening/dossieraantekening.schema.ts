import { z } from 'zod';

export const AantekeningSoort = z.enum([
  'deelverzoek-gestart',
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemmingspoging',
  'toestemming-ingetrokken',
  'afweging-4',
  'doorbrekingsvoorstel',
  'collegiale-toetsing',
  'akkoord-leidinggevende',
  'verstrekking',
  'uitstel',
  'informeren-achteraf',
  'afsluiting',
  // Appended, so stored values keep their meaning.
  'partij-geinformeerd',
  'toetsing-toegewezen',
  'meldrecht-overleg',
  'overdracht',
]);
export type AantekeningSoort = z.infer<typeof AantekeningSoort>;

/** Who did something; an id only, so names never travel through workflow history. */
export const Actor = z.object({ gebruikerId: z.string().min(1) });
export type Actor = z.infer<typeof Actor>;

/**
 * An append-only entry in the client file. The id is chosen by the process that writes it, so a
 * retried write of the same entry is recognised and never stored twice.
 */
export const Dossieraantekening = z.object({
  id: z.string().min(1),
  deelverzoekId: z.uuid(),
  clientId: z.uuid(),
  soort: AantekeningSoort,
  tekst: z.string().min(1),
  door: Actor,
  op: z.iso.datetime(),
  contentVersie: z.string().min(1),
  beleidVersie: z.string().min(1),
});
export type Dossieraantekening = z.infer<typeof Dossieraantekening>;
