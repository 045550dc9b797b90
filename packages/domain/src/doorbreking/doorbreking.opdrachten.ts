import { vindBijlage1Regel } from '@deelwijs/content/bijlage-1/regels';
import { controleerFunctiescheiding } from '../functiescheiding/functiescheiding';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesInFase, ProcesStap } from '../proces/proces.schema';
import { type Notitie, naar, stapNaar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { doorbrekingInStappen } from '../regels/regelversie';
import { gelukt, geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { toestemmingStand, vitaalBelangKlok } from '../termijnen/klokken';
import { legVerstrekkingVast, statusNaVerstrekking } from '../verstrekking/verstrekking.opdrachten';
import type { Verstrekking } from '../verstrekking/verstrekking.schema';
import { afweging4Voor } from './doorbreking';
import type { Afweging4Reden, Afweging4Stand, Toetser, Voorstel } from './doorbreking.schema';
import { beoordeelVoorstel, type VoorstelUitkomst } from './voorstel';

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
        voorstelVersie: 0,
        eerdereToetsingen: [],
      },
    },
    [{ soort: 'afweging-4', tekst: `Afweging ${afweging} gestart (${o.reden}). ${o.toelichting}` }],
  );
}

type Proces4 = ProcesIn<'afweging-4'>;

/** The step a judged proposal leads to; `delen` goes to review (or, acute, is shared at once). */
function naarUitkomst(
  p: Proces4,
  ctx: ProcesContext,
  u: VoorstelUitkomst,
  delen: (voorstel: Voorstel) => ProcesStap,
): ProcesStap {
  switch (u.soort) {
    case 'terug-naar-3':
      return stapNaar(p, ctx, { ...p, status: 'afweging-3', afweging4: undefined }, [
        { soort: 'doorbrekingsvoorstel', tekst: u.tekst },
      ]);
    case 'niet-delen':
      return stapNaar(p, ctx, { ...p, status: 'niet-gedeeld' }, [
        { soort: 'doorbrekingsvoorstel', tekst: u.tekst },
      ]);
    case 'delen':
      return delen(u.voorstel);
  }
}

const spoedVoor = (a4: Afweging4Stand, v: Voorstel): boolean =>
  a4.reden === 'geen-tijd' || v.grond === 'vitaal-belang';

/** A proposal that shares goes to review, by default to the team's pool. */
function naarToetsing(
  p: Proces4,
  ctx: ProcesContext,
  voorstel: Voorstel,
  notities: readonly Notitie[],
  toetser: Toetser = { soort: 'pool' },
): ProcesStap {
  const a4 = p.afweging4;
  const eerdere = a4.collegialeToetsing
    ? [...a4.eerdereToetsingen, a4.collegialeToetsing]
    : a4.eerdereToetsingen;
  return stapNaar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: {
        ...a4,
        fase: 'collegiale-toetsing',
        spoed: spoedVoor(a4, voorstel),
        voorstel,
        voorstelOp: ctx.op,
        voorstelVersie: a4.voorstelVersie + 1,
        toetsingsverzoek: { toetser, gevraagdOp: ctx.op },
        collegialeToetsing: undefined,
        eerdereToetsingen: eerdere,
      },
    },
    notities,
  );
}

/**
 * The proposal after talking it through with the client (see `beoordeelVoorstel`). One that
 * shares waits for a deskundige collega; the team's pool unless the casemanager picks one.
 */
export function doorbrekingsvoorstel(
  p: ProcesInFase<'voorstel'>,
  o: OpdrachtVan<'doorbrekingsvoorstel'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const u = beoordeelVoorstel(p.afweging4, o.voorstel, doorbrekingInStappen(p));
  if (!u.ok) return u;
  const q = { ...p, afweging4: { ...p.afweging4, aanvrager: { gebruikerId: ctx.door.gebruikerId } } };
  return gelukt(
    naarUitkomst(q, ctx, u.waarde, (voorstel) =>
      naarToetsing(q, ctx, voorstel, [{ soort: 'doorbrekingsvoorstel', tekst: u.waarde.tekst }]),
    ),
  );
}

const alleenAanvrager = (p: Proces4, ctx: ProcesContext, wat: string): Resultaat<never> | undefined =>
  p.afweging4.aanvrager.gebruikerId.trim() === ctx.door.gebruikerId.trim()
    ? undefined
    : geweigerd(
        overtreding(
          'niet-de-aanvrager',
          `Alleen wie de doorbreking voorstelde, kan ${wat}.`,
          bronAfweging('4a'),
        ),
      );

/**
 * The requester changes the proposal during review or before the signature. Whatever was reviewed
 * no longer covers it: the changed proposal goes back for a new review (same collega).
 */
export function voorstelWijzigen(
  p: ProcesInFase<'collegiale-toetsing' | 'akkoord'>,
  o: OpdrachtVan<'voorstel-wijzigen'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const niet = alleenAanvrager(p, ctx, 'het voorstel wijzigen');
  if (niet) return niet;
  const u = beoordeelVoorstel(p.afweging4, o.voorstel);
  if (!u.ok) return u;
  const a4 = p.afweging4;
  const toetser = a4.collegialeToetsing
    ? { soort: 'collega' as const, gebruikerId: a4.collegialeToetsing.door.gebruikerId }
    : a4.toetsingsverzoek?.toetser;
  const tekst = `Voorstel gewijzigd (versie ${a4.voorstelVersie + 1}): ${o.wijziging} ${u.waarde.tekst}`;
  return gelukt(
    naarUitkomst(p, ctx, { ...u.waarde, tekst }, (voorstel) =>
      naarToetsing(
        p,
        ctx,
        voorstel,
        [{ soort: 'doorbrekingsvoorstel', tekst: `${tekst} Een nieuwe collegiale toetsing is nodig.` }],
        toetser,
      ),
    ),
  );
}

const toetserTekst = (t: Toetser) =>
  t.soort === 'pool'
    ? 'de pool van deskundige collega’s van het team'
    : `deskundige collega ${t.gebruikerId}`;

/** The casemanager asks one deskundige collega, or leaves it to the team's pool; the clock restarts. */
export function toetserToewijzen(
  p: ProcesInFase<'collegiale-toetsing'>,
  o: OpdrachtVan<'toetser-toewijzen'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const niet = alleenAanvrager(p, ctx, 'een collega voor de toetsing kiezen');
  if (niet) return niet;
  const a4 = p.afweging4;
  if (o.toetser.soort === 'collega') {
    const scheiding = controleerFunctiescheiding({ aanvrager: a4.aanvrager, collegialeToetser: o.toetser });
    if (!scheiding.ok) return scheiding;
  }
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: { ...a4, toetsingsverzoek: { toetser: o.toetser, gevraagdOp: ctx.op } },
    },
    [{ soort: 'toetsing-toegewezen', tekst: `Collegiale toetsing gevraagd aan ${toetserTekst(o.toetser)}.` }],
  );
}

/** A deskundige collega of the team takes a review from the pool; then it is theirs alone. */
export function toetsingOppakken(
  p: ProcesInFase<'collegiale-toetsing'>,
  _o: OpdrachtVan<'toetsing-oppakken'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  if (a4.toetsingsverzoek.toetser.soort !== 'pool') {
    return geweigerd(
      overtreding(
        'toetsing-al-toegewezen',
        'Deze toetsing is al aan een collega toegewezen; alleen een toetsing in de pool kunt u oppakken.',
        bronAfweging('4a'),
      ),
    );
  }
  const door = { gebruikerId: ctx.door.gebruikerId };
  const scheiding = controleerFunctiescheiding({ aanvrager: a4.aanvrager, collegialeToetser: door });
  if (!scheiding.ok) return scheiding;
  const toetser = { soort: 'collega' as const, gebruikerId: door.gebruikerId };
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: { ...a4, toetsingsverzoek: { ...a4.toetsingsverzoek, toetser } },
    },
    [
      {
        soort: 'toetsing-toegewezen',
        tekst: `Collegiale toetsing uit de pool opgepakt door ${door.gebruikerId}.`,
      },
    ],
  );
}

/** The deskundige collega it lies with records advice with reasons; never the one who proposed. */
export function collegialeToetsing(
  p: ProcesInFase<'collegiale-toetsing'>,
  o: OpdrachtVan<'collegiale-toetsing'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  const door = { gebruikerId: ctx.door.gebruikerId };
  const scheiding = controleerFunctiescheiding({ aanvrager: a4.aanvrager, collegialeToetser: door });
  if (!scheiding.ok) return scheiding;
  const toetser = a4.toetsingsverzoek.toetser;
  // Before 2025.2.0 any deskundige collega reviewed; there was no pool to take it from.
  const toegewezen = toetser.soort === 'collega' && toetser.gebruikerId.trim() === door.gebruikerId.trim();
  if (doorbrekingInStappen(p) && !toegewezen) {
    return geweigerd(
      overtreding(
        toetser.soort === 'pool' ? 'toetsing-eerst-oppakken' : 'toetsing-niet-aan-u-toegewezen',
        toetser.soort === 'pool'
          ? 'Deze toetsing ligt in de pool van het team. Pak haar eerst op, dan is zij aan u toegewezen.'
          : 'Deze toetsing is aan een andere collega toegewezen.',
        bronAfweging('4a'),
      ),
    );
  }
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      afweging4: {
        ...a4,
        fase: 'akkoord',
        collegialeToetsing: { ...o.toetsing, door, op: ctx.op, voorstelVersie: a4.voorstelVersie },
      },
    },
    [
      {
        soort: 'collegiale-toetsing',
        tekst: `Collegiale toetsing (voorstel versie ${a4.voorstelVersie}): ${o.toetsing.oordeel}. ${o.toetsing.toelichting}`,
      },
    ],
  );
}

const BRON_AKKOORD = `${bronAfweging('4a')}; ${bronAfweging('4c')} (doorbreking altijd met akkoord leidinggevende)`;

/**
 * The leidinggevende signs or refuses, with a motivation; never the requester nor the reviewer, and
 * only the version that was reviewed. After an acute verstrekking the signature follows: a refusal
 * then stays on file beside the verstrekking, which it does not undo; the client is still told.
 */
export function akkoordLeidinggevende(
  p: ProcesInFase<'akkoord' | 'akkoord-achteraf'>,
  o: OpdrachtVan<'akkoord-leidinggevende'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  const getoetst = a4.fase === 'akkoord';
  const scheiding = controleerFunctiescheiding(
    { aanvrager: a4.aanvrager, collegialeToetser: a4.collegialeToetsing?.door, ondertekenaar: ctx.door },
    { collegialeToetsing: getoetst, akkoordLeidinggevende: true },
  );
  if (!scheiding.ok) return scheiding;
  if (a4.collegialeToetsing && a4.collegialeToetsing.voorstelVersie !== a4.voorstelVersie) {
    return geweigerd(
      overtreding(
        'toetsing-hoort-bij-ander-voorstel',
        'Het voorstel is na de toetsing gewijzigd. Laat de nieuwe versie eerst opnieuw toetsen.',
        BRON_AKKOORD,
      ),
    );
  }
  const akkoord = { ...o.akkoord, door: ctx.door, op: ctx.op, voorstelVersie: a4.voorstelVersie };
  const ja = o.akkoord.besluit === 'akkoord';
  if (a4.fase === 'akkoord-achteraf') {
    // Shared before the signature: the verstrekking stays, whatever the decision.
    const gedeeld = p.verstrekking as Verstrekking;
    const status = statusNaVerstrekking(p, gedeeld.basis, gedeeld);
    return naar(p, ctx, { ...p, status, verstrekking: gedeeld, afweging4: { ...a4, akkoord } }, [
      {
        soort: 'akkoord-leidinggevende',
        tekst: `Leidinggevende achteraf over de acute verstrekking: ${o.akkoord.besluit}. ${o.akkoord.toelichting}${ja ? '' : ' De verstrekking is gebeurd en blijft vastgelegd; de afwijzing staat erbij.'}`,
      },
    ]);
  }
  const notitie = {
    soort: 'akkoord-leidinggevende' as const,
    tekst: `Leidinggevende: ${o.akkoord.besluit}. ${o.akkoord.toelichting}${a4.voorstel.nietVoorafInformeren ? ' Dit besluit geldt ook voor het niet vooraf informeren van de cliënt (afweging 4b).' : ''}`,
  };
  if (ja) {
    return naar(
      p,
      ctx,
      {
        ...p,
        status: 'verstrekking',
        afweging4: {
          ...a4,
          fase: 'akkoord-gegeven',
          collegialeToetsing: a4.collegialeToetsing,
          akkoord,
        },
      },
      [notitie],
    );
  }
  return naar(p, ctx, { ...p, status: 'niet-gedeeld', afweging4: { ...a4, akkoord } }, [notitie]);
}

/**
 * Acute vitaal belang: immediate danger, no time to wait. The casemanager shares first and records
 * it with the reason and the weighing; the leidinggevende's signature must follow within the
 * policy's term (`vitaalBelangKlok`).
 */
export function acuteVerstrekking(
  p: ProcesInFase<'voorstel'>,
  o: OpdrachtVan<'acute-verstrekking'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a4 = p.afweging4;
  if (a4.reden !== 'geen-tijd') {
    return geweigerd(
      overtreding(
        'acuut-zonder-acuut-gevaar',
        'Eerst delen en daarna tekenen kan alleen bij acuut gevaar (afweging 4 gestart omdat er geen tijd is).',
        bronAfweging('4a'),
      ),
    );
  }
  const u = beoordeelVoorstel(a4, o.voorstel);
  if (!u.ok) return u;
  if (u.waarde.soort !== 'delen' || u.waarde.voorstel.grond !== 'vitaal-belang') {
    return geweigerd(
      overtreding(
        'acuut-alleen-bij-vitaal-belang',
        'Acuut delen kan alleen bij een vitaal belang waarbij alle vijf vragen met ja zijn beantwoord.',
        bronAfweging('4a'),
      ),
    );
  }
  const voorstel = u.waarde.voorstel;
  const v = o.verstrekking;
  const basis = {
    soort: 'doorbreking' as const,
    afweging: a4.afweging,
    nietVoorafInformeren: v.voorafGeinformeerd === undefined,
    acuut: true,
  };
  const vast = legVerstrekkingVast(p, v, basis, ctx);
  if (!vast.ok) return vast;
  const { akkoordUiterlijk } = vitaalBelangKlok(ctx.beleid, ctx.op, ctx.werkdagOpties);
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'afweging-4',
      verstrekking: vast.waarde.verstrekking,
      afweging4: {
        ...a4,
        aanvrager: { gebruikerId: ctx.door.gebruikerId },
        fase: 'akkoord-achteraf',
        spoed: true,
        voorstel,
        voorstelOp: ctx.op,
        voorstelVersie: a4.voorstelVersie + 1,
        acuut: { reden: o.reden, op: ctx.op },
      },
    },
    [
      { soort: 'doorbrekingsvoorstel', tekst: u.waarde.tekst },
      {
        soort: 'verstrekking',
        tekst: `Acuut gedeeld, vóór het akkoord van de leidinggevende: ${o.reden} ${vast.waarde.tekst} Het akkoord moet uiterlijk ${akkoordUiterlijk} volgen.`,
      },
    ],
  );
}
