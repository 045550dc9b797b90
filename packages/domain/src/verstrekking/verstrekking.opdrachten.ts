import { vindBijlage1Regel } from '@deelwijs/content/bijlage-1/regels';
import { categorieNaam } from '../grondslag/grondslag';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap, Signaal } from '../proces/proces.schema';
import { naar, stapNaar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { bepaalDeelbasis } from './deelbasis';
import { verstrekkingSignaleringen } from './signaleringen';
import type { Deelbasis, Verstrekking, VerstrekkingInvoer } from './verstrekking.schema';

const BRON_MELDRECHT = 'Handleiding hoofdstuk 4, afweging 4c (meldrecht); Wmo 2015 art. 5.2.6; meldcode';

/** A process in which data can move: in verstrekking, or in afweging 4 when shared at once (acute). */
type Deelbaar = ProcesIn<'verstrekking' | 'afweging-4'>;

/** Checks on what is actually shared, beyond the basis: no more than weighed, no one else. */
const VERSTREKKING_REGELS: readonly {
  code: string;
  geldt: (p: Deelbaar, v: VerstrekkingInvoer, basis: Deelbasis) => boolean;
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
  {
    code: 'meldrecht-zonder-overleg',
    geldt: (p, _, basis) => basis.soort === 'meldrecht' && !p.meldrechtOverleg,
    bericht:
      'Overleg eerst met een deskundige collega over de melding en leg het advies vast (meldcode). Een akkoord van de leidinggevende is niet nodig.',
    bron: BRON_MELDRECHT,
  },
];

/** What a disclosure writes: the record, the file's text and what the process must make happen. */
export function legVerstrekkingVast(
  p: Deelbaar,
  v: VerstrekkingInvoer,
  basis: Deelbasis,
  ctx: ProcesContext,
): Resultaat<{ verstrekking: Verstrekking; tekst: string; signalen: Signaal[] }> {
  const overtredingen = VERSTREKKING_REGELS.filter((r) => r.geldt(p, v, basis)).map((r) =>
    overtreding(r.code, r.bericht, r.bron),
  );
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const achterwege = [...p.inhoud.achterwegeGelaten, ...v.achterwegeGelaten];
  const tekstAchterwege =
    achterwege.length > 0
      ? ` Bewust niet gedeeld: ${achterwege.map((a) => `${categorieNaam(a.categorie)} (${a.reden})`).join(', ')}.`
      : '';
  const gemeld = basis.soort === 'meldrecht' && p.meldrechtOverleg;
  const tekstMeldrecht = gemeld
    ? ` Melding op grond van het meldrecht, na overleg met deskundige collega ${gemeld.collega.gebruikerId}; geen akkoord nodig, de leidinggevende wordt ingelicht.`
    : '';
  const gesignaleerd = verstrekkingSignaleringen(p);
  const tekstSignalering = gesignaleerd.map((o) => ` Let op: ${o.bericht}`).join('');
  return gelukt({
    verstrekking: {
      ...v,
      basis,
      door: { gebruikerId: ctx.door.gebruikerId },
      op: ctx.op,
      ...(gesignaleerd.length > 0 ? { signaleringen: gesignaleerd } : {}),
    },
    tekst: `Gedeeld op basis van ${basis.soort}: ${v.gegevens.map(categorieNaam).join(', ')} met ${v.ontvangers.join(', ')} (${v.wijze}).${tekstAchterwege}${tekstMeldrecht}${tekstSignalering}`,
    signalen: gemeld ? [{ soort: 'leidinggevende-informeren', reden: 'meldrecht' }] : [],
  });
}

/**
 * After sharing without consent the client is told afterwards, unless told beforehand (and not
 * under 4b) or informed under the pet's own law.
 */
export function statusNaVerstrekking(
  p: Deelbaar,
  basis: Deelbasis,
  v: VerstrekkingInvoer,
): 'gedeeld-met-toestemming' | 'gedeeld-zonder-toestemming' | 'informeren-achteraf' {
  if (basis.soort === 'toestemming') return 'gedeeld-met-toestemming';
  const geinformeerd =
    v.voorafGeinformeerd !== undefined && !(basis.soort === 'doorbreking' && basis.nietVoorafInformeren);
  return vindBijlage1Regel(p.professional.pet).informatieplicht === 'eigen-regime' || geinformeerd
    ? 'gedeeld-zonder-toestemming'
    : 'informeren-achteraf';
}

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
  const vast = legVerstrekkingVast(p, v, basis.waarde, ctx);
  if (!vast.ok) return vast;
  const status = statusNaVerstrekking(p, basis.waarde, v);
  const stap = stapNaar(p, ctx, { ...p, status, verstrekking: vast.waarde.verstrekking }, [
    { soort: 'verstrekking', tekst: vast.waarde.tekst },
  ]);
  return gelukt(vast.waarde.signalen.length > 0 ? { ...stap, signalen: vast.waarde.signalen } : stap);
}

/** Meldrecht (meldcode): the deskundige collega consulted before the report, and their advice. */
export function meldrechtOverleg(
  p: ProcesIn<'verstrekking'>,
  o: OpdrachtVan<'meldrecht-overleg'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  if (p.inhoud.routeSoort !== 'meldrecht') {
    return geweigerd(
      overtreding(
        'geen-meldrecht',
        'Dit deelverzoek loopt niet via het meldrecht; overleg over een melding hoort er niet bij.',
        BRON_MELDRECHT,
      ),
    );
  }
  if (o.overleg.collega.gebruikerId.trim() === ctx.door.gebruikerId.trim()) {
    return geweigerd(
      overtreding(
        'overleg-met-uzelf',
        'Overleg over een melding voert u met een deskundige collega, niet met uzelf.',
        BRON_MELDRECHT,
      ),
    );
  }
  const overleg = { ...o.overleg, vastgelegdDoor: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op };
  return naar(p, ctx, { ...p, status: 'verstrekking', meldrechtOverleg: overleg }, [
    {
      soort: 'meldrecht-overleg',
      tekst: `Overlegd met deskundige collega ${o.overleg.collega.gebruikerId} over een melding op grond van het meldrecht. Advies: ${o.overleg.advies}`,
    },
  ]);
}
