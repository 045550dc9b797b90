import { Overtreding, VertegenwoordigerRol, WieMoetToestemmen } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering } from './algemeen';
import { DossieraantekeningView } from './deelverzoeken';

export const NieuweClient = z.object({
  naam: z
    .string()
    .trim()
    .min(2, 'Vul de naam van de cliënt in (minstens 2 tekens).')
    .max(200, 'De naam is te lang (hoogstens 200 tekens).'),
  geboortedatum: z.iso.date('Vul de geboortedatum in als JJJJ-MM-DD.'),
  wilsonbekwaam: z.boolean().default(false),
  vertegenwoordigers: z
    .array(
      z.object({
        naam: z
          .string()
          .trim()
          .min(2, 'Vul de naam van de vertegenwoordiger in.')
          .max(200, 'De naam is te lang (hoogstens 200 tekens).'),
        rol: VertegenwoordigerRol,
      }),
    )
    .max(10, 'Hoogstens 10 vertegenwoordigers.')
    .default([]),
});
export type NieuweClient = z.infer<typeof NieuweClient>;

/** `GET /clienten`: a page of the own team's clients, searchable by name or pseudonym. */
export const ClientenQuery = Paginering.extend({
  zoek: z.string().trim().max(100, 'De zoekterm is te lang.').optional(),
});
export type ClientenQuery = z.infer<typeof ClientenQuery>;

export const ClientView = z
  .object({
    id: z.uuid(),
    pseudoniem: z.string(),
    naam: z.string(),
    geboortedatum: z.iso.date(),
    team: z.string(),
    wilsonbekwaam: z.boolean(),
  })
  .meta({ id: 'ClientView' });
export type ClientView = z.infer<typeof ClientView>;

export const ClientDetail = ClientView.extend({
  vertegenwoordigers: z.array(
    z.object({ id: z.uuid(), naam: z.string(), rol: VertegenwoordigerRol, rolLabel: z.string() }),
  ),
  /** Who must consent today, from age and representation; or why that cannot be said yet. */
  toestemming: z.union([
    z.object({ ok: z.literal(true), waarde: WieMoetToestemmen }),
    z.object({ ok: z.literal(false), overtredingen: z.array(Overtreding) }),
  ]),
}).meta({ id: 'ClientDetail' });
export type ClientDetail = z.infer<typeof ClientDetail>;

/** One entry of the client file: a dossieraantekening and the deelverzoek it belongs to. */
export const ClientDossierregel = DossieraantekeningView.extend({ deelverzoekId: z.uuid() });
export type ClientDossierregel = z.infer<typeof ClientDossierregel>;
