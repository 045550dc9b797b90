import { vindBijlage1Regel } from '@deelwijs/content';
import { beantwoordAfweging1 } from '../afweging-1/afweging-1';
import { toetsConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { afgeslotenStatussen, type DeelverzoekStatus, statusLabel } from '../deelverzoek/deelverzoek.schema';
import { aantekeningId, type StartDeelverzoek, startDeelverzoek } from '../deelverzoek/start';
import { afweging4Voor } from '../doorbreking/doorbreking';
import type { Afweging4Fase } from '../doorbreking/doorbreking.schema';
import type { AantekeningSoort, Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import { controleerFunctiescheiding } from '../functiescheiding/functiescheiding';
import { categorieNaam, toetsGrondslag, zonderToestemming } from '../grondslag/grondslag';
import type { Professional } from '../professional/professional.schema';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';
import { toestemmingStand } from '../termijnen/klokken';
import { valideerUitstel } from '../termijnen/uitstel';
import {
  geldigeToestemming,
  partijLabel,
  type ToestemmingEisen,
  toetsToestemming,
} from '../toestemming/toestemming';
import type { Toestemming } from '../toestemming/toestemming.schema';
import type { Deelbasis } from '../verstrekking/verstrekking.schema';
import type { Client } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { partijSleutel, wieMoetToestemmen } from '../vertegenwoordiging/wie-moet-toestemmen';
import { naarMs } from '../werkdagen/amsterdam-tijd';
import {
  Afweging2Antwoord,
  type DeelverzoekInhoud,
  type DeelverzoekProces,
  Opdracht,
  type OpdrachtSoort,
  type ProcesContext,
  type ProcesStap,
} from './proces.schema';

const H4 = (afweging: string) => `Handleiding hoofdstuk 4, afweging ${afweging}`;
const BRON_PROCES = 'Handleiding hoofdstuk 4 (de afwegingen in volgorde)';

type Notitie = { soort: AantekeningSoort; tekst: string };
type Wijziging = Partial<Omit<DeelverzoekProces, 'deelverzoek' | 'volgnummer'>>;

const bool = (ja: boolean) => (ja ? 'ja' : 'nee');

/**
 * Applies a change, writes its dossieraantekeningen with consecutive ids, and closes the file
 * with an afsluiting when the new status is a closed one: no outcome without its entry.
 */
function stapNaar(
  p: DeelverzoekProces,
  ctx: ProcesContext,
  status: DeelverzoekStatus,
  wijziging: Wijziging,
  notities: Notitie[],
  ontvangers = p.deelverzoek.ontvangers,
): ProcesStap {
  const alle =
    afgeslotenStatussen.has(status) && !notities.some((n) => n.soort === 'afsluiting')
      ? [...notities, { soort: 'afsluiting' as const, tekst: `${statusLabel[status]}.` }]
      : notities;
  const d = p.deelverzoek;
  const aantekeningen: Dossieraantekening[] = alle.map((n, i) => ({
    id: aantekeningId(d.id, p.volgnummer + 1 + i),
    deelverzoekId: d.id,
    clientId: d.clientId,
    soort: n.soort,
    tekst: n.tekst,
    door: { gebruikerId: ctx.door.gebruikerId },
    op: ctx.op,
    contentVersie: d.contentVersie,
    beleidVersie: d.beleidVersie,
  }));
  const deelverzoek = { ...d, ontvangers, status };
  const proces = { ...p, ...wijziging, deelverzoek, volgnummer: p.volgnummer + alle.length };
  return { proces, deelverzoek, aantekeningen };
}

const naar = (...args: Parameters<typeof stapNaar>): Resultaat<ProcesStap> => gelukt(stapNaar(...args));

const fout = (code: string, bericht: string, bron: string): Overtreding => ({ code, bericht, bron });

/** The deelverzoek's inhoud exists from afweging 3 on; the status guard makes sure of it. */
const inhoudVan = (p: DeelverzoekProces): DeelverzoekInhoud => p.inhoud!;

const eisenVan = (p: DeelverzoekProces): ToestemmingEisen => ({
  doel: p.deelverzoek.doel,
  gegevens: inhoudVan(p).gegevens,
  ontvangers: p.deelverzoek.ontvangers.map((o) => o.organisatie),
});

/** Why data may move now, or why not: an approved doorbreking, a route without consent, or consent. */
export function bepaalDeelbasis(p: DeelverzoekProces, op: string): Resultaat<Deelbasis> {
  const a4 = p.afweging4;
  if (a4?.fase === 'akkoord-gegeven') {
    return gelukt({
      soort: 'doorbreking',
      afweging: a4.afweging,
      nietVoorafInformeren: a4.voorstel?.nietVoorafInformeren !== undefined,
    });
  }
  const inhoud = inhoudVan(p);
  if (zonderToestemming(inhoud)) {
    return gelukt({ soort: inhoud.routeSoort as 'grondslag-zonder-toestemming' | 'meldrecht' });
  }
  const toestemming = geldigeToestemming(p.toestemmingen, p.wieMoetToestemmen!, eisenVan(p), op);
  return toestemming.ok ? gelukt({ soort: 'toestemming' }) : toestemming;
}

type Handler<K extends OpdrachtSoort> = (
  p: DeelverzoekProces,
  o: Extract<Opdracht, { soort: K }>,
  ctx: ProcesContext,
) => Resultaat<ProcesStap>;

const OPEN: DeelverzoekStatus[] = [
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemming',
  'afweging-4',
  'verstrekking',
  'informeren-achteraf',
];

/** In which status (and doorbreking phase) each command may be given. */
export const opdrachtMag: Record<
  OpdrachtSoort,
  { statussen: readonly DeelverzoekStatus[]; fase?: Afweging4Fase }
> = {
  // Open throughout: the rule of afweging 1 itself refuses a second answer.
  'afweging-1': { statussen: OPEN },
  'afweging-2': { statussen: ['afweging-2'] },
  'afweging-3': { statussen: ['afweging-3'] },
  toestemmingspoging: { statussen: ['toestemming'] },
  'toestemming-intrekken': { statussen: ['toestemming', 'verstrekking'] },
  'start-afweging-4': { statussen: ['toestemming'] },
  doorbrekingsvoorstel: { statussen: ['afweging-4'], fase: 'voorstel' },
  'collegiale-toetsing': { statussen: ['afweging-4'], fase: 'collegiale-toetsing' },
  'akkoord-leidinggevende': { statussen: ['afweging-4'], fase: 'akkoord' },
  verstrekking: { statussen: ['verstrekking'] },
  uitstel: { statussen: ['informeren-achteraf'] },
  'informeren-achteraf': { statussen: ['informeren-achteraf'] },
  intrekken: { statussen: OPEN },
};

const afweging1: Handler<'afweging-1'> = (p, o, ctx) => {
  const r = beantwoordAfweging1(p.deelverzoek, p.volgnummer + 1, o.antwoord, ctx.door, ctx.op);
  if (!r.ok) return r;
  const na = { ...p, volgnummer: p.volgnummer + r.waarde.aantekeningen.length };
  const slot = stapNaar(na, ctx, r.waarde.deelverzoek.status, {}, []);
  return gelukt({ ...slot, aantekeningen: [...r.waarde.aantekeningen, ...slot.aantekeningen] });
};

/** The three requirements of afweging 2: any no means niet delen. */
const AFWEGING_2_EISEN: readonly { geldt: (a: Afweging2Antwoord) => boolean; nee: string }[] = [
  { geldt: (a) => a.welbepaaldDoel, nee: 'het doel is niet welbepaald' },
  { geldt: (a) => a.uitdrukkelijkOmschreven, nee: 'de gegevens zijn niet uitdrukkelijk omschreven' },
  { geldt: (a) => a.grondslag !== null, nee: 'er is geen grondslag' },
];

const afweging2: Handler<'afweging-2'> = (p, o, ctx) => {
  const a = Afweging2Antwoord.parse(o.antwoord);
  const ontvangers = a.ontvangers ?? p.deelverzoek.ontvangers;
  const namen = ontvangers.map((x) => x.organisatie).join(', ');
  const basis = `Afweging 2. Doel: ${p.deelverzoek.doel} Gegevens: ${a.gegevens.map(categorieNaam).join(', ')}. Ontvangers: ${namen}. Welbepaald doel: ${bool(a.welbepaaldDoel)}; uitdrukkelijk omschreven: ${bool(a.uitdrukkelijkOmschreven)}.`;
  const niet = AFWEGING_2_EISEN.filter((e) => !e.geldt(a));
  if (niet.length > 0 || a.grondslag === null) {
    return naar(p, ctx, 'niet-gedeeld', {}, [
      {
        soort: 'afweging-2',
        tekst: `${basis} Niet delen: ${niet.map((e) => e.nee).join('; ')}. ${a.toelichting}`,
      },
    ]);
  }
  const pet = p.professional.pet;
  if (pet === null) {
    return geweigerd(
      fout(
        'pet-onbekend',
        'Leg eerst vast in welke pet u dit doet (Bijlage 1). Zonder pet is niet na te gaan op welke grond u mag delen.',
        'Handleiding Bijlage 1, Wat mag met wie gedeeld worden',
      ),
    );
  }
  const oordeel = toetsGrondslag({
    pet,
    grondslag: a.grondslag,
    gegevens: a.gegevens,
    ontvangers,
    omstandigheden: a.omstandigheden,
  });
  if (oordeel.overtredingen.length > 0) return geweigerd(...oordeel.overtredingen);
  const inhoud: DeelverzoekInhoud = {
    gegevens: a.gegevens,
    grondslag: a.grondslag,
    omstandigheden: a.omstandigheden,
    routeSoort: oordeel.routeSoort!,
    toestemmingVereist: oordeel.toestemmingVereist,
    nietDelen: oordeel.nietDelen,
    achterwegeGelaten: [],
  };
  const vereist = oordeel.toestemmingVereist.map((v) => `Alleen met toestemming: ${v.bericht}`);
  const grond = a.grondslag.grondslag ?? a.grondslag.wettelijkeBasis;
  return naar(
    p,
    ctx,
    'afweging-3',
    { inhoud },
    [
      {
        soort: 'afweging-2',
        tekst: [
          basis,
          `Grondslag: ${grond}. Motivering: ${a.grondslag.motivering}`,
          ...vereist,
          a.toelichting,
        ].join(' '),
      },
    ],
    ontvangers,
  );
};

const afweging3: Handler<'afweging-3'> = (p, o, ctx) => {
  const a = o.antwoord;
  const inhoud = inhoudVan(p);
  const tekst = `Afweging 3. Doelmatig: ${bool(a.doelmatig)}; proportioneel: ${bool(a.proportioneel)}; subsidiair: ${bool(a.subsidiair)}. ${a.toelichting}`;
  const minder = a.minderGegevens;
  if (
    minder &&
    (minder.gegevens.some((g) => !inhoud.gegevens.includes(g)) ||
      minder.gegevens.length >= inhoud.gegevens.length)
  ) {
    return geweigerd(
      fout(
        'minder-gegevens-geen-deel',
        'Minder delen betekent een deel van de gegevens uit afweging 2, niet andere of evenveel gegevens.',
        H4('3'),
      ),
    );
  }
  if (!a.doelmatig || !a.subsidiair || (!a.proportioneel && !minder)) {
    return naar(p, ctx, 'niet-gedeeld', {}, [{ soort: 'afweging-3', tekst: `${tekst} Niet delen.` }]);
  }
  const gegevens = minder?.gegevens ?? inhoud.gegevens;
  const weg = inhoud.gegevens
    .filter((g) => !gegevens.includes(g))
    .map((categorie) => ({ categorie, reden: minder!.reden }));
  const oordeel = toetsGrondslag({
    pet: p.professional.pet!,
    grondslag: inhoud.grondslag,
    gegevens,
    ontvangers: p.deelverzoek.ontvangers,
    omstandigheden: inhoud.omstandigheden,
  });
  const nieuw: DeelverzoekInhoud = {
    ...inhoud,
    gegevens,
    toestemmingVereist: oordeel.toestemmingVereist,
    nietDelen: oordeel.nietDelen,
    achterwegeGelaten: [...inhoud.achterwegeGelaten, ...weg],
  };
  const notitie = {
    soort: 'afweging-3' as const,
    tekst:
      weg.length > 0
        ? `${tekst} Niet gedeeld wordt: ${weg.map((w) => categorieNaam(w.categorie)).join(', ')}.`
        : tekst,
  };
  if (zonderToestemming(nieuw)) return naar(p, ctx, 'verstrekking', { inhoud: nieuw }, [notitie]);
  const wie = wieMoetToestemmen(p.client, ctx.op);
  if (!wie.ok) return wie;
  return naar(
    p,
    ctx,
    'toestemming',
    { inhoud: nieuw, wieMoetToestemmen: wie.waarde, toestemmingGevraagdVanaf: ctx.op },
    [notitie],
  );
};

const toestemmingspoging: Handler<'toestemmingspoging'> = (p, o, ctx) => {
  const { poging } = o;
  const wie = p.wieMoetToestemmen!;
  const overtredingen: Overtreding[] = [];
  if (!wie.toestemmers.some((t) => partijSleutel(t) === partijSleutel(poging.partij))) {
    overtredingen.push(
      fout(
        'partij-beslist-niet',
        `${partijLabel(poging.partij)} beslist niet over deze toestemming. ${wie.uitleg}`,
        wie.bron,
      ),
    );
  }
  if (naarMs(poging.op) > naarMs(ctx.op)) {
    overtredingen.push(
      fout('poging-in-de-toekomst', 'Een poging kan pas worden vastgelegd als ze gedaan is.', H4('3')),
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
  overtredingen.push(...nieuw.flatMap((t) => toetsToestemming(t, eisenVan(p), ctx.op)));
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const na = {
    ...p,
    pogingen: [...p.pogingen, { poging, door: { gebruikerId: ctx.door.gebruikerId } }],
    toestemmingen: [...p.toestemmingen, ...nieuw],
  };
  const geldig = geldigeToestemming(na.toestemmingen, wie, eisenVan(p), ctx.op).ok;
  const woorden = poging.woordenClient ? ` De cliënt zei: "${poging.woordenClient}"` : '';
  return naar(na, ctx, geldig ? 'verstrekking' : 'toestemming', {}, [
    {
      soort: 'toestemmingspoging',
      tekst: `Toestemming gevraagd aan ${partijLabel(poging.partij)} (${poging.wijze}, ${poging.op}). Uitkomst: ${poging.uitkomst}.${woorden}`,
    },
  ]);
};

const toestemmingIntrekken: Handler<'toestemming-intrekken'> = (p, o, ctx) => {
  const sleutel = partijSleutel(o.partij);
  const raakt = (t: Toestemming) => partijSleutel(t.gegevenDoor) === sleutel && t.ingetrokkenOp === undefined;
  if (!p.toestemmingen.some(raakt)) {
    return geweigerd(
      fout(
        'geen-toestemming-om-in-te-trekken',
        `Er staat geen lopende toestemming van ${partijLabel(o.partij)}.`,
        H4('3'),
      ),
    );
  }
  const toestemmingen = p.toestemmingen.map((t) => (raakt(t) ? { ...t, ingetrokkenOp: ctx.op } : t));
  const na = { ...p, toestemmingen };
  const status = bepaalDeelbasis(na, ctx.op).ok ? p.deelverzoek.status : 'toestemming';
  return naar(na, ctx, status, {}, [
    {
      soort: 'toestemming-ingetrokken',
      tekst: `${partijLabel(o.partij)} trok de toestemming in. ${o.toelichting}`,
    },
  ]);
};

/** When afweging 4 may start: each reason needs its fact on record. */
const AFWEGING_4_REDEN: Record<
  Extract<Opdracht, { soort: 'start-afweging-4' }>['reden'],
  { geldt: (p: DeelverzoekProces, ctx: ProcesContext) => boolean; bericht: string }
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
          gestartOp: p.toestemmingGevraagdVanaf!,
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
    geldt: (p) => inhoudVan(p).omstandigheden.acuutVitaalBelang,
    bericht:
      'Niet wachten op toestemming kan alleen bij acuut gevaar voor leven of gezondheid (vitaal belang).',
  },
};

const startAfweging4: Handler<'start-afweging-4'> = (p, o, ctx) => {
  const regel = vindBijlage1Regel(p.professional.pet!);
  const inhoud = inhoudVan(p);
  const reden = AFWEGING_4_REDEN[o.reden];
  const overtredingen: Overtreding[] = [
    ...(regel.zonderToestemmingMogelijk
      ? []
      : [
          fout(
            'pet-deelt-niet-zonder-toestemming',
            'In uw pet biedt Bijlage 1 geen route om zonder toestemming te delen.',
            'Handleiding Bijlage 1',
          ),
        ]),
    ...inhoud.toestemmingVereist,
    ...(reden.geldt(p, ctx) ? [] : [fout(`afweging-4-${o.reden}`, reden.bericht, H4('4a'))]),
  ];
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const afweging = afweging4Voor(p.professional.beroepsgeheim);
  return naar(
    p,
    ctx,
    'afweging-4',
    {
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
};

const doorbrekingsvoorstel: Handler<'doorbrekingsvoorstel'> = (p, o, ctx) => {
  const v = o.voorstel;
  const a4 = p.afweging4!;
  const tekst = `Voorstel afweging ${a4.afweging}. Goede argumenten van de cliënt: ${bool(v.goedeArgumentenClient)}. Wat en met wie: ${v.wat} ${v.toelichting}`;
  if (v.goedeArgumentenClient) {
    return naar(p, ctx, 'afweging-3', { afweging4: undefined }, [
      { soort: 'doorbrekingsvoorstel', tekst: `${tekst} Niet delen; terug naar afweging 3.` },
    ]);
  }
  if (v.conflictVanPlichten === null) {
    return naar(p, ctx, 'niet-gedeeld', {}, [
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
    'afweging-4',
    { afweging4: { ...a4, aanvrager, voorstel: v, voorstelOp: ctx.op, fase: 'collegiale-toetsing' } },
    [
      {
        soort: 'doorbrekingsvoorstel',
        tekst: `${tekst} Alle vijf voorwaarden van conflict van plichten zijn onderbouwd.${nietVooraf}`,
      },
    ],
  );
};

const collegialeToetsing: Handler<'collegiale-toetsing'> = (p, o, ctx) => {
  const a4 = p.afweging4!;
  const door = { gebruikerId: ctx.door.gebruikerId };
  const scheiding = controleerFunctiescheiding({ aanvrager: a4.aanvrager, collegialeToetser: door });
  if (!scheiding.ok) return scheiding;
  return naar(
    p,
    ctx,
    'afweging-4',
    { afweging4: { ...a4, fase: 'akkoord', collegialeToetsing: { ...o.toetsing, door, op: ctx.op } } },
    [
      {
        soort: 'collegiale-toetsing',
        tekst: `Collegiale toetsing: ${o.toetsing.oordeel}. ${o.toetsing.toelichting}`,
      },
    ],
  );
};

const akkoordLeidinggevende: Handler<'akkoord-leidinggevende'> = (p, o, ctx) => {
  const a4 = p.afweging4!;
  const scheiding = controleerFunctiescheiding(
    { aanvrager: a4.aanvrager, collegialeToetser: a4.collegialeToetsing?.door, ondertekenaar: ctx.door },
    { collegialeToetsing: true, akkoordLeidinggevende: true },
  );
  if (!scheiding.ok) return scheiding;
  const akkoord = { ...o.akkoord, door: ctx.door, op: ctx.op };
  const notitie = {
    soort: 'akkoord-leidinggevende' as const,
    tekst: `Leidinggevende: ${o.akkoord.besluit}. ${o.akkoord.toelichting}`,
  };
  return o.akkoord.besluit === 'akkoord'
    ? naar(p, ctx, 'verstrekking', { afweging4: { ...a4, akkoord, fase: 'akkoord-gegeven' } }, [notitie])
    : naar(p, ctx, 'niet-gedeeld', { afweging4: { ...a4, akkoord } }, [notitie]);
};

/** Checks on what is actually shared, beyond the basis: no more than weighed, no one else. */
const VERSTREKKING_REGELS: readonly {
  code: string;
  geldt: (
    p: DeelverzoekProces,
    v: Extract<Opdracht, { soort: 'verstrekking' }>['verstrekking'],
    basis: Deelbasis,
  ) => boolean;
  bericht: string;
  bron: string;
}[] = [
  {
    code: 'meer-gegevens-dan-afgewogen',
    geldt: (p, v) => v.gegevens.some((g) => !inhoudVan(p).gegevens.includes(g)),
    bericht: 'U deelt gegevens die niet zijn afgewogen. Deel alleen wat in afweging 2 en 3 is vastgesteld.',
    bron: H4('3'),
  },
  {
    code: 'andere-ontvanger-dan-afgewogen',
    geldt: (p, v) => v.ontvangers.some((o) => !p.deelverzoek.ontvangers.some((x) => x.organisatie === o)),
    bericht: 'U deelt met een ontvanger die niet in het deelverzoek staat. Dat is een datalek.',
    bron: H4('3'),
  },
  {
    code: 'gedeeld-en-achterwege-gelaten',
    geldt: (_, v) => v.achterwegeGelaten.some((a) => v.gegevens.includes(a.categorie)),
    bericht: 'Een gegeven staat zowel bij gedeeld als bij bewust niet gedeeld. Kies één van beide.',
    bron: H4('4'),
  },
  {
    code: 'client-niet-vooraf-geinformeerd',
    geldt: (_, v, basis) =>
      basis.soort === 'doorbreking' && !basis.nietVoorafInformeren && !v.voorafGeinformeerd,
    bericht:
      'Vertel de cliënt vooraf dat u gegevens gaat delen. Alleen met een gerechtvaardigde reden (afweging 4b) mag dat achteraf.',
    bron: H4('4a'),
  },
];

const verstrekking: Handler<'verstrekking'> = (p, o, ctx) => {
  const basis = bepaalDeelbasis(p, ctx.op);
  if (!basis.ok) return basis;
  const v = o.verstrekking;
  const overtredingen = VERSTREKKING_REGELS.filter((r) => r.geldt(p, v, basis.waarde)).map((r) =>
    fout(r.code, r.bericht, r.bron),
  );
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const regel = vindBijlage1Regel(p.professional.pet!);
  const geinformeerd =
    v.voorafGeinformeerd !== undefined &&
    !(basis.waarde.soort === 'doorbreking' && basis.waarde.nietVoorafInformeren);
  const status: DeelverzoekStatus =
    basis.waarde.soort === 'toestemming'
      ? 'gedeeld-met-toestemming'
      : regel.informatieplicht === 'eigen-regime' || geinformeerd
        ? 'gedeeld-zonder-toestemming'
        : 'informeren-achteraf';
  const achterwege = [...inhoudVan(p).achterwegeGelaten, ...v.achterwegeGelaten];
  const tekstAchterwege =
    achterwege.length > 0
      ? ` Bewust niet gedeeld: ${achterwege.map((a) => `${categorieNaam(a.categorie)} (${a.reden})`).join(', ')}.`
      : '';
  return naar(
    p,
    ctx,
    status,
    { verstrekking: { ...v, basis: basis.waarde, door: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op } },
    [
      {
        soort: 'verstrekking',
        tekst: `Gedeeld op basis van ${basis.waarde.soort}: ${v.gegevens.map(categorieNaam).join(', ')} met ${v.ontvangers.join(', ')} (${v.wijze}).${tekstAchterwege}`,
      },
    ],
  );
};

const uitstel: Handler<'uitstel'> = (p, o, ctx) => {
  const r = valideerUitstel(
    ctx.beleid,
    {
      reden: o.reden,
      onderbouwing: o.onderbouwing,
      vanaf: ctx.op,
      tot: o.tot,
      aangevraagdDoor: o.aangevraagdDoor,
      goedgekeurdDoor: ctx.door,
    },
    ctx.werkdagOpties,
  );
  if (!r.ok) return r;
  return naar(p, ctx, 'informeren-achteraf', { uitstel: [...p.uitstel, r.waarde] }, [
    {
      soort: 'uitstel',
      tekst: `Informeren achteraf uitgesteld tot ${o.tot} (${r.waarde.reden}). ${o.onderbouwing}`,
    },
  ]);
};

const informerenAchteraf: Handler<'informeren-achteraf'> = (p, o, ctx) =>
  naar(
    p,
    ctx,
    'gedeeld-zonder-toestemming',
    { informerenAchteraf: { ...o.informeren, door: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op } },
    [
      {
        soort: 'informeren-achteraf',
        tekst: `Cliënt achteraf geïnformeerd (${o.informeren.wijze}).${o.informeren.reactieClient ? ` Reactie: "${o.informeren.reactieClient}"` : ''}`,
      },
    ],
  );

const intrekken: Handler<'intrekken'> = (p, o, ctx) =>
  naar(p, ctx, 'ingetrokken', {}, [
    { soort: 'afsluiting', tekst: `Deelverzoek ingetrokken. ${o.toelichting}` },
  ]);

const HANDLERS: { [K in OpdrachtSoort]: Handler<K> } = {
  'afweging-1': afweging1,
  'afweging-2': afweging2,
  'afweging-3': afweging3,
  toestemmingspoging,
  'toestemming-intrekken': toestemmingIntrekken,
  'start-afweging-4': startAfweging4,
  doorbrekingsvoorstel,
  'collegiale-toetsing': collegialeToetsing,
  'akkoord-leidinggevende': akkoordLeidinggevende,
  verstrekking,
  uitstel,
  'informeren-achteraf': informerenAchteraf,
  intrekken,
};

/**
 * Runs one command on a deelverzoek: refuses it with Dutch violations (each citing its source),
 * or returns the new state and the dossieraantekeningen to write. Pure: same input, same output.
 */
export function voerUit(p: DeelverzoekProces, invoer: Opdracht, ctx: ProcesContext): Resultaat<ProcesStap> {
  const parsed = Opdracht.safeParse(invoer);
  if (!parsed.success) {
    return geweigerd(
      ...parsed.error.issues.map((i) =>
        fout('ongeldige-invoer', `${i.path.join('.')}: ${i.message}`, BRON_PROCES),
      ),
    );
  }
  const o = parsed.data;
  const mag = opdrachtMag[o.soort];
  const status = p.deelverzoek.status;
  if (!mag.statussen.includes(status) || (mag.fase !== undefined && p.afweging4?.fase !== mag.fase)) {
    return geweigerd(
      fout(
        'opdracht-past-niet-bij-status',
        `Dit kan nu niet: het deelverzoek staat op "${statusLabel[status]}"${p.afweging4 ? ` (fase ${p.afweging4.fase})` : ''}.`,
        BRON_PROCES,
      ),
    );
  }
  return (HANDLERS[o.soort] as Handler<typeof o.soort>)(p, o as never, ctx);
}

export interface StartProces {
  start: StartDeelverzoek;
  client: Client;
  professional: Professional;
}

/** Opens the process at afweging 1 with the first dossieraantekening. */
export function startProces({ start, client, professional }: StartProces): ProcesStap {
  const { deelverzoek, aantekeningen } = startDeelverzoek(start);
  const proces: DeelverzoekProces = {
    deelverzoek,
    volgnummer: aantekeningen.length,
    client,
    professional,
    pogingen: [],
    toestemmingen: [],
    uitstel: [],
  };
  return { proces, deelverzoek, aantekeningen };
}
