import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { bepaalDeelbasis, deeltZonderToestemming } from '../verstrekking/deelbasis';
import { partijSleutel } from '../vertegenwoordiging/wie-moet-toestemmen';
import { naarMs } from '../werkdagen/amsterdam-tijd';
import { eisenVoor, geldigeToestemming, partijLabel, toetsToestemming } from './toestemming';
import type { Toestemming } from './toestemming.schema';

/**
 * One attempt to get consent, from someone who decides on it. A yes is recorded as a consent; once
 * everyone who must consent did so validly, the data may be shared.
 */
export function toestemmingspoging(
  p: ProcesIn<'toestemming'>,
  o: OpdrachtVan<'toestemmingspoging'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const { poging } = o;
  const wie = p.wieMoetToestemmen;
  const eisen = eisenVoor(p.deelverzoek, p.inhoud.gegevens);
  const overtredingen: Overtreding[] = [];
  if (!wie.toestemmers.some((t) => partijSleutel(t) === partijSleutel(poging.partij))) {
    overtredingen.push(
      overtreding(
        'partij-beslist-niet',
        `${partijLabel(poging.partij)} beslist niet over deze toestemming. ${wie.uitleg}`,
        wie.bron,
      ),
    );
  }
  if (naarMs(poging.op) > naarMs(ctx.op)) {
    overtredingen.push(
      overtreding(
        'poging-in-de-toekomst',
        'Een poging kan pas worden vastgelegd als ze gedaan is.',
        bronAfweging('3'),
      ),
    );
  }
  const nieuw: Toestemming[] = poging.reikwijdte
    ? [
        {
          ...poging.reikwijdte,
          gegevenDoor: poging.partij,
          op: poging.op,
          vastgelegdDoor: { gebruikerId: ctx.door.gebruikerId },
        },
      ]
    : [];
  overtredingen.push(...nieuw.flatMap((t) => toetsToestemming(t, eisen, ctx.op)));
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const na = {
    ...p,
    pogingen: [...p.pogingen, { poging, door: { gebruikerId: ctx.door.gebruikerId } }],
    toestemmingen: [...p.toestemmingen, ...nieuw],
  };
  const geldig = geldigeToestemming(na.toestemmingen, wie, eisen, ctx.op, na.pogingen).ok;
  const woorden = poging.woordenClient ? ` De cliënt zei: "${poging.woordenClient}"` : '';
  const notitie = {
    soort: 'toestemmingspoging' as const,
    tekst: `Toestemming gevraagd aan ${partijLabel(poging.partij)} (${poging.wijze}, ${poging.op}). Uitkomst: ${poging.uitkomst}.${woorden}`,
  };
  return geldig
    ? naar(na, ctx, { ...na, status: 'verstrekking' }, [notitie])
    : naar(na, ctx, { ...na, status: 'toestemming' }, [notitie]);
}

/**
 * Withdrawing a consent, before anything is shared. Sharing stays open only while something still
 * carries it; otherwise the deelverzoek goes back to asking.
 */
export function toestemmingIntrekken(
  p: ProcesIn<'toestemming' | 'verstrekking'>,
  o: OpdrachtVan<'toestemming-intrekken'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const sleutel = partijSleutel(o.partij);
  const raakt = (t: Toestemming) => partijSleutel(t.gegevenDoor) === sleutel && t.ingetrokkenOp === undefined;
  if (!p.toestemmingen.some(raakt)) {
    return geweigerd(
      overtreding(
        'geen-toestemming-om-in-te-trekken',
        `Er staat geen lopende toestemming van ${partijLabel(o.partij)}.`,
        bronAfweging('3'),
      ),
    );
  }
  const na = {
    ...p,
    toestemmingen: p.toestemmingen.map((t) => (raakt(t) ? { ...t, ingetrokkenOp: ctx.op } : t)),
  };
  const notitie = {
    soort: 'toestemming-ingetrokken' as const,
    tekst: `${partijLabel(o.partij)} trok de toestemming in. ${o.toelichting}`,
  };
  // On a route without consent the withdrawal changes nothing but the record.
  if (deeltZonderToestemming(na) || bepaalDeelbasis(na, ctx.op).ok) return naar(na, ctx, na, [notitie]);
  return naar(na, ctx, { ...na, status: 'toestemming' }, [notitie]);
}

/**
 * Someone who is told rather than asked (e.g. a child under 12, at its own level) was told: a step
 * the professional records. A verstrekking before it is flagged.
 */
export function partijGeinformeerd(
  p: ProcesIn<'toestemming' | 'afweging-4' | 'verstrekking' | 'informeren-achteraf'>,
  o: OpdrachtVan<'partij-geinformeerd'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const { partij } = o.informeren;
  const wie = p.wieMoetToestemmen;
  const sleutel = partijSleutel(partij);
  const overtredingen: Overtreding[] = [];
  if (!wie?.informeren.some((i) => partijSleutel(i) === sleutel)) {
    overtredingen.push(
      overtreding(
        'partij-hoeft-niet-geinformeerd',
        `${partijLabel(partij)} staat niet bij wie over het delen verteld moet worden${wie ? `. ${wie.uitleg}` : '.'}`,
        wie?.bron ?? bronAfweging('3'),
      ),
    );
  }
  if (naarMs(o.informeren.op) > naarMs(ctx.op)) {
    overtredingen.push(
      overtreding(
        'informeren-in-de-toekomst',
        'Leg pas vast dat iemand is verteld als dat gebeurd is.',
        bronAfweging('3'),
      ),
    );
  }
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const geinformeerd = [
    ...(p.geinformeerd ?? []),
    { ...o.informeren, door: { gebruikerId: ctx.door.gebruikerId } },
  ];
  return naar(p, ctx, { ...p, geinformeerd }, [
    {
      soort: 'partij-geinformeerd',
      tekst: `${partijLabel(partij)} is op een passende manier verteld wat er met de gegevens gebeurt (${o.informeren.wijze}, ${o.informeren.op}). ${o.informeren.toelichting}`,
    },
  ]);
}
