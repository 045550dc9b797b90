import { Opdracht, type OpdrachtSoort } from '@deelwijs/domain';
import type { RouteId } from './routes';
import type { Rol } from './schemas/rollen';

/**
 * How a person stands to the data a route touches. Need to know is involvement: a role only opens a
 * route for the relations its row names. The reasoning per role is in docs/security.md.
 */
export const relatieUitleg = {
  iedereen:
    'ieder met de rol: de route geeft geen gegevens van een cliënt, of alleen die van de persoon zelf',
  'eigen-team': 'de cliënt hoort bij het team van de gebruiker',
  toetser: 'de collegiale toetsing is op naam aan deze collega gevraagd, of hij pakte haar op of gaf haar',
  pool: 'de collegiale toetsing ligt in de pool van het team en niemand heeft haar opgepakt',
  ondertekenaar:
    'het akkoord of het uitstelbesluit van een leidinggevende van het team is nodig, of deze leidinggevende gaf het',
  toezicht: 'privacy officer: toezicht op alle teams, met alleen procesgegevens, of op een inzageverzoek',
  'met-reden':
    'privacy officer die bij het verzoek zelf een reden opgeeft (die reden komt in het toegangslog)',
} as const;
export type Relatie = keyof typeof relatieUitleg;
export const relaties = Object.keys(relatieUitleg) as Relatie[];

/**
 * One row: per role the relations that allow it; a role that is not named may not ("niemand").
 * `'publiek'` needs no session at all.
 */
export type Beleidsregel = 'publiek' | Readonly<Partial<Record<Rol, readonly Relatie[]>>>;

const ieder = (...rollen: Rol[]): Beleidsregel =>
  Object.fromEntries(rollen.map((r) => [r, ['iedereen'] as const]));
const alleRollen: Rol[] = [
  'casemanager',
  'deskundige-collega',
  'leidinggevende',
  'privacy-officer',
  'functioneel-beheerder',
];

const CASEMANAGER_TEAM = { casemanager: ['eigen-team'] } as const;
/** Who reads one deelverzoek in full: its team's casemanagers, and those involved in it. */
const DEELVERZOEK_LEZEN = {
  casemanager: ['eigen-team'],
  'deskundige-collega': ['toetser'],
  leidinggevende: ['ondertekenaar'],
} as const;
const TOEZICHT = { 'privacy-officer': ['toezicht'] } as const;

/**
 * The access policy of every route, by operationId. `POST /deelverzoeken/{id}/opdrachten` has a row
 * per `soort` in `opdrachtBeleid` instead. A route without a row does not compile, and the registry
 * test fails it too; the roles in `routes.ts` must be exactly the roles a row allows.
 */
export const routeBeleid = {
  // Sessies, gezondheid en documentatie: publiek of alleen over de persoon zelf.
  inloggen: 'publiek',
  inlogmethoden: 'publiek',
  oidcBeginnen: 'publiek',
  oidcTerugkeer: 'publiek',
  huidigeGebruiker: ieder(...alleRollen),
  uitloggen: ieder(...alleRollen),
  overalUitloggen: ieder(...alleRollen),
  leeft: 'publiek',
  gereed: 'publiek',
  openapi: 'publiek',
  inzageExportSchema: 'publiek',
  documentatie: 'publiek',
  documentatieScript: 'publiek',

  // Cliënten: het dossier van het team is van de casemanagers van dat team.
  clientenLijst: CASEMANAGER_TEAM,
  // A privacy officer finds the client of an inzageverzoek by name (in the body, never the URL).
  clientenZoekopdracht: { ...CASEMANAGER_TEAM, ...TOEZICHT },
  clientRegistreren: CASEMANAGER_TEAM,
  // Putting a client's data right is casework: the team's casemanagers, nobody else.
  clientCorrigeren: CASEMANAGER_TEAM,
  clientVinden: CASEMANAGER_TEAM,
  clientDossier: CASEMANAGER_TEAM,
  clientToestemmingen: CASEMANAGER_TEAM,
  clientInzageExport: TOEZICHT,
  clientInzageExportPdf: TOEZICHT,
  toestemmingIntrekken: CASEMANAGER_TEAM,

  // Advies en handleiding: geen cliëntgegevens.
  adviesGeven: ieder(...alleRollen),
  adviesSchemas: ieder(...alleRollen),
  handleiding: ieder(...alleRollen),
  afwegingen: ieder(...alleRollen),
  afweging: ieder(...alleRollen),
  grondslagen: ieder(...alleRollen),
  bijlage1: ieder(...alleRollen),
  begrippen: ieder(...alleRollen),
  beroepsgeheim: ieder(...alleRollen),
  vuistregels: ieder(...alleRollen),
  vertegenwoordiging: ieder(...alleRollen),

  // Deelverzoeken: lezen wie erbij betrokken is; een lijst toont alleen die deelverzoeken.
  deelverzoekenLijst: DEELVERZOEK_LEZEN,
  deelverzoekStarten: CASEMANAGER_TEAM,
  deelverzoekVinden: DEELVERZOEK_LEZEN,
  deelverzoekAantekeningen: DEELVERZOEK_LEZEN,
  // The pool's limited view (pseudonym, afweging, spoed, termijn) is what a collega needs to take it.
  deelverzoekWizard: {
    ...DEELVERZOEK_LEZEN,
    'deskundige-collega': ['toetser', 'pool'],
  },
  deelverzoekProces: DEELVERZOEK_LEZEN,
  // Moving open work is the team's leidinggevende's (PRODUCT.md: the leidinggevende of the team).
  deelverzoekOverdragen: { leidinggevende: ['eigen-team'] },
  verantwoording: DEELVERZOEK_LEZEN,
  verantwoordingPdf: DEELVERZOEK_LEZEN,
  briefInformerenAchteraf: CASEMANAGER_TEAM,
  briefInformerenAchterafPdf: CASEMANAGER_TEAM,

  // Werkvoorraad: wat op de persoon zelf wacht; het team bepaalt waar de taken vandaan komen.
  werkvoorraad: ieder('casemanager', 'deskundige-collega', 'leidinggevende', 'privacy-officer'),
  notificaties: ieder(...alleRollen),
  notificatieGelezen: ieder(...alleRollen),

  // Toezicht: alleen procesgegevens, over alle teams.
  toezichtHandtekeningen: TOEZICHT,
  toezichtInformerenAchteraf: TOEZICHT,
  toezichtOverzicht: TOEZICHT,
  toezichtToestemmingVastgelopen: TOEZICHT,
  dossiercontrole: TOEZICHT,
  // One deelverzoek's process metadata, never its content.
  toezichtDeelverzoek: TOEZICHT,
  // The file itself only with a reason in the body (the route's schema requires it; it is logged).
  toezichtInzien: { 'privacy-officer': ['met-reden'] },
  toezichtBewaartermijn: TOEZICHT,
  // Who may read client data since when: account metadata only, no client's data.
  toezichtRolwijzigingen: TOEZICHT,

  // The organisation's deadlines: the beheerder sets them, the privacy officer may see what holds.
  beleidOverzicht: ieder('functioneel-beheerder', 'privacy-officer'),
  beleidVaststellen: ieder('functioneel-beheerder'),

  // Accounts.
  gebruikersLijst: ieder('functioneel-beheerder', 'privacy-officer'),
  gebruikerAanmaken: ieder('functioneel-beheerder'),
  // Changing someone's roles is no reading of client data; who grants what is in the rolwijzigingslog.
  gebruikerWijzigen: ieder('functioneel-beheerder'),
  gebruikerDeactiveren: ieder('functioneel-beheerder'),
  gebruikerOpnieuwUitnodigen: ieder('functioneel-beheerder'),
  // The invitee has no session yet: the one-time token in the body is the proof.
  uitnodigingBekijken: 'publiek',
  uitnodigingAanvaarden: 'publiek',
  teamsLijst: ieder('functioneel-beheerder'),
  teamAanmaken: ieder('functioneel-beheerder'),
  teamHernoemen: ieder('functioneel-beheerder'),
  teamCollegas: ieder('casemanager', 'leidinggevende', 'deskundige-collega'),
  // The team is the session's: a leidinggevende sees and moves only their own team's open work.
  teamWerk: ieder('leidinggevende'),
  werkOverdragen: ieder('leidinggevende'),

  opdrachtUitvoeren: 'per-soort',
} as const satisfies Record<RouteId, Beleidsregel | 'per-soort'>;

const CASUS = CASEMANAGER_TEAM;
/**
 * Per kind of command: casework is the team's casemanager's; the review is the collega's who was
 * asked or took it from the pool; the signature and the uitstel decision the leidinggevende's whose
 * signature is needed. Who the person is comes from the session; separation of duties (not your own
 * request, not review and sign) is the domain's, on top of this.
 */
export const opdrachtBeleid = {
  'afweging-1': CASUS,
  'afweging-2': CASUS,
  'afweging-3': CASUS,
  toestemmingspoging: CASUS,
  'toestemming-intrekken': CASUS,
  'partij-geinformeerd': CASUS,
  'start-afweging-4': CASUS,
  doorbrekingsvoorstel: CASUS,
  'voorstel-wijzigen': CASUS,
  'toetser-toewijzen': CASUS,
  'toetsing-oppakken': { 'deskundige-collega': ['pool'] },
  'collegiale-toetsing': { 'deskundige-collega': ['toetser'] },
  'akkoord-leidinggevende': { leidinggevende: ['ondertekenaar'] },
  'acute-verstrekking': CASUS,
  'meldrecht-overleg': CASUS,
  verstrekking: CASUS,
  uitstel: CASUS,
  'uitstel-besluit': { leidinggevende: ['ondertekenaar'] },
  'informeren-achteraf': CASUS,
  intrekken: CASUS,
} as const satisfies Record<OpdrachtSoort, Beleidsregel>;

/** Every kind of command the contract accepts, from the command schema itself. */
export const opdrachtSoorten = Opdracht.options.map((o) => o.shape.soort.value) as OpdrachtSoort[];

export const isOpdrachtSoort = (s: unknown): s is OpdrachtSoort =>
  typeof s === 'string' && (opdrachtSoorten as string[]).includes(s);

/** The row that decides this request: the route's, or for a command the row of its kind. */
export function beleidVoor(routeId: RouteId, soort?: OpdrachtSoort): Beleidsregel {
  const regel = routeBeleid[routeId];
  if (regel !== 'per-soort') return regel;
  if (soort) return opdrachtBeleid[soort];
  // Kind unknown yet (the body is checked after): whatever some kind allows.
  const samen: Partial<Record<Rol, Relatie[]>> = {};
  for (const r of Object.values(opdrachtBeleid) as Beleidsregel[])
    for (const [rol, rs] of Object.entries(r) as [Rol, readonly Relatie[]][])
      samen[rol] = [...new Set([...(samen[rol] ?? []), ...rs])];
  return samen;
}

/** The roles a row lets in at all (with some relation). */
export const rollenVan = (regel: Beleidsregel): Rol[] | 'publiek' =>
  regel === 'publiek'
    ? 'publiek'
    : (Object.entries(regel) as [Rol, readonly Relatie[]][])
        .filter(([, rs]) => rs.length > 0)
        .map(([r]) => r);

/** Whether someone with these roles, standing in these relations to the data, may. */
export function toegestaan(
  regel: Beleidsregel,
  rollen: readonly Rol[],
  heeft: ReadonlySet<Relatie>,
): boolean {
  if (regel === 'publiek') return true;
  return rollen.some((r) => (regel[r] ?? []).some((rel) => heeft.has(rel)));
}
