import { categorieNaam, toetsGrondslag, zonderToestemming } from '../grondslag/grondslag';
import type {
  DeelverzoekInhoud,
  OpdrachtVan,
  ProcesContext,
  ProcesIn,
  ProcesStap,
} from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { uitkomstVan } from '../regels/beslisgraaf';
import { bronAfweging } from '../regels/bron';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import { jaNee, jaNeeOfNietGevraagd } from '../regels/tekst';
import { wieMoetToestemmen } from '../vertegenwoordiging/wie-moet-toestemmen';
import { AFWEGING_3_VRAGEN } from './afweging-3.schema';

/**
 * Afweging 3: doelmatig, proportioneel, subsidiair. A no is niet delen, unless sharing less makes
 * it proportional; then a route without consent goes to sharing, any other asks for consent.
 */
export function afweging3(
  p: ProcesIn<'afweging-3'>,
  o: OpdrachtVan<'afweging-3'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const a = o.antwoord;
  const { inhoud } = p;
  const tekst = `Afweging 3. Doelmatig: ${jaNee(a.doelmatig)}; proportioneel: ${jaNeeOfNietGevraagd(a.proportioneel)}; subsidiair: ${jaNeeOfNietGevraagd(a.subsidiair)}. ${a.toelichting}`;
  const minder = a.minderGegevens;
  if (
    minder &&
    (minder.gegevens.some((g) => !inhoud.gegevens.includes(g)) ||
      minder.gegevens.length >= inhoud.gegevens.length)
  ) {
    return geweigerd(
      overtreding(
        'minder-gegevens-geen-deel',
        'Minder delen betekent een deel van de gegevens uit afweging 2, niet andere of evenveel gegevens.',
        bronAfweging('3'),
      ),
    );
  }
  // The graph decides. Its "share less, then weigh again" is the answer with fewer data: for those
  // the proportionality question is answered yes; without them the request stays too wide.
  const uitkomst = uitkomstVan(p.deelverzoek.contentVersie, '3', {
    [AFWEGING_3_VRAGEN.doelmatig]: a.doelmatig,
    [AFWEGING_3_VRAGEN.proportioneel]: minder ? true : a.proportioneel,
    [AFWEGING_3_VRAGEN.subsidiair]: a.subsidiair,
  });
  if (!uitkomst.ok) return uitkomst;
  if (uitkomst.waarde !== 'vraag-toestemming') {
    return naar(p, ctx, { ...p, status: 'niet-gedeeld' }, [
      { soort: 'afweging-3', tekst: `${tekst} Niet delen.` },
    ]);
  }
  const gegevens = minder?.gegevens ?? inhoud.gegevens;
  const weg = minder
    ? inhoud.gegevens
        .filter((g) => !gegevens.includes(g))
        .map((categorie) => ({ categorie, reden: minder.reden }))
    : [];
  const oordeel = toetsGrondslag({
    pet: p.professional.pet,
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
  if (zonderToestemming(nieuw)) {
    return naar(p, ctx, { ...p, status: 'verstrekking', inhoud: nieuw }, [notitie]);
  }
  const wie = wieMoetToestemmen(p.client, ctx.op);
  if (!wie.ok) return wie;
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'toestemming',
      inhoud: nieuw,
      wieMoetToestemmen: wie.waarde,
      toestemmingGevraagdVanaf: ctx.op,
    },
    [notitie],
  );
}
