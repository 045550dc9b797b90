import { grondslagen } from '@deelwijs/content/grondslagen/grondslagen';
import { afweging4RedenLabel } from '@deelwijs/content/labels/afweging-4';
import {
  akkoordBesluitLabel,
  doorbrekingGrondLabel,
  toetsingOordeelLabel,
} from '@deelwijs/content/labels/doorbreking';
import {
  type AantekeningSoortId,
  aantekeningSoortLabel,
  akkoordBesluitInZin,
  clientAantekeningSoorten,
  type DeelbasisSoortId,
  deelbasisLabel,
  dossierKop,
  jaNeeLabel,
  type VerantwoordingDeelId,
  verantwoordingDeelVan,
} from '@deelwijs/content/labels/dossier';
import {
  pogingUitkomstLabel,
  pogingWijzeLabel,
  toestemmingWijzeLabel,
} from '@deelwijs/content/labels/toestemming';
import { verstrekkingWijzeLabel } from '@deelwijs/content/labels/verstrekking';
import { vertegenwoordigerRolLabel } from '@deelwijs/content/labels/vertegenwoordiger-rol';
import { handtekeningSignaalLabel } from '@deelwijs/content/labels/werkvoorraad';
import { voorwaardenConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import type { Voorstel } from '../doorbreking/doorbreking.schema';
import { categorieNaam } from '../grondslag/grondslag';
import type { DeelverzoekProces } from '../proces/proces.schema';
import { gerechtvaardigdeRedenLabel } from '../termijnen/uitstel';
import type { Partij, VertegenwoordigerRol } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { naarDatum, naarLokaal } from '../werkdagen/amsterdam-tijd';
import type { AantekeningSoort } from './dossieraantekening.schema';

/** A member of staff as the file names them: their name and the roles they hold (id and label). */
export interface DossierMedewerker {
  naam: string;
  rollen: readonly { id: string; label: string }[];
}

/** What the file needs to name people and show the reasoning: looked up at read time, never stored. */
export interface DossierOmgeving {
  medewerkers: ReadonlyMap<string, DossierMedewerker>;
  vertegenwoordigers: readonly { id: string; naam: string; rol: VertegenwoordigerRol }[];
  /** The process as written with the deelverzoek's last step; null when it is not known. */
  proces: DeelverzoekProces | null;
}

/** A stored entry, as much of it as reading needs. */
export interface OpgeslagenAantekening {
  soort: string;
  tekst: string;
  door: { gebruikerId: string };
  op: string;
}

export interface Onderdeel {
  kop: string;
  regels: { naam: string; waarde: string }[];
}

/** One entry as a person reads it: no ids, no codes, times in Dutch local time. */
export interface LeesbareAantekening {
  titel: string;
  /** The heading of the verantwoording it falls under. */
  deel: VerantwoordingDeelId;
  wie: { naam: string; rol: string | null };
  wanneer: string;
  /** The recorded text with names and labels for its ids and codes; null when `onderdelen` say it all. */
  tekst: string | null;
  /** Who said what: the client or a representative, by name and relation. */
  uitspraken: { wie: string; woorden: string }[];
  /** The full reasoning on record, from the process's structured fields. */
  onderdelen: Onderdeel[];
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "3 januari 1981": a calendar date (JJJJ-MM-DD) as a person reads it. */
export function nederlandseDatum(datum: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  const maand = m ? MAANDEN[Number(m[2]) - 1] : undefined;
  return m && maand ? `${Number(m[3])} ${maand} ${m[1]}` : datum;
}

/** "1 december 2026 om 23:04", in Europe/Amsterdam, the same on every machine. */
export function nederlandseTijd(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const { dagnr, tijd } = naarLokaal(ms);
  const [jaar, maand, dag] = naarDatum(dagnr).split('-').map(Number) as [number, number, number];
  const tt = (n: number) => String(n).padStart(2, '0');
  return `${dag} ${MAANDEN[maand - 1]} ${jaar} om ${tt(tijd.uur)}:${tt(tijd.minuut)}`;
}

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const alsPatroon = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const klein = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const zelfde = (a: string | undefined, b: string) => a !== undefined && Date.parse(a) === Date.parse(b);

/** In which role someone usually writes this kind of entry; the first role they hold otherwise. */
const ROL_BIJ_SOORT: Partial<Record<AantekeningSoort, string>> = {
  'collegiale-toetsing': 'deskundige-collega',
  'akkoord-leidinggevende': 'leidinggevende',
};

export function medewerker(
  omg: DossierOmgeving,
  gebruikerId: string,
  soort?: AantekeningSoort,
): { naam: string; rol: string | null } {
  const m = omg.medewerkers.get(gebruikerId.trim());
  if (!m) return { naam: 'een medewerker die niet meer in Deelwijs staat', rol: null };
  const voorkeur = soort ? ROL_BIJ_SOORT[soort] : undefined;
  const rol =
    m.rollen.find((r) => r.id === voorkeur) ??
    m.rollen.find((r) => r.id === 'casemanager') ??
    m.rollen[0] ??
    null;
  return { naam: m.naam, rol: rol?.label ?? null };
}

/** "Eva Smit (casemanager)". */
export const naamMetRol = (p: { naam: string; rol: string | null }) =>
  p.rol ? `${p.naam} (${p.rol})` : p.naam;

/** The client, or a representative by name and relation ("Sanne de Vries (ouder met gezag)"). */
export function partijNaam(omg: DossierOmgeving, partij: Partij): string {
  if (partij.soort === 'client') return 'de cliënt';
  const v = omg.vertegenwoordigers.find((x) => x.id === partij.id);
  const rol = vertegenwoordigerRolLabel[partij.rol];
  return v ? `${v.naam} (${rol})` : `een ${rol} die niet meer bij de cliënt staat`;
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Codes a stored text carries by kind, and what a reader sees instead. */
const CODES: Partial<Record<AantekeningSoort, readonly [RegExp, (...m: string[]) => string][]>> = {
  'afweging-2': [
    [
      /Grondslag: ([a-z-]+)\./,
      (_, id) => `Grondslag: ${klein(grondslagen.find((g) => g.id === id)?.naam ?? id)}.`,
    ],
  ],
  'afweging-4': [
    [
      /^Afweging (4a|4c) gestart \(([a-z-]+)\)\./,
      (_, a, r) =>
        `Afweging ${a} gestart. Reden: ${klein(afweging4RedenLabel[r as keyof typeof afweging4RedenLabel] ?? r)}.`,
    ],
  ],
  toestemmingspoging: [
    [
      /\((gesprek|huisbezoek|telefoon|brief|e-mail), /,
      (_, w) => `(${klein(pogingWijzeLabel[w as keyof typeof pogingWijzeLabel])}, `,
    ],
    [
      /Uitkomst: (ja|nee|geen-antwoord|niet-bereikbaar)\./,
      (_, u) => `Uitkomst: ${klein(pogingUitkomstLabel[u as keyof typeof pogingUitkomstLabel])}.`,
    ],
  ],
  'partij-geinformeerd': [
    [
      /\((gesprek|huisbezoek|telefoon|brief|e-mail), /,
      (_, w) => `(${klein(pogingWijzeLabel[w as keyof typeof pogingWijzeLabel])}, `,
    ],
  ],
  verstrekking: [
    [
      /Gedeeld op basis van (toestemming|grondslag-zonder-toestemming|meldrecht|doorbreking):/,
      (_, b) => `Gedeeld (${klein(deelbasisLabel[b as DeelbasisSoortId])}):`,
    ],
    [
      /\((mondeling|overleg|schriftelijk|digitaal)\)\./,
      (_, w) => `(${klein(verstrekkingWijzeLabel[w as keyof typeof verstrekkingWijzeLabel])}).`,
    ],
  ],
  'collegiale-toetsing': [
    [
      /^Collegiale toetsing \(voorstel versie (\d+)\): (eens|oneens)\./,
      (_, v, o) =>
        `Advies over versie ${v} van het voorstel: ${klein(toetsingOordeelLabel[o as keyof typeof toetsingOordeelLabel])}.`,
    ],
  ],
  'akkoord-leidinggevende': [
    [
      /^Leidinggevende: (akkoord|afgewezen)\./,
      (_, b) => `Besluit: ${akkoordBesluitInZin[b as keyof typeof akkoordBesluitInZin]}.`,
    ],
    [
      /acute verstrekking: (akkoord|afgewezen)\./,
      (_, b) => `acute verstrekking: ${b === 'akkoord' ? 'akkoord' : 'geen akkoord'}.`,
    ],
  ],
  'informeren-achteraf': [
    [
      /\((gesprek|telefoon|brief|e-mail)\)\./,
      (_, w) => `(${klein(pogingWijzeLabel[w as keyof typeof pogingWijzeLabel])}).`,
    ],
  ],
};

const ROLLEN = Object.entries(vertegenwoordigerRolLabel).sort((a, b) => b[1].length - a[1].length);

/**
 * The stored text as a person reads it: a representative by name and relation instead of an id,
 * colleagues by name, codes as labels, moments in Dutch local time. The stored entry is never changed.
 */
export function leesbareTekst(soort: AantekeningSoort, tekst: string, omg: DossierOmgeving): string {
  let t = tekst;
  // A representative's words were written under "De cliënt zei"; say whose they are.
  const gevraagd = /^Toestemming gevraagd aan (.+?) \((?:gesprek|huisbezoek|telefoon|brief|e-mail), /.exec(
    t,
  )?.[1];
  if (soort === 'toestemmingspoging' && gevraagd && gevraagd !== 'de cliënt') {
    t = t.replace('De cliënt zei:', `${hoofdletter(gevraagd)} zei:`);
  }
  for (const [code, vervang] of CODES[soort] ?? []) t = t.replace(code, vervang);
  // "ouder met gezag (<id>)" is how the domain names a representative.
  for (const [rol, label] of ROLLEN) {
    t = t.replace(new RegExp(`${alsPatroon(label)} \\(([^()\\s]+)\\)`, 'gi'), (_, id: string) =>
      partijNaam(omg, { soort: 'vertegenwoordiger', id, rol: rol as VertegenwoordigerRol }),
    );
  }
  t = t.replace(UUID, (id) => {
    const v = omg.vertegenwoordigers.find((x) => x.id === id.toLowerCase());
    return v
      ? `${v.naam} (${vertegenwoordigerRolLabel[v.rol]})`
      : 'een persoon die niet meer bij de cliënt staat';
  });
  for (const [id, m] of omg.medewerkers) {
    t = t.replace(new RegExp(`(?<![\\w-])${alsPatroon(id)}(?![\\w-])`, 'g'), m.naam);
  }
  return hoofdletter(t.replace(ISO, (iso) => nederlandseTijd(iso)));
}

const jaNee = (ja: boolean) => (ja ? jaNeeLabel.ja : jaNeeLabel.nee);

/**
 * The proposal's reasoning: the conversation, the client's arguments, the grond, each of the five, 4b.
 * The client's own reaction is not among the rows: a person's words stand once, quoted under their
 * name (the entry's `uitspraken`), apart from what the professional recorded.
 */
function voorstelOnderdelen(v: Voorstel, omg: DossierOmgeving): Onderdeel[] {
  const delen: Onderdeel[] = [];
  delen.push({
    kop: dossierKop.gesprek,
    regels: v.gesprek
      ? [
          { naam: dossierKop.belang, waarde: v.gesprek.belang },
          { naam: dossierKop.doel, waarde: v.gesprek.doel },
          { naam: dossierKop.wat, waarde: v.gesprek.wat },
        ]
      : [{ naam: dossierKop.gesprek, waarde: 'De cliënt was niet op tijd te bereiken.' }],
  });
  delen.push({
    kop: dossierKop.grond,
    regels: [
      { naam: dossierKop.goedeArgumenten, waarde: jaNee(v.goedeArgumentenClient) },
      { naam: dossierKop.grond, waarde: doorbrekingGrondLabel[v.grond] },
    ],
  });
  delen.push({
    kop: dossierKop.vijfVoorwaarden,
    regels: voorwaardenConflictVanPlichten.map((q) => ({
      naam: `${q.nummer}. ${q.vraag}`,
      waarde: `${jaNee(v.voorwaarden[q.sleutel].voldaan)}. ${v.voorwaarden[q.sleutel].onderbouwing}`,
    })),
  });
  if (v.nietVoorafInformeren) {
    delen.push({
      kop: dossierKop.nietVooraf,
      regels: [
        { naam: dossierKop.reden, waarde: gerechtvaardigdeRedenLabel[v.nietVoorafInformeren.reden] },
        { naam: dossierKop.onderbouwing, waarde: v.nietVoorafInformeren.onderbouwing },
        {
          naam: dossierKop.overleg,
          waarde: leesbareTekst('doorbrekingsvoorstel', v.nietVoorafInformeren.overlegMetCollegas, omg),
        },
      ],
    });
  }
  delen.push({
    kop: dossierKop.watEnMetWie,
    regels: [
      { naam: dossierKop.watEnMetWie, waarde: v.wat },
      { naam: dossierKop.toelichting, waarde: v.toelichting },
    ],
  });
  return delen;
}

interface Lezing {
  tekstVervangen: boolean;
  uitspraken: LeesbareAantekening['uitspraken'];
  onderdelen: Onderdeel[];
}

const GEEN: Lezing = { tekstVervangen: false, uitspraken: [], onderdelen: [] };

/**
 * Per kind: the structured fields of the process that belong to this entry (matched by moment, or
 * by position for the attempts), read as parts. An entry the snapshot no longer holds (an earlier
 * proposal, say) keeps its text only.
 */
function lees(
  a: OpgeslagenAantekening,
  soort: AantekeningSoort,
  omg: DossierOmgeving,
  pogingNr: number,
): Lezing {
  const p = omg.proces;
  if (!p) return GEEN;
  const a4 = p.afweging4;
  switch (soort) {
    case 'toestemmingspoging': {
      const vast = p.pogingen[pogingNr];
      if (!vast) return GEEN;
      const g = vast.poging;
      const wie = partijNaam(omg, g.partij);
      const regels = [
        { naam: dossierKop.aan, waarde: hoofdletter(wie) },
        { naam: dossierKop.wijze, waarde: pogingWijzeLabel[g.wijze] },
        { naam: dossierKop.wanneer, waarde: nederlandseTijd(g.op) },
        { naam: dossierKop.uitkomst, waarde: pogingUitkomstLabel[g.uitkomst] },
      ];
      const onderdelen: Onderdeel[] = [{ kop: dossierKop.poging, regels }];
      if (g.reikwijdte) {
        const r = g.reikwijdte;
        onderdelen.push({
          kop: dossierKop.toestemmingVoor,
          regels: [
            { naam: dossierKop.doel, waarde: r.doel },
            { naam: dossierKop.gegevens, waarde: r.gegevens.map(categorieNaam).join(', ') },
            { naam: dossierKop.ontvangers, waarde: r.ontvangers.join(', ') },
            { naam: dossierKop.wijze, waarde: toestemmingWijzeLabel[r.wijze] },
            ...(r.geldigTot ? [{ naam: dossierKop.geldigTot, waarde: nederlandseTijd(r.geldigTot) }] : []),
          ],
        });
      }
      return {
        tekstVervangen: true,
        uitspraken: g.woordenClient ? [{ wie: hoofdletter(wie), woorden: g.woordenClient }] : [],
        onderdelen,
      };
    }
    case 'doorbrekingsvoorstel': {
      if (!a4?.voorstel || !zelfde(a4.voorstelOp, a.op)) return GEEN;
      const reactie = a4.voorstel.gesprek?.reactieClient;
      return {
        // A changed proposal says what changed in its text only; keep it then.
        tekstVervangen: a.tekst.startsWith('Voorstel afweging'),
        uitspraken: reactie ? [{ wie: 'De cliënt', woorden: reactie }] : [],
        onderdelen: voorstelOnderdelen(a4.voorstel, omg),
      };
    }
    case 'collegiale-toetsing': {
      const t = [a4?.collegialeToetsing, ...(a4?.eerdereToetsingen ?? [])].find(
        (x) => x && zelfde(x.op, a.op),
      );
      if (!t) return GEEN;
      return {
        tekstVervangen: true,
        uitspraken: [],
        onderdelen: [
          {
            kop: dossierKop.advies,
            regels: [
              {
                naam: dossierKop.oordeel,
                waarde: `${toetsingOordeelLabel[t.oordeel]} (versie ${t.voorstelVersie})`,
              },
              { naam: dossierKop.toelichting, waarde: t.toelichting },
            ],
          },
        ],
      };
    }
    case 'akkoord-leidinggevende': {
      const k = a4?.akkoord;
      if (!k || !zelfde(k.op, a.op)) return GEEN;
      const wie = medewerker(omg, k.door.gebruikerId, 'akkoord-leidinggevende');
      return {
        tekstVervangen: false,
        uitspraken: [],
        onderdelen: [
          {
            kop: dossierKop.handtekening,
            regels: [
              { naam: dossierKop.naam, waarde: wie.naam },
              ...(wie.rol ? [{ naam: dossierKop.rol, waarde: wie.rol }] : []),
              { naam: dossierKop.wanneer, waarde: nederlandseTijd(k.op) },
              {
                naam: dossierKop.besluit,
                // Refused after an acute verstrekking: the data moved anyway, so not "er wordt niet gedeeld".
                waarde:
                  a4?.acuut && k.besluit === 'afgewezen'
                    ? handtekeningSignaalLabel['acuut-afgewezen']
                    : akkoordBesluitLabel[k.besluit],
              },
              { naam: dossierKop.toelichting, waarde: k.toelichting },
            ],
          },
        ],
      };
    }
    case 'verstrekking': {
      const v = p.verstrekking;
      if (!v || !zelfde(v.op, a.op)) return GEEN;
      const onderdelen: Onderdeel[] = [
        {
          kop: dossierKop.verstrekking,
          regels: [
            { naam: dossierKop.basis, waarde: deelbasisLabel[v.basis.soort] },
            { naam: dossierKop.gegevens, waarde: v.gegevens.map(categorieNaam).join(', ') },
            { naam: dossierKop.ontvangers, waarde: v.ontvangers.join(', ') },
            { naam: dossierKop.wijze, waarde: verstrekkingWijzeLabel[v.wijze] },
            ...v.achterwegeGelaten.map((x) => ({
              naam: dossierKop.bewustNiet,
              waarde: `${categorieNaam(x.categorie)}: ${x.reden}`,
            })),
          ],
        },
      ];
      const uitspraken: LeesbareAantekening['uitspraken'] = [];
      if (v.voorafGeinformeerd) {
        const vi = v.voorafGeinformeerd;
        onderdelen.push({
          kop: dossierKop.voorafGeinformeerd,
          regels: [
            { naam: dossierKop.wie, waarde: 'De cliënt' },
            { naam: dossierKop.wanneer, waarde: nederlandseTijd(vi.op) },
            { naam: dossierKop.wijze, waarde: verstrekkingWijzeLabel[vi.wijze] },
          ],
        });
        if (vi.reactieClient) uitspraken.push({ wie: 'De cliënt', woorden: vi.reactieClient });
      } else if (v.basis.soort !== 'toestemming') {
        onderdelen.push({
          kop: dossierKop.nietVoorafVerteld,
          regels: [
            {
              naam: dossierKop.toelichting,
              waarde:
                v.basis.soort === 'doorbreking' && v.basis.nietVoorafInformeren
                  ? 'De cliënt is niet vooraf verteld (afweging 4b); dat gebeurt achteraf.'
                  : 'De cliënt is niet vooraf verteld; dat gebeurt achteraf.',
            },
          ],
        });
      }
      return { tekstVervangen: false, uitspraken, onderdelen };
    }
    case 'informeren-achteraf': {
      const i = p.informerenAchteraf;
      if (!i || !zelfde(i.op, a.op)) return GEEN;
      return {
        tekstVervangen: true,
        uitspraken: i.reactieClient ? [{ wie: 'De cliënt', woorden: i.reactieClient }] : [],
        onderdelen: [
          {
            kop: dossierKop.achterafGeinformeerd,
            regels: [
              { naam: dossierKop.wie, waarde: 'De cliënt' },
              { naam: dossierKop.wanneer, waarde: nederlandseTijd(i.op) },
              { naam: dossierKop.wijze, waarde: pogingWijzeLabel[i.wijze] },
            ],
          },
        ],
      };
    }
    case 'partij-geinformeerd': {
      const i = (p.geinformeerd ?? []).find((x) => zelfde(x.op, a.op) || a.tekst.includes(x.toelichting));
      if (!i) return GEEN;
      return {
        tekstVervangen: false,
        uitspraken: [],
        onderdelen: [
          {
            kop: dossierKop.informeren,
            regels: [
              { naam: dossierKop.wie, waarde: hoofdletter(partijNaam(omg, i.partij)) },
              { naam: dossierKop.wanneer, waarde: nederlandseTijd(i.op) },
              { naam: dossierKop.wijze, waarde: pogingWijzeLabel[i.wijze] },
            ],
          },
        ],
      };
    }
    default:
      return GEEN;
  }
}

const isSoort = (s: string): s is AantekeningSoortId => s in aantekeningSoortLabel;

const CLIENTSOORTEN: ReadonlySet<string> = new Set(clientAantekeningSoorten);
const REDEN = '. Reden: ';

/**
 * An entry about the client itself ("Geboortedatum gecorrigeerd van 1980-03-01 naar 1981-01-03.
 * Reden: …") in words: dates in Dutch, a representative by name, and who did it before the reason.
 * The reason is the person's own words and is shown as written.
 */
function leesbareCorrectie(a: OpgeslagenAantekening, soort: AantekeningSoort, omg: DossierOmgeving): string {
  const i = a.tekst.indexOf(REDEN);
  const wat = i < 0 ? a.tekst : a.tekst.slice(0, i);
  const reden = i < 0 ? '.' : a.tekst.slice(i);
  const woorden = leesbareTekst(soort, wat, omg).replace(/\b\d{4}-\d{2}-\d{2}\b/g, nederlandseDatum);
  return `${woorden} door ${naamMetRol(medewerker(omg, a.door.gebruikerId, soort))}${reden}`;
}

/** One entry, read; `pogingNr` is its place among the attempts of its deelverzoek. */
export function leesbareAantekening(
  a: OpgeslagenAantekening,
  omg: DossierOmgeving,
  pogingNr = 0,
): LeesbareAantekening {
  // A kind this code does not know (written by a newer version) still reads, under a plain heading.
  const soort = isSoort(a.soort) ? a.soort : undefined;
  const l = soort ? lees(a, soort, omg, pogingNr) : GEEN;
  return {
    titel: soort ? aantekeningSoortLabel[soort] : 'Aantekening',
    deel: soort ? verantwoordingDeelVan[soort] : 'afsluiting',
    // Taking a review from the pool is the collega's step; asking one is the casemanager's.
    wie: medewerker(
      omg,
      a.door.gebruikerId,
      soort === 'toetsing-toegewezen' && a.tekst.includes('opgepakt') ? 'collegiale-toetsing' : soort,
    ),
    wanneer: nederlandseTijd(a.op),
    tekst: l.tekstVervangen
      ? null
      : soort && CLIENTSOORTEN.has(soort)
        ? leesbareCorrectie(a, soort, omg)
        : leesbareTekst(soort ?? 'afsluiting', a.tekst, omg),
    uitspraken: l.uitspraken,
    onderdelen: l.onderdelen,
  };
}

/** The entries of one deelverzoek, oldest first, each read with the process they belong to. */
export function leesbaarDossier(
  aantekeningen: readonly OpgeslagenAantekening[],
  omg: DossierOmgeving,
): LeesbareAantekening[] {
  let pogingen = 0;
  return aantekeningen.map((a) =>
    leesbareAantekening(a, omg, a.soort === 'toestemmingspoging' ? pogingen++ : 0),
  );
}

/** The staff ids an entry or its process names, so the caller can look up their names at once. */
export function genoemdeMedewerkers(
  aantekeningen: readonly OpgeslagenAantekening[],
  proces: DeelverzoekProces | null,
): string[] {
  const ids = new Set(aantekeningen.map((a) => a.door.gebruikerId.trim()));
  const a4 = proces?.afweging4;
  for (const id of [
    a4?.aanvrager.gebruikerId,
    a4?.collegialeToetsing?.door.gebruikerId,
    a4?.akkoord?.door.gebruikerId,
    a4?.toetsingsverzoek?.toetser.soort === 'collega' ? a4.toetsingsverzoek.toetser.gebruikerId : undefined,
    proces?.meldrechtOverleg?.collega.gebruikerId,
    ...(a4?.eerdereToetsingen ?? []).map((t) => t.door.gebruikerId),
  ]) {
    if (id) ids.add(id.trim());
  }
  // Ids written into texts (a colleague asked for review, or consulted on a report).
  for (const a of aantekeningen) {
    for (const m of a.tekst.matchAll(/(?:deskundige collega|opgepakt door) ([a-z0-9][\w.@-]*[a-z0-9])/gi)) {
      ids.add(m[1] as string);
    }
  }
  return [...ids];
}
