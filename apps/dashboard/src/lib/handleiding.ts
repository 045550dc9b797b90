/**
 * Response shapes of /api/v1/handleiding/* as the dashboard reads them (see /api/v1/openapi.json),
 * and Dutch labels for the ids in the handbook data. The data itself always comes over HTTP.
 */

export interface Bron {
  hoofdstuk: string;
  titel: string;
  pagina: number;
  paginaTot?: number;
}

export interface WetsArtikel {
  wet: string;
  artikel: string;
  onderwerp?: string;
}

export interface Onderdeel {
  id: string;
  titel: string;
  omschrijving: string;
  href: string;
}

export interface HandleidingIndex {
  versie: string;
  datum: string;
  actueel: boolean;
  nieuwsteVersie: string;
  beschikbareVersies: string[];
  document: { titel: string; uitgever: string; website: string; opmerking: string };
  changelog: Array<{ versie: string; datum: string; wijzigingen: string[] }>;
  onderdelen: Onderdeel[];
}

export interface AfwegingSamenvatting {
  id: string;
  titel: string;
  kernvraag: string;
  bron: Bron;
}

export type AfwegingNode =
  | { soort: 'vraag'; id: string; tekst: string; toelichting?: string; begrippen: string[] }
  | { soort: 'actie'; id: string; tekst: string; vereisten: string[] }
  | {
      soort: 'uitkomst';
      id: string;
      uitkomst: string;
      tekst: string;
      vereisten: string[];
      vervolg: Array<{ afweging: string; wanneer: string }>;
    };

export interface Edge {
  van: string;
  naar: string;
  antwoord: 'ja' | 'nee' | 'verder';
}

export interface Vraag {
  id: string;
  tekst: string;
}

export interface Afweging extends AfwegingSamenvatting {
  versie: string;
  uitleg: string[];
  start: string;
  nodes: AfwegingNode[];
  edges: Edge[];
  reflectievragen: Vraag[];
  situaties: string[];
  casus: { titel: string; situatie: string; vraag: string; uitwerking: string };
  vastleggen: string[];
  begrippen: string[];
  toetsvragen: Vraag[];
}

export interface Grondslag {
  id: string;
  nummer: number;
  naam: string;
  avgArtikel: string;
  uitleg: string;
  wanneer: string[];
  letOp: string[];
  begrippen: string[];
  bron: Bron;
}

export interface GrondslagenView {
  versie: string;
  grondslagen: Grondslag[];
  toestemmingsEisen: Array<{ id: string; naam: string; uitleg: string; bron: Bron }>;
  gerechtvaardigdeRedenen: Array<{
    id: string;
    naam: string;
    uitleg: string;
    voorbeeld: string;
    wetsartikel: WetsArtikel;
    bron: Bron;
  }>;
}

export interface Route {
  grondslag: string | null;
  wettelijkeBasis?: string;
  uitzondering?: string;
  doel: string;
  ontvangers: string[];
  zonderToestemming: boolean;
  uitzonderlijk: boolean;
  voorwaarden: string[];
}

export interface Bijlage1Regel {
  domein: string;
  pet: string;
  omschrijving: string;
  voorbeeldfuncties: string[];
  wetten: string[];
  beroepsgeheim: string;
  avgVanToepassing: boolean;
  toestemmingBruikbaar: boolean;
  zonderToestemmingMogelijk: boolean;
  informatieplicht: string;
  verwijstNaar: string | null;
  routes: Route[];
  welDelen: Array<{ categorie: string; met: string[]; voorwaarde?: string }>;
  nietDelen: Array<{ categorie: string; voorwaarde?: string }>;
  vastleggen: string[];
  aandachtspunten: string[];
  bron: Bron;
}

export interface Bijlage1View {
  versie: string;
  inleiding: string[];
  algemeneRegels: Array<{ id: string; tekst: string; bron: Bron }>;
  domeinen: Array<{ id: string; naam: string; wetten: string[] }>;
  petten: Array<{ id: string; domein: string; naam: string }>;
  gegevenscategorieen: Array<{ id: string; naam: string; uitleg: string; bijzonder: boolean }>;
  ontvangers: Array<{ id: string; naam: string }>;
  begrippen: string[];
  totaal: number;
  regels: Bijlage1Regel[];
}

export interface Begrip {
  id: string;
  term: string;
  uitleg: string;
  zieOok: string[];
  herkomst: 'begrippenlijst' | 'aanvulling';
  bron: Bron;
  anker: string;
}

export interface BegrippenView {
  versie: string;
  items: Begrip[];
}

export interface BeroepsgeheimView {
  versie: string;
  doel: string;
  verhoudingTotAvg: string[];
  dragers: Array<{
    klasse: string;
    naam: string;
    uitleg: string;
    wie: string[];
    wettelijkeBasis: WetsArtikel[];
    afweging4c: boolean;
    bron: Bron;
  }>;
  uitzonderingen: Array<{
    id: string;
    naam: string;
    uitleg: string;
    voorbeelden: string[];
    wettelijkeBasis: WetsArtikel[];
    vereistAkkoordLeidinggevende: boolean;
    begrippen: string[];
    bron: Bron;
  }>;
  conflictVanPlichten: {
    uitleg: string;
    voorwaarden: Array<{ id: string; nummer: number; tekst: string; vraag: string }>;
    bron: Bron;
  };
  risicos: Array<{ voor: 'client' | 'professional'; tekst: string }>;
  begrippen: string[];
  bron: Bron;
}

export interface VuistregelsView {
  versie: string;
  visie: { punten: Array<{ nummer: number; tekst: string }>; transparantie: string; bron: Bron };
  vuistregels: Array<{
    id: string;
    nummer: number;
    groep: 'client' | 'professional';
    regel: string;
    uitleg: string[];
    begrippen: string[];
    bron: Bron;
  }>;
}

/** The glossary anchor; the same rule as `begripAnker` in @deelwijs/content. */
export const begripAnker = (id: string) => `begrip-${id}`;
export const begripHref = (id: string) => `/handleiding/begrippen#${begripAnker(id)}`;

export function bronTekst(bron: Bron): string {
  const hoofdstuk = /^\d/.test(bron.hoofdstuk) ? `hoofdstuk ${bron.hoofdstuk}` : bron.hoofdstuk;
  const pagina = bron.paginaTot ? `p. ${bron.pagina}–${bron.paginaTot}` : `p. ${bron.pagina}`;
  return `${hoofdstuk}, ${bron.titel}, ${pagina}`;
}

export const wetsartikelTekst = (a: WetsArtikel) =>
  `${a.wet} art. ${a.artikel}${a.onderwerp ? ` (${a.onderwerp})` : ''}`;

export const uitkomstLabel: Record<string, string> = {
  'verwijs-door': 'Doorverwijzen',
  'niet-delen': 'Niet delen',
  'deelverzoek-aanpassen': 'Verzoek bijstellen',
  'ga-naar-afweging': 'Door naar de volgende afweging',
  'vraag-toestemming': 'Toestemming vragen',
  'delen-met-toestemming': 'Delen met toestemming',
  'delen-zonder-toestemming': 'Delen zonder toestemming',
  'delen-zonder-vooraf-informeren': 'Delen, cliënt pas achteraf inlichten',
  'delen-op-wettelijke-plicht': 'Delen omdat de wet het verplicht',
  'melden-op-meldrecht': 'Melden op grond van meldrecht',
  'doorbreking-beroepsgeheim': 'Beroepsgeheim doorbreken',
};

export const vereisteLabel: Record<string, string> = {
  dossieraantekening: 'noteer het in het dossier',
  'toestemming-vragen': 'vraag de cliënt om toestemming',
  'collegiale-toetsing': 'laat een deskundige collega meekijken',
  'akkoord-leidinggevende': 'vraag akkoord van je leidinggevende',
  'informeren-vooraf': 'licht de cliënt vooraf in',
  'informeren-achteraf': 'licht de cliënt achteraf in',
};

export const beroepsgeheimLabel: Record<string, string> = {
  big: 'Medisch beroepsgeheim (BIG)',
  skj: 'Beroepsgeheim jeugdzorg (SKJ)',
  algemeen: 'Algemene geheimhoudingsplicht',
  afgeleid: 'Afgeleid beroepsgeheim',
  ambtelijk: 'Ambtelijke geheimhouding',
  geen: 'Geen beroepsgeheim',
};

export const informatieplichtLabel: Record<string, string> = {
  verplicht: 'De cliënt moet het weten',
  streven: 'Licht de cliënt zo mogelijk in',
  'eigen-regime': 'Eigen wettelijke regels, niet de AVG',
};

export const vastleggingLabel: Record<string, string> = {
  'toestemming-schriftelijk': 'Toestemming op papier of digitaal vastleggen',
  'delen-zonder-toestemming-motiveren': 'Delen zonder toestemming: reden en besluitvorming noteren',
  'informeren-client': 'Noteren dat en hoe de cliënt is ingelicht',
  'gedeelde-gegevens-en-ontvangers': 'Noteren wat met wie is gedeeld',
};

export interface VertegenwoordigingView {
  versie: string;
  regels: Array<{
    id: string;
    naam: string;
    leeftijdVanaf: number;
    leeftijdTot: number | null;
    wilsbekwaam: boolean;
    wieGeeftToestemming: string[];
    rolClient: string;
    uitzonderingen: string[];
    wetsartikelen: WetsArtikel[];
    begrippen: string[];
    bron: Bron;
  }>;
  rangorde: Array<{ id: string; positie: number; naam: string; uitleg: string }>;
  rangordeArtikel: WetsArtikel;
  bron: Bron;
}

/** Where each section of the handbook lives in the dashboard. */
export const onderdeelPad: Record<string, string> = {
  afwegingen: '/handleiding/afwegingen',
  grondslagen: '/handleiding/grondslagen',
  'bijlage-1': '/handleiding/wat-mag-ik-delen',
  beroepsgeheim: '/handleiding/beroepsgeheim',
  vertegenwoordiging: '/handleiding/vertegenwoordiging',
  vuistregels: '/handleiding/vuistregels',
  begrippen: '/handleiding/begrippen',
};
