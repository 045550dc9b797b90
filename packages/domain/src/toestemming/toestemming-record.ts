import { z } from 'zod';
import { aantekeningId } from '../deelverzoek/start';
import { Actor, type Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { controleerOpdrachtRol } from '../functiescheiding/opdracht-rollen';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { Toelichting } from '../regels/tekst';
import { IsoTijdstip, type Tijdstip } from '../werkdagen/amsterdam-tijd';
import { partijLabel, type ToestemmingEisen, toetsToestemming } from './toestemming';
import { Toestemming } from './toestemming.schema';

/**
 * A consent as a record of the client: it outlives the deelverzoek it was given in, so it can be
 * withdrawn when that deelverzoek is long closed (and, later, be relied on by another one).
 */
export const ToestemmingRecord = Toestemming.extend({
  id: z.string().trim().min(1),
  clientId: z.uuid(),
  /** The deelverzoek in which it was given; its file gets the entries about this consent. */
  gegevenIn: z.uuid(),
  intrekking: z.object({ op: IsoTijdstip, door: Actor, toelichting: Toelichting }).optional(),
});
export type ToestemmingRecord = z.infer<typeof ToestemmingRecord>;

/** Commands on the record itself, apart from any deelverzoek. */
export const ToestemmingOpdracht = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('intrekken'), toelichting: Toelichting }),
]);
export type ToestemmingOpdracht = z.input<typeof ToestemmingOpdracht>;

/** The record of a consent given in a deelverzoek. */
export const alsRecord = (
  t: Toestemming,
  ids: { id: string; clientId: string; deelverzoekId: string },
): ToestemmingRecord => ({ ...t, id: ids.id, clientId: ids.clientId, gegevenIn: ids.deelverzoekId });

/** Who withdraws, when, and where the entry goes in the file of the deelverzoek it was given in. */
export interface RecordContext {
  door: Medewerker;
  /** ISO timestamp supplied by the caller: the domain has no clock. */
  op: string;
  /** The next number in that deelverzoek's file (the caller knows how far it runs). */
  volgnummer: number;
  contentVersie: string;
  beleidVersie: string;
}

/**
 * Withdrawing a consent at any time, also after sharing and when its deelverzoek is closed. Later
 * verstrekkingen on it are refused (`toetsToestemming`); earlier ones stay lawful and on record.
 */
export function voerUitOpToestemming(
  record: ToestemmingRecord,
  invoer: ToestemmingOpdracht,
  ctx: RecordContext,
): Resultaat<{ record: ToestemmingRecord; aantekening: Dossieraantekening }> {
  const parsed = ToestemmingOpdracht.safeParse(invoer);
  if (!parsed.success) {
    return geweigerd(
      ...parsed.error.issues.map((i) =>
        overtreding('ongeldige-invoer', `${i.path.join('.')}: ${i.message}`, bronAfweging('3')),
      ),
    );
  }
  const fouten: Overtreding[] = [];
  const rol = controleerOpdrachtRol('toestemming-intrekken', ctx.door);
  if (rol) fouten.push(rol);
  if (record.ingetrokkenOp !== undefined) {
    fouten.push(
      overtreding(
        'toestemming-al-ingetrokken',
        `Deze toestemming is al ingetrokken op ${record.ingetrokkenOp}.`,
        bronAfweging('3'),
      ),
    );
  }
  if (fouten.length > 0) return geweigerd(...fouten);
  const { toelichting } = parsed.data;
  const door = { gebruikerId: ctx.door.gebruikerId };
  return gelukt({
    record: { ...record, ingetrokkenOp: ctx.op, intrekking: { op: ctx.op, door, toelichting } },
    aantekening: {
      id: aantekeningId(record.gegevenIn, ctx.volgnummer),
      deelverzoekId: record.gegevenIn,
      clientId: record.clientId,
      soort: 'toestemming-ingetrokken',
      tekst: `${partijLabel(record.gegevenDoor)} trok de toestemming in. Eerdere verstrekkingen blijven staan; op deze toestemming wordt niet meer gedeeld. ${toelichting}`,
      door,
      op: ctx.op,
      contentVersie: ctx.contentVersie,
      beleidVersie: ctx.beleidVersie,
    },
  });
}

/** Whether a verstrekking at `op` may rest on this record: its scope, and whether it was withdrawn by then. */
export const toetsRecord = (
  record: ToestemmingRecord,
  eisen: ToestemmingEisen,
  op: Tijdstip,
): Overtreding[] => toetsToestemming(record, eisen, op);
