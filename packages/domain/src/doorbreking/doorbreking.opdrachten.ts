import { vindBijlage1Regel } from '@deelwijs/content';
import { toetsConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { controleerFunctiescheiding } from '../functiescheiding/functiescheiding';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesInFase, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { jaNee } from '../regels/tekst';
import { toestemmingStand } from '../termijnen/klokken';
import { afweging4Voor } from './doorbreking';
import type { Afweging4Reden } from './doorbreking.schema';

/** When afweging 4 may start: each reason needs its fact on record (handbook 4a). */
const AFWEGING_4_REDEN: Record<
  Afweging4Reden,
  { geldt: (p: ProcesIn<'toestemming'>, ctx: ProcesContext) => boolean; bericht: string }
> = {
  'client-weigert': {
    geldt: (p) => p.pogingen.some((v) => v.poging.uitkomst === 'nee'),
    bericht: 'Er staat nog geen poging waarin de cliënt of vertegenwoordiger nee zei.',
  },
  'geen-antwoord': {
    geldt: (p, ctx) =>
      toestemmingStand(
        ctx.beleid,
        {
          gestartOp: p.toestemmingGevraagdVanaf,
          pogingen: p.pogingen.map((v) => ({
            op: v.poging.op,
            beantwoord: v.poging.uitkomst === 'ja' || v.poging.uitkomst === 'nee',
          })),
        },
        ctx.op,
        ctx.werkdagOpties,
      ).beslissen !== null,
    bericht:
      'Er zijn nog niet genoeg pogingen gedaan en de termijn voor een antwoord is nog niet voorbij. Blijf toestemming vragen.',
  },
  'geen-tijd': {
    geldt: (p) => p.inhoud.omstandigheden.acuutVitaalBelang,
    bericht:
      'Niet wachten op toestemming kan alleen bij acuut gevaar voor leven of gezondheid (vitaal belang).',
  },
};

/** Afweging 4 starts without consent only where Bijlage 1 gives a route and nothing needs consent. */
export function startAfweging4(
  p: ProcesIn<'toestemming'>,
  o: OpdrachtVan<'start-afweging-4'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const regel = vindBijlage1Regel(p.professional.pet);
  const reden = AFWEGING_4_REDEN[o.reden];
  const overtredingen: Overtreding[] = [
    ...(regel.zonderToestemmingMogelijk
      ? []
      : [
          overtreding(
            'pet-deelt-niet-zonder-toestemming',
            'In uw pet biedt Bijlage 1 geen route om zonder toestemming te delen.',
            'Handleiding Bijlage 1',
          ),
        ]),
    ...p.inhoud.toestemmingVereist,
    ...(reden.geldt(p, ctx) ? [] : [overtreding(`afweging-4-${o.reden}`, reden.bericht, bronAfweging('4a'))]),
  ];
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const afweging = afweging4Voor(p.professional.beroepsgeheim);
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: {
        afweging,
        reden: o.reden,
        spoed: o.reden === 'geen-tijd',
        fase: 'voorstel',
        aanvrager: { gebruikerId: ctx.door.gebruikerId },
        gestartOp: ctx.op,
      },
    },
    [{ soort: 'afweging-4', tekst: `Afweging ${afweging} gestart (${o.reden}). ${o.toelichting}` }],
  );
}

/**
 * The proposal after talking it through with the client: good arguments send it back to afweging 3;
 * without a conflict van plichten or vitaal belang it is not shared; otherwise all five conditions.
 */
export function doorbrekingsvoorstel(
  p: ProcesInFase<'voorstel'>,
  o: OpdrachtVan<'doorbrekingsvoorstel'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const v = o.voorstel;
  const a4 = p.afweging4;
  const tekst = `Voorstel afweging ${a4.afweging}. Goede argumenten van de cliënt: ${jaNee(v.goedeArgumentenClient)}. Wat en met wie: ${v.wat} ${v.toelichting}`;
  if (v.goedeArgumentenClient) {
    return naar(p, ctx, { ...p, status: 'afweging-3', afweging4: undefined }, [
      { soort: 'doorbrekingsvoorstel', tekst: `${tekst} Niet delen; terug naar afweging 3.` },
    ]);
  }
  if (v.conflictVanPlichten === null) {
    return naar(p, ctx, { ...p, status: 'niet-gedeeld' }, [
      {
        soort: 'doorbrekingsvoorstel',
        tekst: `${tekst} Geen conflict van plichten of vitaal belang: niet delen.`,
      },
    ]);
  }
  const toets = toetsConflictVanPlichten(v.conflictVanPlichten);
  if (!toets.ok) return toets;
  const aanvrager = { gebruikerId: ctx.door.gebruikerId };
  const nietVooraf = v.nietVoorafInformeren
    ? ` Cliënt niet vooraf informeren (4b): ${v.nietVoorafInformeren.reden}.`
    : '';
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: { ...a4, aanvrager, voorstel: v, voorstelOp: ctx.op, fase: 'collegiale-toetsing' },
    },
    [
      {
        soort: 'doorbrekingsvoorstel',
        tekst: `${tekst} Alle vijf voorwaarden van conflict van plichten zijn onderbouwd.${nietVooraf}`,
      },
    ],
  );
}

/** A deskundige collega reviews the proposal; never the one who made it. */
export function collegialeToetsing(
  p: ProcesInFase<'collegiale-toetsing'>,
  o: OpdrachtVan<'collegiale-toetsing'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  const door = { gebruikerId: ctx.door.gebruikerId };
  const scheiding = controleerFunctiescheiding({ aanvrager: a4.aanvrager, collegialeToetser: door });
  if (!scheiding.ok) return scheiding;
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: { ...a4, fase: 'akkoord', collegialeToetsing: { ...o.toetsing, door, op: ctx.op } },
    },
    [
      {
        soort: 'collegiale-toetsing',
        tekst: `Collegiale toetsing: ${o.toetsing.oordeel}. ${o.toetsing.toelichting}`,
      },
    ],
  );
}

/** The leidinggevende signs or refuses; neither the requester nor the reviewer may sign. */
export function akkoordLeidinggevende(
  p: ProcesInFase<'akkoord'>,
  o: OpdrachtVan<'akkoord-leidinggevende'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  const scheiding = controleerFunctiescheiding(
    { aanvrager: a4.aanvrager, collegialeToetser: a4.collegialeToetsing.door, ondertekenaar: ctx.door },
    { collegialeToetsing: true, akkoordLeidinggevende: true },
  );
  if (!scheiding.ok) return scheiding;
  const akkoord = { ...o.akkoord, door: ctx.door, op: ctx.op };
  const notitie = {
    soort: 'akkoord-leidinggevende' as const,
    tekst: `Leidinggevende: ${o.akkoord.besluit}. ${o.akkoord.toelichting}`,
  };
  return o.akkoord.besluit === 'akkoord'
    ? naar(p, ctx, { ...p, status: 'verstrekking', afweging4: { ...a4, akkoord, fase: 'akkoord-gegeven' } }, [
        notitie,
      ])
    : naar(p, ctx, { ...p, status: 'niet-gedeeld', afweging4: { ...a4, akkoord } }, [notitie]);
}
