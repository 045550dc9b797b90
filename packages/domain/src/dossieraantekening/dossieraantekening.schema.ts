import { AantekeningSoortId, clientAantekeningSoorten } from '@deelwijs/content/labels/dossier';
import { z } from 'zod';

/** Kinds of entry, with their labels in `@deelwijs/content` (a new kind without a label does not compile). */
export const AantekeningSoort = AantekeningSoortId;
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

/**
 * An entry about the client itself (a representative added, the birth date or wilsonbekwaamheid
 * corrected): in the same chain, but outside every deelverzoek, so it names none.
 */
export const ClientDossieraantekening = Dossieraantekening.extend({
  deelverzoekId: z.null(),
  soort: z.enum(clientAantekeningSoorten),
});
export type ClientDossieraantekening = z.infer<typeof ClientDossieraantekening>;

/** Anything the chain writer appends: an entry of a deelverzoek, or one about the client. */
export type Ketenaantekening = Dossieraantekening | ClientDossieraantekening;
