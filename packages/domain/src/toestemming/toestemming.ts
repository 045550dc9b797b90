import type { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { grondslagen } from '@deelwijs/content/grondslagen/grondslagen';
import type { Deelverzoek } from '../deelverzoek/deelverzoek.schema';
import { bronTekst } from '../regels/bron';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';
import {
  type Partij,
  vertegenwoordigerRolLabel,
  type WieMoetToestemmen,
} from '../vertegenwoordiging/vertegenwoordiging.schema';
import { partijSleutel } from '../vertegenwoordiging/wie-moet-toestemmen';
import { naarMs, type Tijdstip } from '../werkdagen/amsterdam-tijd';
import type { Toestemming, VastgelegdePoging } from './toestemming.schema';

const BRON = bronTekst(grondslagen.find((g) => g.id === 'toestemming')!.bron);

/** What a consent has to cover for this sharing. */
export interface ToestemmingEisen {
  doel: string;
  gegevens: readonly GegevenscategorieId[];
  ontvangers: readonly string[];
}

/** What a consent must cover for this deelverzoek: its purpose, the data weighed, its recipients. */
export const eisenVoor = (
  deelverzoek: Deelverzoek,
  gegevens: readonly GegevenscategorieId[],
): ToestemmingEisen => ({
  doel: deelverzoek.doel,
  gegevens,
  ontvangers: deelverzoek.ontvangers.map((o) => o.organisatie),
});

const normaal = (s: string) => s.trim().toLowerCase();

const regels: readonly {
  code: string;
  geldt: (t: Toestemming, e: ToestemmingEisen, op: number) => boolean;
  bericht: (t: Toestemming, e: ToestemmingEisen) => string;
}[] = [
  {
    code: 'toestemming-nog-niet-gegeven',
    geldt: (t, _, op) => naarMs(t.op) > op,
    bericht: () => 'Deze toestemming is van na het moment van delen; ze telt dan nog niet.',
  },
  {
    code: 'toestemming-ingetrokken',
    geldt: (t, _, op) => t.ingetrokkenOp !== undefined && naarMs(t.ingetrokkenOp) <= op,
    bericht: () => 'De toestemming is ingetrokken. Deel niet meer op grond van deze toestemming.',
  },
  {
    code: 'toestemming-verlopen',
    geldt: (t, _, op) => t.geldigTot !== undefined && naarMs(t.geldigTot) < op,
    bericht: () => 'De toestemming gold tot een datum die voorbij is. Vraag opnieuw toestemming.',
  },
  {
    code: 'toestemming-ander-doel',
    geldt: (t, e) => normaal(t.doel) !== normaal(e.doel),
    bericht: () =>
      'De toestemming gaat over een ander doel dan dit deelverzoek. Toestemming geldt alleen voor het doel dat de cliënt kende.',
  },
  {
    code: 'toestemming-dekt-gegevens-niet',
    geldt: (t, e) => e.gegevens.some((g) => !t.gegevens.includes(g)),
    bericht: (t, e) =>
      `De toestemming dekt niet alle gegevens die u wilt delen; niet: ${e.gegevens.filter((g) => !t.gegevens.includes(g)).join(', ')}.`,
  },
  {
    code: 'toestemming-dekt-ontvangers-niet',
    geldt: (t, e) => e.ontvangers.some((o) => !t.ontvangers.map(normaal).includes(normaal(o))),
    bericht: (t, e) =>
      `De toestemming noemt niet alle ontvangers; niet: ${e.ontvangers.filter((o) => !t.ontvangers.map(normaal).includes(normaal(o))).join(', ')}.`,
  },
  {
    code: 'toestemming-niet-geinformeerd',
    geldt: (t) => !t.intrekkenUitgelegd,
    bericht: () =>
      'Er staat niet dat de cliënt hoorde dat hij de toestemming altijd mag intrekken. Zonder die uitleg is de toestemming niet goed geïnformeerd.',
  },
];

/** Whether one consent is specific, informed and still in force for this sharing at `op`. */
export function toetsToestemming(t: Toestemming, eisen: ToestemmingEisen, op: Tijdstip): Overtreding[] {
  const ms = naarMs(op);
  return regels
    .filter((r) => r.geldt(t, eisen, ms))
    .map((r) => ({ code: r.code, bericht: r.bericht(t, eisen), bron: BRON }));
}

export const partijLabel = (p: Partij): string =>
  p.soort === 'client' ? 'de cliënt' : `${vertegenwoordigerRolLabel[p.rol]} (${p.id})`;

/** Where each party that must consent stands: their last answer (yes or no), or none yet. */
export interface ToestemmingOverzicht {
  perPartij: { partij: Partij; antwoord: 'ja' | 'nee' | null }[];
  /** Every party answered: only then may the consent clock stop reminding. */
  allenGeantwoord: boolean;
  /** Parties whose last answer was no: one of them means no consent. */
  geweigerdDoor: Partij[];
}

/** Each required party's last answer, from the attempts on record (later attempts override earlier ones). */
export function toestemmingOverzicht(
  wie: WieMoetToestemmen,
  pogingen: readonly VastgelegdePoging[],
): ToestemmingOverzicht {
  const perPartij = wie.toestemmers.map((partij) => {
    const antwoorden = pogingen
      .map((v, i) => ({ ...v.poging, i }))
      .filter((x) => partijSleutel(x.partij) === partijSleutel(partij))
      .filter((x): x is typeof x & { uitkomst: 'ja' | 'nee' } => x.uitkomst === 'ja' || x.uitkomst === 'nee')
      .sort((a, b) => naarMs(a.op) - naarMs(b.op) || a.i - b.i);
    return { partij, antwoord: antwoorden.at(-1)?.uitkomst ?? null };
  });
  return {
    perPartij,
    allenGeantwoord: perPartij.every((x) => x.antwoord !== null),
    geweigerdDoor: perPartij.filter((x) => x.antwoord === 'nee').map((x) => x.partij),
  };
}

/**
 * Whether the people who must consent did so, validly, for this sharing: every one of them when
 * the law requires all, at least one when one of them is enough (WGBO art. 7:465 lid 3), and none
 * of them refusing: one no from a party who must consent means no consent.
 */
export function geldigeToestemming(
  toestemmingen: readonly Toestemming[],
  wie: WieMoetToestemmen,
  eisen: ToestemmingEisen,
  op: Tijdstip,
  pogingen: readonly VastgelegdePoging[] = [],
): Resultaat<Toestemming[]> {
  const weigering = toestemmingOverzicht(wie, pogingen).geweigerdDoor;
  if (weigering.length > 0) {
    return geweigerd(
      ...weigering.map((partij) => ({
        code: 'toestemming-geweigerd',
        bericht: `${partijLabel(partij)} zei nee. Zonder de toestemming van iedereen die moet toestemmen, is er geen toestemming. ${wie.uitleg}`,
        bron: wie.bron,
      })),
    );
  }
  const perPartij = wie.toestemmers.map((partij) => {
    const eigen = toestemmingen.filter((t) => partijSleutel(t.gegevenDoor) === partijSleutel(partij));
    const geldig = eigen.find((t) => toetsToestemming(t, eisen, op).length === 0);
    const fouten = eigen.flatMap((t) => toetsToestemming(t, eisen, op));
    return { partij, geldig, fouten };
  });
  const gegeven = perPartij.flatMap((p) => (p.geldig ? [p.geldig] : []));
  const genoeg = wie.vereist === 'allen' ? gegeven.length === perPartij.length : gegeven.length > 0;
  if (genoeg) return gelukt(gegeven);
  const ontbrekend = wie.vereist === 'allen' ? perPartij.filter((p) => !p.geldig) : perPartij;
  return geweigerd(
    ...ontbrekend.flatMap((p) => [
      {
        code: 'toestemming-ontbreekt',
        bericht: `Er is geen geldige toestemming van ${partijLabel(p.partij)}. ${wie.uitleg}`,
        bron: wie.bron,
      },
      ...p.fouten,
    ]),
  );
}
