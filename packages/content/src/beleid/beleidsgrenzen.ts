import type { WetsArtikel } from '../bronnen/bron.schema';
import type { Beleid, Duur } from './beleid.schema';
import { type BeleidOverrides, beleidMetOverrides, OngeldigBeleidFout } from './beleid-overrides';
import { standaardBeleid } from './standaard-beleid';

/** A problem with an organisation's policy, on the field it is about. */
export interface Beleidsprobleem {
  pad: string;
  bericht: string;
}

type Eenheid = Duur['eenheid'];

/** Units only tests use (a workflow in seconds): an organisation's policy counts in days and hours. */
const TESTEENHEDEN: ReadonlySet<Eenheid> = new Set(['minuten', 'seconden']);

/**
 * A ceiling the law sets, per unit. Working days are capped lower than calendar days so that the
 * deadline stays inside the month even when holidays fall in it (18 working days and three holidays
 * are at most 30 calendar days).
 */
export interface Wettelijkegrens {
  pad: string;
  wat: string;
  hoogstens: Partial<Record<Eenheid, number>>;
  bron: WetsArtikel;
}

export const WETTELIJKE_GRENZEN: readonly Wettelijkegrens[] = [
  {
    pad: 'informerenAchteraf.termijn',
    wat: 'De cliënt achteraf informeren',
    hoogstens: { kalenderdagen: 30, werkdagen: 18, uren: 720 },
    bron: { wet: 'AVG', artikel: '14 lid 3', onderwerp: 'informeren binnen een maand' },
  },
  {
    pad: 'uitstel.maximaal',
    wat: 'Eén periode van uitstel van het informeren',
    hoogstens: { kalenderdagen: 30, werkdagen: 18, uren: 720 },
    bron: { wet: 'UAVG', artikel: '41', onderwerp: 'uitstel alleen zo lang als nodig' },
  },
];

/** Rough length in hours, only to compare two clocks in different units (a working day as 1.4 days). */
const UREN: Record<Eenheid, number> = {
  werkdagen: 24 * 1.4,
  kalenderdagen: 24,
  uren: 1,
  minuten: 1 / 60,
  seconden: 1 / 3600,
};
const lengte = (d: Duur) => d.aantal * UREN[d.eenheid];

const EENHEID_WOORD: Record<Eenheid, string> = {
  werkdagen: 'werkdagen',
  kalenderdagen: 'kalenderdagen',
  uren: 'uur',
  minuten: 'minuten',
  seconden: 'seconden',
};

const opPad = (beleid: Beleid, pad: string): unknown =>
  pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], beleid);

/** Clocks that must come before another one, or the later step could never be reached in time. */
const VOLGORDE: Array<{ eerder: string; later: string; bericht: string }> = [
  {
    eerder: 'toestemming.herinneringZonderPoging',
    later: 'toestemming.beslismomentZonderAntwoord',
    bericht: 'De herinnering zonder poging moet vóór het beslismoment zonder antwoord vallen.',
  },
  {
    eerder: 'collegialeToetsing.herinnering',
    later: 'collegialeToetsing.escalatie',
    bericht: 'De herinnering aan de collega moet vóór de escalatie vallen.',
  },
  {
    eerder: 'akkoordLeidinggevende.termijnSpoed',
    later: 'akkoordLeidinggevende.termijn',
    bericht: 'De termijn bij spoed mag niet langer zijn dan de gewone termijn voor het akkoord.',
  },
];

/** Every clock of a policy with its path, reminders included (`informerenAchteraf.herinneringen.0`). */
function klokken(beleid: Beleid): Array<[string, Duur]> {
  const uit: Array<[string, Duur]> = [];
  for (const [groep, waarden] of Object.entries(beleid)) {
    if (typeof waarden !== 'object' || waarden === null) continue;
    for (const [naam, waarde] of Object.entries(waarden)) {
      if (Array.isArray(waarde))
        for (const [i, d] of waarde.entries()) uit.push([`${groep}.${naam}.${i}`, d as Duur]);
      else if (typeof waarde === 'object' && waarde !== null && 'eenheid' in waarde)
        uit.push([`${groep}.${naam}`, waarde as Duur]);
    }
  }
  return uit;
}

/**
 * What keeps an organisation's own deadlines lawful and workable: within the ceilings the law sets,
 * in days or hours (not the units of tests), and in an order the process can follow. Empty when the
 * policy may be put in force.
 */
export function beleidsgrensProblemen(beleid: Beleid): Beleidsprobleem[] {
  const problemen: Beleidsprobleem[] = [];
  for (const [pad, duur] of klokken(beleid))
    if (TESTEENHEDEN.has(duur.eenheid))
      problemen.push({
        pad,
        bericht: 'Kies werkdagen, kalenderdagen of uren; minuten en seconden zijn voor tests.',
      });

  for (const grens of WETTELIJKE_GRENZEN) {
    const duur = opPad(beleid, grens.pad) as Duur;
    const max = grens.hoogstens[duur.eenheid];
    if (max !== undefined && duur.aantal > max)
      problemen.push({
        pad: grens.pad,
        bericht: `${grens.wat} mag hoogstens ${max} ${EENHEID_WOORD[duur.eenheid]} duren (${grens.bron.wet} art. ${grens.bron.artikel}: ${grens.bron.onderwerp}).`,
      });
  }

  const { termijn, herinneringen } = beleid.informerenAchteraf;
  herinneringen.forEach((h, i) => {
    if (lengte(h) >= lengte(termijn))
      problemen.push({
        pad: `informerenAchteraf.herinneringen.${i}`,
        bericht: 'Een herinnering moet vóór de termijn voor het informeren vallen.',
      });
    else if (i > 0 && lengte(h) <= lengte(herinneringen[i - 1]!))
      problemen.push({
        pad: `informerenAchteraf.herinneringen.${i}`,
        bericht: 'Zet de herinneringen op volgorde: elke volgende later dan de vorige.',
      });
  });

  for (const { eerder, later, bericht } of VOLGORDE) {
    const a = opPad(beleid, eerder) as Duur;
    const b = opPad(beleid, later) as Duur;
    const teLaat = later === 'akkoordLeidinggevende.termijn' ? lengte(a) > lengte(b) : lengte(a) >= lengte(b);
    if (teLaat) problemen.push({ pad: eerder, bericht });
  }
  return problemen;
}

/** Turns OngeldigBeleidFout's "pad: bericht" lines back into fields. */
const naarProbleem = (regel: string): Beleidsprobleem => {
  const i = regel.indexOf(': ');
  return i < 0 ? { pad: '', bericht: regel } : { pad: regel.slice(0, i), bericht: regel.slice(i + 2) };
};

/**
 * An organisation's own deadlines on top of the default: the merged policy when it is valid and
 * within the limits above, otherwise every problem on its field.
 */
export function organisatiebeleid(
  overrides: BeleidOverrides,
  basis: Beleid = standaardBeleid,
): { beleid: Beleid; problemen?: never } | { beleid?: never; problemen: Beleidsprobleem[] } {
  let beleid: Beleid;
  try {
    beleid = beleidMetOverrides(basis, overrides);
  } catch (e) {
    if (e instanceof OngeldigBeleidFout) return { problemen: e.problemen.map(naarProbleem) };
    throw e;
  }
  const problemen = beleidsgrensProblemen(beleid);
  return problemen.length > 0 ? { problemen } : { beleid };
}
