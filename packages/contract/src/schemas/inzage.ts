import { GegevenscategorieId, GrondslagId, VerstrekkingWijzeId } from '@deelwijs/content';
import { Deelbasis } from '@deelwijs/domain';
import { z } from 'zod';
import { Rol } from './rollen';

const Tijdstip = z.iso.datetime({ offset: true });
const Persoon = z.object({ gebruikerId: z.string(), naam: z.string() });

/** One verstrekking about the client, from the record: what, to whom, when, why, grondslag and route. */
export const InzageVerstrekking = z
  .object({
    deelverzoekId: z.uuid(),
    op: Tijdstip,
    gegevens: z.array(z.object({ id: GegevenscategorieId, naam: z.string() })),
    ontvangers: z.array(z.string()),
    wijze: VerstrekkingWijzeId,
    /** Why: the doel of the deelverzoek as the professional wrote it. */
    doel: z.string(),
    grondslag: z.object({
      id: GrondslagId.nullable(),
      naam: z.string().nullable(),
      avgArtikel: z.string().nullable(),
      wettelijkeBasis: z.string().nullable(),
    }),
    /** Under which route the data moved: consent, a law, meldrecht or a doorbreking (4a/4c, acute). */
    route: Deelbasis,
    voorafGeinformeerd: z.boolean(),
    door: Persoon,
  })
  .meta({ id: 'InzageVerstrekking' });
export type InzageVerstrekking = z.infer<typeof InzageVerstrekking>;

/**
 * One read or processing of the client's data (NEN 7513): who, in which roles, when, what, why if
 * stated. Who is a person (`gebruikerId`) or Deelwijs itself (`actor`, e.g. `systeem:worker`).
 */
export const InzageToegang = z
  .object({
    op: Tijdstip,
    door: z.object({
      gebruikerId: z.string().nullable(),
      actor: z.string().nullable(),
      naam: z.string(),
    }),
    rollen: z.array(Rol),
    /** The route of this API that was used, by its operationId, or the worker's step. */
    handeling: z.string(),
    deelverzoekId: z.uuid().nullable(),
    reden: z.string().nullable(),
  })
  .meta({ id: 'InzageToegang' });
export type InzageToegang = z.infer<typeof InzageToegang>;

/**
 * The answer to a client's access request (AVG art. 15): every verstrekking about them and every
 * read of their file, oldest first. About this one client only.
 */
export const InzageExport = z
  .object({
    client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
    opgesteldOp: Tijdstip,
    verstrekkingen: z.array(InzageVerstrekking),
    toegang: z.array(InzageToegang),
  })
  .meta({ id: 'InzageExport' });
export type InzageExport = z.infer<typeof InzageExport>;
