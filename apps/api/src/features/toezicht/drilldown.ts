import { aantekeningSoortLabel } from '@deelwijs/content';
import type { BetrokkeneTaak, Rol, ToezichtDeelverzoek } from '@deelwijs/contract';
import {
  AantekeningSoort,
  type DeelverzoekProces,
  DeelverzoekStatus,
  isAfgesloten,
  VolgendeActie,
} from '@deelwijs/domain';

const iso = (t: string | null | undefined) => (t ? new Date(t).toISOString() : null);

/** What the drill-down reads from the deelverzoek's row (see `toezichtQueries.deelverzoek`). */
export interface DrilldownRij {
  id: string;
  clientId: string;
  pseudoniem: string;
  team: string;
  status: string;
  aangemaaktDoor: { gebruikerId: string };
  aangemaaktOp: string;
  bijgewerktOp: string;
  contentVersie: string;
  beleidVersie: string;
  volgendeActie: string | null;
  volgendeActieOp: string | null;
  proces: DeelverzoekProces | null;
}

type Naam = (gebruikerId: string) => string;

/** Every member of staff the snapshot names, with their part: ids only, for the names lookup. */
export function betrokkenenVan(rij: DrilldownRij): Array<{ taak: BetrokkeneTaak; gebruikerId: string }> {
  const p = rij.proces;
  const d = p?.afweging4;
  const gekozen = d?.toetsingsverzoek?.toetser.soort === 'collega' ? d.toetsingsverzoek.toetser : null;
  const lijst: Array<[BetrokkeneTaak, string | undefined]> = [
    ['aanvrager', rij.aangemaaktDoor.gebruikerId],
    ['toetser', d?.collegialeToetsing?.door.gebruikerId ?? gekozen?.gebruikerId],
    ['leidinggevende', d?.akkoord?.door.gebruikerId],
    ...(p?.uitstel ?? []).map((u): [BetrokkeneTaak, string] => [
      'leidinggevende',
      u.goedgekeurdDoor.gebruikerId,
    ]),
    ['verstrekker', p?.verstrekking?.door.gebruikerId],
    ['informeerder', p?.informerenAchteraf?.door.gebruikerId],
  ];
  const gezien = new Set<string>();
  return lijst.flatMap(([taak, gebruikerId]) => {
    const sleutel = `${taak}:${gebruikerId}`;
    if (!gebruikerId || gezien.has(sleutel)) return [];
    gezien.add(sleutel);
    return [{ taak, gebruikerId }];
  });
}

/** Who must act now, by the next action the workflow set; the person only when one was chosen. */
function aanZet(rij: DrilldownRij, naam: Naam): ToezichtDeelverzoek['aanZet'] {
  const persoon = (gebruikerId: string) => ({ gebruikerId, naam: naam(gebruikerId) });
  const casemanager = { rol: 'casemanager' as Rol, medewerker: persoon(rij.aangemaaktDoor.gebruikerId) };
  const actie = VolgendeActie.safeParse(rij.volgendeActie).data;
  switch (actie) {
    case 'toestemming-vragen':
    case 'informeren-achteraf':
      return casemanager;
    case 'collegiale-toetsing': {
      const toetser = rij.proces?.afweging4?.toetsingsverzoek?.toetser;
      return {
        rol: 'deskundige-collega',
        medewerker: toetser?.soort === 'collega' ? persoon(toetser.gebruikerId) : null,
      };
    }
    case 'akkoord-leidinggevende':
    case 'akkoord-achteraf':
    case 'uitstel-beoordelen':
      return { rol: 'leidinggevende', medewerker: null };
    case 'storing':
      return null;
    case undefined: {
      // A weighing step without a clock: the casemanager is at it, until the deelverzoek closes.
      const status = DeelverzoekStatus.safeParse(rij.status).data;
      return status && !isAfgesloten(status) ? casemanager : null;
    }
  }
}

/**
 * The privacy officer's view of one deelverzoek: process metadata from the row and the snapshot,
 * picked field by field so that nothing of the file's content (doel, recipients, reasoning texts,
 * the client's words) can come along by accident.
 */
export function naarToezichtDeelverzoek(
  rij: DrilldownRij,
  perSoort: ReadonlyArray<{ soort: string; aantal: number }>,
  naam: Naam,
  nu: string,
): ToezichtDeelverzoek {
  const p = rij.proces;
  const d = p?.afweging4;
  const uiterlijk = iso(rij.volgendeActieOp);
  const uitstelTot = (p?.uitstel ?? [])
    .map((u) => u.tot)
    .sort()
    .at(-1);
  const moetInformeren = p?.status === 'informeren-achteraf' || !!p?.informerenAchteraf;
  const soorten = perSoort.flatMap((s) => {
    const soort = AantekeningSoort.safeParse(s.soort).data;
    return soort ? [{ soort, label: aantekeningSoortLabel[soort], aantal: s.aantal }] : [];
  });
  return {
    deelverzoekId: rij.id,
    client: { id: rij.clientId, pseudoniem: rij.pseudoniem },
    team: rij.team,
    status: DeelverzoekStatus.parse(rij.status),
    aangemaaktOp: iso(rij.aangemaaktOp)!,
    bijgewerktOp: iso(rij.bijgewerktOp)!,
    contentVersie: rij.contentVersie,
    beleidVersie: rij.beleidVersie,
    volgendeActie: VolgendeActie.safeParse(rij.volgendeActie).data ?? null,
    uiterlijk,
    teLaat: !!uiterlijk && Date.parse(uiterlijk) < Date.parse(nu),
    aanZet: aanZet(rij, naam),
    betrokkenen: betrokkenenVan(rij).map(({ taak, gebruikerId }) => ({
      taak,
      medewerker: { gebruikerId, naam: naam(gebruikerId) },
    })),
    routeSoort: p?.inhoud?.routeSoort ?? null,
    toestemming: {
      gevraagdVanaf: iso(p?.toestemmingGevraagdVanaf),
      pogingen: p?.pogingen.length ?? 0,
      gegeven: p?.toestemmingen.length ?? 0,
    },
    doorbreking: d
      ? {
          afweging: d.afweging,
          reden: d.reden,
          fase: d.fase,
          spoed: d.spoed,
          acuutGedeeldOp: iso(d.acuut?.op),
          toetsing: d.collegialeToetsing
            ? { oordeel: d.collegialeToetsing.oordeel, op: iso(d.collegialeToetsing.op)! }
            : null,
          akkoord: d.akkoord ? { besluit: d.akkoord.besluit, op: iso(d.akkoord.op)! } : null,
        }
      : null,
    verstrekking: p?.verstrekking
      ? {
          op: iso(p.verstrekking.op)!,
          basis: p.verstrekking.basis,
          voorafGeinformeerd: p.verstrekking.voorafGeinformeerd !== undefined,
          aantalGegevens: p.verstrekking.gegevens.length,
          aantalOntvangers: p.verstrekking.ontvangers.length,
        }
      : null,
    informerenAchteraf: moetInformeren
      ? {
          gedaanOp: iso(p?.informerenAchteraf?.op),
          uitstelTot: iso(uitstelTot),
          uitstelGevraagd: p?.status === 'informeren-achteraf' && !!p.uitstelVerzoek,
          aantalUitstel: p?.uitstel.length ?? 0,
        }
      : null,
    aantekeningen: { totaal: soorten.reduce((n, s) => n + s.aantal, 0), perSoort: soorten },
  };
}
