import { OntvangerId, PetId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import {
  statusLabel as contentStatusLabel,
  DeelverzoekStatusId,
} from '@deelwijs/content/labels/deelverzoek-status';
import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';

export const Ontvanger = z.object({
  organisatie: z
    .string()
    .trim()
    .min(2, 'Noem de organisatie van de ontvanger (minstens 2 tekens).')
    .max(200, 'De naam van de organisatie is te lang (hoogstens 200 tekens).'),
  rol: z.string().trim().max(200, 'De rol van de ontvanger is te lang (hoogstens 200 tekens).').optional(),
  /** The recipient's own pet (Bijlage 1): decides e.g. whether data crosses Wmo, Jeugd and Participatie. */
  pet: PetId.optional(),
  /** The kind of recipient as Bijlage 1 names it, matched against the routes of the sharer's pet. */
  soort: OntvangerId.optional(),
});
export type Ontvanger = z.infer<typeof Ontvanger>;

/** What a professional fills in to start weighing one intended sharing. */
export const NieuwDeelverzoek = z.object({
  clientId: z.uuid('Kies een bestaande cliënt.'),
  doel: z
    .string()
    .trim()
    .min(10, 'Beschrijf het doel van het delen in minstens 10 tekens.')
    .max(2000, 'Het doel is te lang (hoogstens 2000 tekens).'),
  ontvangers: z
    .array(Ontvanger)
    .min(1, 'Noem minstens één ontvanger.')
    .max(20, 'Noem hoogstens 20 ontvangers; maak anders meer deelverzoeken.'),
});
export type NieuwDeelverzoek = z.infer<typeof NieuwDeelverzoek>;

/** Where a deelverzoek stands in the process of handbook chapter 4 (ids and labels in content). */
export const DeelverzoekStatus = DeelverzoekStatusId;
export type DeelverzoekStatus = z.infer<typeof DeelverzoekStatus>;

/** The outcomes: once here, a deelverzoek takes no more commands. */
export const AfgeslotenStatus = DeelverzoekStatus.extract([
  'doorverwezen',
  'niet-gedeeld',
  'gedeeld-met-toestemming',
  'gedeeld-zonder-toestemming',
  'ingetrokken',
]);
export type AfgeslotenStatus = z.infer<typeof AfgeslotenStatus>;

/** The steps of chapter 4 in the handbook's order; a deelverzoek in one of them can still move. */
export const OpenStatus = DeelverzoekStatus.exclude(AfgeslotenStatus.options);
export type OpenStatus = z.infer<typeof OpenStatus>;

export const afgeslotenStatussen: ReadonlySet<DeelverzoekStatus> = new Set(AfgeslotenStatus.options);

export const isAfgesloten = (status: DeelverzoekStatus): status is AfgeslotenStatus =>
  afgeslotenStatussen.has(status);

/** The status as screens and the file name it: the table of content, by id. */
export const statusLabel: Record<DeelverzoekStatus, string> = contentStatusLabel;

export const Deelverzoek = NieuwDeelverzoek.extend({
  id: z.uuid(),
  status: DeelverzoekStatus,
  aangemaaktDoor: Actor,
  aangemaaktOp: z.iso.datetime(),
  /** Pinned at start: the process keeps the content and policy it began under. */
  contentVersie: z.string().min(1),
  beleidVersie: z.string().min(1),
});
export type Deelverzoek = z.infer<typeof Deelverzoek>;
