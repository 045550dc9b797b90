import { VerantwoordingDeelId } from '@deelwijs/content';
import {
  DeelverzoekProces,
  DeelverzoekStatus,
  Ontvanger,
  Opdracht,
  VertegenwoordigerRol,
  VolgendeActie,
} from '@deelwijs/domain';
import { z } from 'zod';

export const DeelverzoekView = z
  .object({
    id: z.uuid(),
    client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
    doel: z.string(),
    ontvangers: z.array(Ontvanger),
    status: DeelverzoekStatus,
    statusLabel: z.string(),
    afgesloten: z.boolean(),
    aangemaaktDoor: z.object({ gebruikerId: z.string() }),
    /** The casemanager responsible now: who started it, or to whom a leidinggevende moved it. */
    eigenaar: z.object({ gebruikerId: z.string(), naam: z.string().nullable() }),
    aangemaaktOp: z.iso.datetime({ offset: true }),
    bijgewerktOp: z.iso.datetime({ offset: true }),
    contentVersie: z.string(),
    beleidVersie: z.string(),
    /** Number of the last dossieraantekening: a command carries the one its sender saw. */
    volgnummer: z.number().int().min(1),
    /** What the process waits for next and when it is due (werkvoorraad). */
    volgendeActie: VolgendeActie.nullable(),
    volgendeActieOp: z.iso.datetime({ offset: true }).nullable(),
    /** The policy set this deadline in werkdagen: what is left is counted in werkdagen too. */
    volgendeActieInWerkdagen: z.boolean(),
  })
  .meta({ id: 'DeelverzoekView' });
export type DeelverzoekView = z.infer<typeof DeelverzoekView>;

/** Returned by POST when the worker has not written the deelverzoek yet; it will, durably. */
export const DeelverzoekInBehandeling = z.object({
  id: z.uuid(),
  geregistreerd: z.literal(false),
  bericht: z.string(),
});
export type DeelverzoekInBehandeling = z.infer<typeof DeelverzoekInBehandeling>;

/**
 * One entry as a person reads it, rendered at read time from the stored entry, the process and
 * the names of those involved: no ids, no codes, Dutch local time. The stored entry never changes.
 */
export const LeesbareAantekeningView = z
  .object({
    titel: z.string(),
    /** The heading of the verantwoording this entry falls under. */
    deel: VerantwoordingDeelId,
    wie: z.object({ naam: z.string(), rol: z.string().nullable() }),
    /** E.g. "1 december 2026 om 23:04" (Europe/Amsterdam). */
    wanneer: z.string(),
    /** The recorded text with names and labels; null when `onderdelen` hold all of it. */
    tekst: z.string().nullable(),
    /** Who said what: the client, or a representative by name and relation. */
    uitspraken: z.array(z.object({ wie: z.string(), woorden: z.string() })),
    /** The recorded reasoning, e.g. each of the five conditions with its motivation, or the signature. */
    onderdelen: z.array(
      z.object({ kop: z.string(), regels: z.array(z.object({ naam: z.string(), waarde: z.string() })) }),
    ),
  })
  .meta({ id: 'LeesbareAantekening' });
export type LeesbareAantekeningView = z.infer<typeof LeesbareAantekeningView>;

export const DossieraantekeningView = z.object({
  id: z.string(),
  soort: z.string(),
  tekst: z.string(),
  door: z.object({ gebruikerId: z.string() }),
  op: z.iso.datetime({ offset: true }),
  contentVersie: z.string(),
  beleidVersie: z.string(),
  /** The same entry, readable (since API 1.6.0). */
  leesbaar: LeesbareAantekeningView,
});
export type DossieraantekeningView = z.infer<typeof DossieraantekeningView>;

/** POST /deelverzoeken/:id/opdrachten: one command, with the state its sender saw. */
export const OpdrachtVerzoek = z.object({
  volgnummer: z
    .number({
      error: 'Geef het volgnummer mee van de stand die u zag (veld volgnummer van het deelverzoek).',
    })
    .int()
    .min(1),
  opdracht: Opdracht,
});
export type OpdrachtVerzoek = z.infer<typeof OpdrachtVerzoek>;

/**
 * Everything the deelverzoek page shows, in one answer: the deelverzoek (status, next action and
 * content version as ids, the client's pseudonym), the process state, who may consent by name, and
 * the file. GET …/wizard serves it, and every command answers with it, so the page never asks again.
 */
/**
 * The process state's schema under a name of its own: an interface is emitted by name, where the
 * union itself would be spelled out in the route registry's type for every route that answers with it.
 */
export interface ProcesSchema extends z.ZodType<DeelverzoekProces> {}
export const ProcesView: ProcesSchema = DeelverzoekProces;

const Wizard = DeelverzoekView.extend({
  /** The process as the workflow holds it while the deelverzoek is open; null once it is closed. */
  proces: ProcesView.nullable(),
  /** The client's representatives, to name who may consent (the process knows their ids only). */
  vertegenwoordigers: z.array(z.object({ id: z.uuid(), naam: z.string(), rol: VertegenwoordigerRol })),
  aantekeningen: z.array(DossieraantekeningView),
  /**
   * The colleagues the process and the file name (requester, reviewer, signer, who was consulted),
   * by name and role labels, so the screen never shows an account id (since API 1.8.0).
   */
  medewerkers: z.array(z.object({ gebruikerId: z.string(), naam: z.string(), rollen: z.array(z.string()) })),
});
export type DeelverzoekWizard = z.infer<typeof Wizard>;
/** Named like ProcesSchema, so the registry's type refers to it instead of spelling it out. */
export interface DeelverzoekWizardSchema extends z.ZodType<DeelverzoekWizard> {}
export const DeelverzoekWizard: DeelverzoekWizardSchema = Wizard.meta({ id: 'DeelverzoekWizard' });
