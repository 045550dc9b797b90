import { ClientCorrectie, Overtreding, VertegenwoordigerRol, WieMoetToestemmen } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering, Persoonsnaam } from './algemeen';
import { DossieraantekeningView } from './deelverzoeken';

export const NieuweClient = z.object({
  naam: Persoonsnaam('Vul de naam van de cliënt in (minstens 2 tekens).'),
  geboortedatum: z.iso.date('Vul de geboortedatum in als JJJJ-MM-DD.'),
  wilsonbekwaam: z.boolean().default(false),
  vertegenwoordigers: z
    .array(
      z.object({
        naam: Persoonsnaam('Vul de naam van de vertegenwoordiger in.'),
        rol: VertegenwoordigerRol,
      }),
    )
    .max(10, 'Hoogstens 10 vertegenwoordigers.')
    .default([]),
});
export type NieuweClient = z.infer<typeof NieuweClient>;

/**
 * `POST /clienten/_zoek`: a page of the own team's clients whose name or pseudonym contains the term.
 * A body, not a query string: a name in a URL ends up in logs and browser history.
 */
export const ClientenZoekopdracht = Paginering.extend({
  zoekterm: z
    .string({ error: 'Vul een zoekterm in.' })
    .trim()
    .min(1, 'Vul een zoekterm in.')
    .max(100, 'De zoekterm is te lang (hoogstens 100 tekens).'),
});
export type ClientenZoekopdracht = z.infer<typeof ClientenZoekopdracht>;

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
  /**
   * How many deelverzoeken of this client still run (since API 1.7.0). They keep the client data
   * they started with; a correction counts for deelverzoeken started after it.
   */
  lopendeDeelverzoeken: z.number().int().min(0),
}).meta({ id: 'ClientDetail' });

/**
 * `POST /clienten/{id}/correcties`: add a representative, or put the birth date or
 * wilsonbekwaamheid right, always with a reason. The domain's own schema, so the API and the rule
 * say the same (since API 1.7.0).
 */
export const ClientCorrectieVerzoek = ClientCorrectie.meta({ id: 'ClientCorrectie' });
export type ClientCorrectieVerzoek = z.input<typeof ClientCorrectieVerzoek>;
export type ClientDetail = z.infer<typeof ClientDetail>;

/**
 * One entry of the client file: a dossieraantekening and the deelverzoek it belongs to, or null for
 * an entry about the client itself, such as a correction (since API 1.7.0).
 */
export const ClientDossierregel = DossieraantekeningView.extend({ deelverzoekId: z.uuid().nullable() });
export type ClientDossierregel = z.infer<typeof ClientDossierregel>;
