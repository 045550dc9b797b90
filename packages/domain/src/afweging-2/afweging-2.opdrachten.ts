import { categorieNaam, toetsGrondslag } from '../grondslag/grondslag';
import type { GrondslagKeuze } from '../grondslag/grondslag.schema';
import type {
  DeelverzoekInhoud,
  OpdrachtVan,
  ProcesContext,
  ProcesIn,
  ProcesStap,
} from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { uitkomstVan } from '../regels/beslisgraaf';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { jaNee, jaNeeOfNietGevraagd } from '../regels/tekst';
import { AFWEGING_2_VRAGEN } from './afweging-2.schema';

type Antwoord = OpdrachtVan<'afweging-2'>['antwoord'];

/** The three requirements of afweging 2 as the graph asks them; undefined: not asked. */
const AFWEGING_2_EISEN: readonly {
  vraag: string;
  geldt: (a: Antwoord) => boolean | undefined;
  nee: string;
}[] = [
  {
    vraag: AFWEGING_2_VRAGEN.welbepaaldDoel,
    geldt: (a) => a.welbepaaldDoel,
    nee: 'het doel is niet welbepaald',
  },
  {
    vraag: AFWEGING_2_VRAGEN.uitdrukkelijkOmschreven,
    geldt: (a) => a.uitdrukkelijkOmschreven,
    nee: 'de gegevens zijn niet uitdrukkelijk omschreven',
  },
  {
    vraag: AFWEGING_2_VRAGEN.grondslag,
    geldt: (a) => (a.grondslag === undefined ? undefined : a.grondslag !== null),
    nee: 'er is geen grondslag',
  },
];

/** Afweging 2: the three requirements, then the grondslag against the pet's row in Bijlage 1. */
export function afweging2(
  p: ProcesIn<'afweging-2'>,
  o: OpdrachtVan<'afweging-2'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a = o.antwoord;
  const ontvangers = a.ontvangers ?? p.deelverzoek.ontvangers;
  const namen = ontvangers.map((x) => x.organisatie).join(', ');
  const basis = `Afweging 2. Doel: ${p.deelverzoek.doel} Gegevens: ${a.gegevens.map(categorieNaam).join(', ')}. Ontvangers: ${namen}. Welbepaald doel: ${jaNee(a.welbepaaldDoel)}; uitdrukkelijk omschreven: ${jaNeeOfNietGevraagd(a.uitdrukkelijkOmschreven)}.`;
  // The graph decides: any no ends in niet delen, and a question it reaches must have an answer.
  const uitkomst = uitkomstVan(
    p.deelverzoek.contentVersie,
    '2',
    Object.fromEntries(AFWEGING_2_EISEN.map((e) => [e.vraag, e.geldt(a)])),
  );
  if (!uitkomst.ok) return uitkomst;
  if (uitkomst.waarde === 'niet-delen') {
    const niet = AFWEGING_2_EISEN.filter((e) => e.geldt(a) === false);
    return naar(p, ctx, { ...p, status: 'niet-gedeeld' }, [
      {
        soort: 'afweging-2',
        tekst: `${basis} Niet delen: ${niet.map((e) => e.nee).join('; ')}. ${a.toelichting}`,
      },
    ]);
  }
  // Past the graph's grondslag question with a yes, so there is one.
  const grondslag = a.grondslag as GrondslagKeuze;
  const pet = p.professional.pet;
  if (pet === null) {
    return geweigerd(
      overtreding(
        'pet-onbekend',
        'Leg eerst vast in welke pet u dit doet (Bijlage 1). Zonder pet is niet na te gaan op welke grond u mag delen.',
        'Handleiding Bijlage 1, Wat mag met wie gedeeld worden',
      ),
    );
  }
  const oordeel = toetsGrondslag({
    pet,
    grondslag,
    gegevens: a.gegevens,
    ontvangers,
    omstandigheden: a.omstandigheden,
  });
  // Without a route one of the rules says why, so the violations are never empty here.
  if (oordeel.overtredingen.length > 0 || oordeel.routeSoort === null) {
    return geweigerd(...oordeel.overtredingen);
  }
  const inhoud: DeelverzoekInhoud = {
    gegevens: a.gegevens,
    grondslag,
    omstandigheden: a.omstandigheden,
    routeSoort: oordeel.routeSoort,
    toestemmingVereist: oordeel.toestemmingVereist,
    nietDelen: oordeel.nietDelen,
    achterwegeGelaten: [],
  };
  const vereist = oordeel.toestemmingVereist.map((v) => `Alleen met toestemming: ${v.bericht}`);
  const grond = grondslag.grondslag ?? grondslag.wettelijkeBasis;
  return naar(
    p,
    ctx,
    { ...p, status: 'afweging-3', professional: { ...p.professional, pet }, inhoud },
    [
      {
        soort: 'afweging-2',
        tekst: [
          basis,
          `Grondslag: ${grond}. Motivering: ${grondslag.motivering}`,
          ...vereist,
          a.toelichting,
        ].join(' '),
      },
    ],
    ontvangers,
  );
}
