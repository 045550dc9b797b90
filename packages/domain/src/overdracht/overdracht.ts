import { z } from 'zod';
import { isAfgesloten } from '../deelverzoek/deelverzoek.schema';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { Gebruikersrol } from '../functiescheiding/functiescheiding';
import type { DeelverzoekProces, ProcesContext, ProcesStap } from '../proces/proces.schema';
import { stapNaar } from '../proces/stap';
import { gelukt, geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { Toelichting } from '../regels/tekst';

/** Where the rules of moving open work come from: the leidinggevende's part in PRODUCT.md. */
export const BRON_OVERDRACHT =
  'PRODUCT.md, rol leidinggevende; handleiding hoofdstuk 4 (elke stap in het dossier)';

/** A colleague as the API found them in the accounts: who, with which roles, in which team. */
export const OverdrachtCollega = Actor.extend({ rollen: z.array(Gebruikersrol), team: z.string().min(1) });
export type OverdrachtCollega = z.infer<typeof OverdrachtCollega>;

/**
 * Moving a deelverzoek to another casemanager of the team: to whom, why, and the team the
 * deelverzoek belongs to (its client's) and the leidinggevende's own team, as the API read them.
 */
export const Overdracht = z.object({
  naar: OverdrachtCollega,
  reden: Toelichting,
  /** The team of the deelverzoek (its client's). */
  team: z.string().min(1),
  /** The team of the leidinggevende who moves it. */
  doorTeam: z.string().min(1),
});
export type Overdracht = z.input<typeof Overdracht>;

/** The casemanager responsible for a deelverzoek now: the last one it was moved to, or who started it. */
export const eigenaarVan = (p: DeelverzoekProces): Actor => ({
  gebruikerId: (p.eigenaar ?? p.deelverzoek.aangemaaktDoor).gebruikerId,
});

const zelfde = (a: string, b: string) => a.trim() === b.trim();

/** Each rule that refuses an overdracht, in the order a person would want to hear them. */
const regels: ReadonlyArray<{
  code: string;
  bericht: string;
  geldt: (p: DeelverzoekProces, o: z.output<typeof Overdracht>, ctx: ProcesContext) => boolean;
}> = [
  {
    code: 'overdracht-afgesloten',
    bericht: 'Dit deelverzoek is afgesloten. Er is geen open werk meer om over te dragen.',
    geldt: (p) => isAfgesloten(p.status),
  },
  {
    code: 'overdracht-geen-leidinggevende',
    bericht: 'Alleen een leidinggevende van het team kan werk van een casemanager overdragen.',
    geldt: (_p, o, ctx) => !ctx.door.rollen.includes('leidinggevende') || o.doorTeam !== o.team,
  },
  {
    code: 'overdracht-zelfde-eigenaar',
    bericht: 'Deze casemanager is al verantwoordelijk voor dit deelverzoek. Kies een andere collega.',
    geldt: (p, o) => zelfde(eigenaarVan(p).gebruikerId, o.naar.gebruikerId),
  },
  {
    code: 'overdracht-geen-casemanager-van-het-team',
    bericht: 'Draag het deelverzoek over aan een casemanager van hetzelfde team als de cliënt.',
    geldt: (_p, o) => !o.naar.rollen.includes('professional') || o.naar.team !== o.team,
  },
];

/**
 * A leidinggevende moves an open deelverzoek to another casemanager of its team. Nothing about the
 * weighing changes; from this step on the reminders, deadlines and werkvoorraad are the new owner's.
 * The file says who moved it, from whom, to whom and why.
 */
export function draagOver(
  p: DeelverzoekProces,
  invoer: Overdracht,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const gelezen = Overdracht.safeParse(invoer);
  if (!gelezen.success)
    return geweigerd(
      ...gelezen.error.issues.map(
        (i): Overtreding => overtreding('ongeldige-invoer', i.message, BRON_OVERDRACHT),
      ),
    );
  const o = gelezen.data;
  const fout = regels.filter((r) => r.geldt(p, o, ctx));
  if (fout.length > 0) return geweigerd(...fout.map((r) => overtreding(r.code, r.bericht, BRON_OVERDRACHT)));
  const van = eigenaarVan(p);
  const naar = { gebruikerId: o.naar.gebruikerId.trim() };
  const tekst =
    `Deelverzoek overgedragen door leidinggevende ${ctx.door.gebruikerId}: ` +
    `van casemanager ${van.gebruikerId} aan casemanager ${naar.gebruikerId}. Reden: ${o.reden}`;
  return gelukt(stapNaar(p, ctx, { ...p, eigenaar: naar }, [{ soort: 'overdracht', tekst }]));
}
