import { categorieNaam, toetsGrondslag } from '../grondslag/grondslag';
import type {
  DeelverzoekInhoud,
  OpdrachtVan,
  ProcesContext,
  ProcesIn,
  ProcesStap,
} from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { jaNee } from '../regels/tekst';

type Antwoord = OpdrachtVan<'afweging-2'>['antwoord'];

/** The three requirements of afweging 2: any no means niet delen. */
const AFWEGING_2_EISEN: readonly { geldt: (a: Antwoord) => boolean; nee: string }[] = [
  { geldt: (a) => a.welbepaaldDoel, nee: 'het doel is niet welbepaald' },
  { geldt: (a) => a.uitdrukkelijkOmschreven, nee: 'de gegevens zijn niet uitdrukkelijk omschreven' },
  { geldt: (a) => a.grondslag !== null, nee: 'er is geen grondslag' },
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
  const basis = `Afweging 2. Doel: ${p.deelverzoek.doel} Gegevens: ${a.gegevens.map(categorieNaam).join(', ')}. Ontvangers: ${namen}. Welbepaald doel: ${jaNee(a.welbepaaldDoel)}; uitdrukkelijk omschreven: ${jaNee(a.uitdrukkelijkOmschreven)}.`;
  const niet = AFWEGING_2_EISEN.filter((e) => !e.geldt(a));
  if (niet.length > 0 || a.grondslag === null) {
    return naar(p, ctx, { ...p, status: 'niet-gedeeld' }, [
      {
        soort: 'afweging-2',
        tekst: `${basis} Niet delen: ${niet.map((e) => e.nee).join('; ')}. ${a.toelichting}`,
      },
    ]);
  }
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
    grondslag: a.grondslag,
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
    grondslag: a.grondslag,
    omstandigheden: a.omstandigheden,
    routeSoort: oordeel.routeSoort,
    toestemmingVereist: oordeel.toestemmingVereist,
    nietDelen: oordeel.nietDelen,
    achterwegeGelaten: [],
  };
  const vereist = oordeel.toestemmingVereist.map((v) => `Alleen met toestemming: ${v.bericht}`);
  const grond = a.grondslag.grondslag ?? a.grondslag.wettelijkeBasis;
  return naar(
    p,
    ctx,
    { ...p, status: 'afweging-3', professional: { ...p.professional, pet }, inhoud },
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
}
