import { vindBijlage1Regel } from '@deelwijs/content';
import { categorieNaam } from '../grondslag/grondslag';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { bepaalDeelbasis } from './deelbasis';
import type { Deelbasis, VerstrekkingInvoer } from './verstrekking.schema';

/** Checks on what is actually shared, beyond the basis: no more than weighed, no one else. */
const VERSTREKKING_REGELS: readonly {
  code: string;
  geldt: (p: ProcesIn<'verstrekking'>, v: VerstrekkingInvoer, basis: Deelbasis) => boolean;
  bericht: string;
  bron: string;
}[] = [
  {
    code: 'meer-gegevens-dan-afgewogen',
    geldt: (p, v) => v.gegevens.some((g) => !p.inhoud.gegevens.includes(g)),
    bericht: 'U deelt gegevens die niet zijn afgewogen. Deel alleen wat in afweging 2 en 3 is vastgesteld.',
    bron: bronAfweging('3'),
  },
  {
    code: 'andere-ontvanger-dan-afgewogen',
    geldt: (p, v) => v.ontvangers.some((o) => !p.deelverzoek.ontvangers.some((x) => x.organisatie === o)),
    bericht: 'U deelt met een ontvanger die niet in het deelverzoek staat. Dat is een datalek.',
    bron: bronAfweging('3'),
  },
  {
    code: 'gedeeld-en-achterwege-gelaten',
    geldt: (_, v) => v.achterwegeGelaten.some((a) => v.gegevens.includes(a.categorie)),
    bericht: 'Een gegeven staat zowel bij gedeeld als bij bewust niet gedeeld. Kies één van beide.',
    bron: bronAfweging('4'),
  },
  {
    code: 'client-niet-vooraf-geinformeerd',
    geldt: (_, v, basis) =>
      basis.soort === 'doorbreking' && !basis.nietVoorafInformeren && !v.voorafGeinformeerd,
    bericht:
      'Vertel de cliënt vooraf dat u gegevens gaat delen. Alleen met een gerechtvaardigde reden (afweging 4b) mag dat achteraf.',
    bron: bronAfweging('4a'),
  },
];

/**
 * The disclosure itself: what, to whom, how, and what was deliberately kept back. Without consent
 * the client is told afterwards, unless told beforehand or informed under the pet's own law.
 */
export function verstrekking(
  p: ProcesIn<'verstrekking'>,
  o: OpdrachtVan<'verstrekking'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const basis = bepaalDeelbasis(p, ctx.op);
  if (!basis.ok) return basis;
  const v = o.verstrekking;
  const overtredingen = VERSTREKKING_REGELS.filter((r) => r.geldt(p, v, basis.waarde)).map((r) =>
    overtreding(r.code, r.bericht, r.bron),
  );
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const regel = vindBijlage1Regel(p.professional.pet);
  const geinformeerd =
    v.voorafGeinformeerd !== undefined &&
    !(basis.waarde.soort === 'doorbreking' && basis.waarde.nietVoorafInformeren);
  const status =
    basis.waarde.soort === 'toestemming'
      ? 'gedeeld-met-toestemming'
      : regel.informatieplicht === 'eigen-regime' || geinformeerd
        ? 'gedeeld-zonder-toestemming'
        : 'informeren-achteraf';
  const achterwege = [...p.inhoud.achterwegeGelaten, ...v.achterwegeGelaten];
  const tekstAchterwege =
    achterwege.length > 0
      ? ` Bewust niet gedeeld: ${achterwege.map((a) => `${categorieNaam(a.categorie)} (${a.reden})`).join(', ')}.`
      : '';
  return naar(
    p,
    ctx,
    {
      ...p,
      status,
      verstrekking: { ...v, basis: basis.waarde, door: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op },
    },
    [
      {
        soort: 'verstrekking',
        tekst: `Gedeeld op basis van ${basis.waarde.soort}: ${v.gegevens.map(categorieNaam).join(', ')} met ${v.ontvangers.join(', ')} (${v.wijze}).${tekstAchterwege}`,
      },
    ],
  );
}
