import { Advies, NieuwDeelverzoek, Situatie } from '@deelwijs/domain';
import { z } from 'zod';
import { json, noBody, problem, type RouteSpec, route } from './route';
import { AdviesSchemas } from './schemas/advies';
import { IdParams, Paginering, pagina } from './schemas/algemeen';
import { BeleidOverzicht, BeleidsversieView, NieuwBeleid } from './schemas/beleid';
import { BewaartermijnOverzicht } from './schemas/bewaartermijn';
import {
  ClientCorrectieVerzoek,
  ClientDetail,
  ClientDossierregel,
  ClientenZoekopdracht,
  ClientView,
  NieuweClient,
} from './schemas/clienten';
import {
  DeelverzoekInBehandeling,
  DeelverzoekView,
  DeelverzoekWizard,
  DossieraantekeningView,
  OpdrachtVerzoek,
  ProcesView,
} from './schemas/deelverzoeken';
import { Dossiercontrole } from './schemas/dossiercontrole';
import {
  Account,
  AccountVelden,
  NieuweGebruiker,
  NieuwTeam,
  Rolwijziging,
  RolwijzigingenQuery,
  SlugParams,
  Team,
  Uitgenodigd,
  UitnodigingAanvaard,
  UitnodigingAanvaarden,
  UitnodigingBekijken,
  UitnodigingView,
} from './schemas/gebruikers';
import { Gereed, Leeft } from './schemas/gezondheid';
import {
  AfwegingenView,
  AfwegingParams,
  AfwegingView,
  BegrippenView,
  BeroepsgeheimView,
  Bijlage1Query,
  Bijlage1View,
  GrondslagenView,
  HandleidingIndexView,
  VersieQuery,
  VertegenwoordigingView,
  VuistregelsView,
} from './schemas/handleiding';
import { InzageExport } from './schemas/inzage';
import { JsonSchemaDocument, OpenApiDocument } from './schemas/openapi';
import { DeelverzoekOverdracht, OverdrachtUitslag, TeamOverdracht, TeamWerk } from './schemas/overdracht';
import { alleRollen, rollenMetWerkvoorraad } from './schemas/rollen';
import { Gebruiker, Inloggen, Inlogmethoden, OidcTerugkeerQuery } from './schemas/sessies';
import { TeamCollega } from './schemas/team';
import { ToestemmingIntrekken, ToestemmingView } from './schemas/toestemmingen';
import {
  HandtekeningenQuery,
  HandtekeningSignaal,
  InformerenAchterafQuery,
  InformerenAchterafSignaal,
  InzienVerzoek,
  OverzichtQuery,
  ToestemmingVastgelopenQuery,
  ToestemmingVastgelopenSignaal,
  ToezichtDeelverzoek,
  ToezichtInzage,
  ToezichtOverzicht,
} from './schemas/toezicht';
import { NotificatieParams, NotificatieView, ToetsingInPoolView, Werkvoorraad } from './schemas/werkvoorraad';

const casemanager = ['casemanager'] as const;
/** Who may read a deelverzoek at all; `toegangsbeleid.ts` says which of them may read which one. */
const betrokkenen = ['casemanager', 'deskundige-collega', 'leidinggevende'] as const;
const noInput = {} as const;

const handleidingRoute = <P extends `/handleiding${string}`, S extends z.ZodType>(
  path: P,
  summary: string,
  schema: S,
) =>
  route({
    method: 'GET',
    path,
    summary,
    tag: 'Handleiding',
    roles: alleRollen,
    idempotent: false,
    request: { query: VersieQuery },
    responses: { 200: json(summary, schema), 404: problem('Onbekende versie van de handleiding') },
  });

/**
 * The route registry: every route of the API, once. The API registers its handlers from it, checks
 * roles and idempotency with it and validates with its schemas; the OpenAPI document is generated
 * from it and the dashboard is typed by it. The key is the operationId.
 */
export const routes = {
  // --- Sessies ---
  inloggen: route({
    method: 'POST',
    path: '/sessies',
    summary: 'Inloggen',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: { body: Inloggen },
    responses: {
      201: json('Ingelogd; zet de sessie- en CSRF-cookie', Gebruiker),
      400: problem('Onjuiste gegevens, of deze combinatie van e-mailadres en wachtwoord kennen we niet'),
      429: problem(
        'Te veel mislukte pogingen met dit account vanaf dit adres (of vanaf dit adres); wacht Retry-After seconden',
        ['Retry-After'],
      ),
      503: problem('De database is even niet bereikbaar', ['Retry-After']),
    },
  }),
  inlogmethoden: route({
    method: 'GET',
    path: '/sessies/methoden',
    summary: 'Welke manieren van inloggen er zijn',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: {
      200: json(
        'Wachtwoord altijd; oidc als de OpenID Connect-provider van de organisatie is ingesteld',
        Inlogmethoden,
      ),
    },
  }),
  oidcBeginnen: route({
    method: 'GET',
    path: '/sessies/oidc',
    summary: 'Inloggen met het organisatie-account (OpenID Connect)',
    description:
      'Stuurt de browser naar de provider van de organisatie (authorization code flow met PKCE S256, state en nonce) en zet een kortlevende, versleutelde cookie voor de terugkeer.',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: {
      302: noBody('Naar het autorisatie-endpoint van de provider', ['Location']),
      404: problem('Inloggen met een organisatie-account is niet ingesteld'),
      503: problem('Provider niet bereikbaar', ['Retry-After']),
    },
  }),
  oidcTerugkeer: route({
    method: 'GET',
    path: '/sessies/oidc/terugkeer',
    summary: 'Terugkeer van de OpenID Connect-provider',
    description:
      'Controleert state, wisselt de code in en controleert het id_token (handtekening, iss, aud, exp, nonce). Alleen een bestaand account met hetzelfde e-mailadres logt in; er worden geen accounts aangemaakt.',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: { query: OidcTerugkeerQuery },
    responses: {
      302: noBody('Ingelogd; zet de sessie- en CSRF-cookie en stuurt naar het dashboard (/)', ['Location']),
      400: problem('Inlogpoging verlopen of state klopt niet'),
      401: problem('Provider weigerde, of het id_token is ongeldig'),
      403: problem('Geen Deelwijs-account bij dit e-mailadres'),
      404: problem('Inloggen met een organisatie-account is niet ingesteld'),
      503: problem('Provider of database niet bereikbaar', ['Retry-After']),
    },
  }),
  huidigeGebruiker: route({
    method: 'GET',
    path: '/sessies/huidige',
    summary: 'Wie ben ik',
    tag: 'Sessies',
    roles: alleRollen,
    idempotent: false,
    request: noInput,
    responses: { 200: json('De ingelogde gebruiker', Gebruiker) },
  }),
  uitloggen: route({
    method: 'DELETE',
    path: '/sessies/huidige',
    summary: 'Uitloggen',
    tag: 'Sessies',
    roles: alleRollen,
    idempotent: false,
    request: noInput,
    responses: { 204: noBody('Uitgelogd; de cookies zijn gewist') },
  }),
  overalUitloggen: route({
    method: 'DELETE',
    path: '/sessies',
    summary: 'Overal uitloggen',
    description:
      'Beëindigt elke sessie van dit account, op elk apparaat, deze ook. Voor een kwijtgeraakte laptop of een gedeelde computer waar u vergat uit te loggen.',
    tag: 'Sessies',
    roles: alleRollen,
    idempotent: false,
    request: noInput,
    responses: { 204: noBody('Alle sessies van dit account zijn beëindigd; de cookies zijn gewist') },
  }),

  // --- Cliënten ---
  clientenLijst: route({
    method: 'GET',
    path: '/clienten',
    summary: 'Cliënten van mijn team',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: false,
    request: { query: Paginering },
    responses: { 200: json('Een pagina cliënten', pagina(ClientView)) },
  }),
  clientenZoekopdracht: route({
    method: 'POST',
    path: '/clienten/_zoek',
    summary: 'Cliënten van mijn team zoeken op naam of pseudoniem',
    description:
      'De zoekterm staat in de body en nooit in de URL, zodat een naam niet in logs, proxy’s of de browsergeschiedenis belandt (/core/transport/no-sensitive-uris). Verandert niets. Een volgende pagina vraagt u met dezelfde zoekterm en een hogere `pagina`.',
    tag: 'Cliënten',
    roles: ['casemanager', 'privacy-officer'],
    idempotent: false,
    request: { body: ClientenZoekopdracht },
    responses: {
      200: json('Een pagina cliënten waarvan naam of pseudoniem de zoekterm bevat', pagina(ClientView)),
    },
  }),
  clientRegistreren: route({
    method: 'POST',
    path: '/clienten',
    summary: 'Een cliënt registreren, met wie hem vertegenwoordigt',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: true,
    request: { body: NieuweClient },
    responses: { 201: json('Geregistreerd, met wie toestemming geeft', ClientDetail, ['Location']) },
  }),
  clientVinden: route({
    method: 'GET',
    path: '/clienten/{id}',
    summary: 'Eén cliënt, met vertegenwoordigers en wie vandaag toestemming geeft',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De cliënt', ClientDetail),
      404: problem('Niet gevonden of niet van mijn team'),
    },
  }),
  clientCorrigeren: route({
    method: 'POST',
    path: '/clienten/{id}/correcties',
    summary:
      'Een vertegenwoordiger toevoegen, of de geboortedatum of wilsonbekwaamheid verbeteren, met een reden',
    description:
      'Elke wijziging wordt een dossieraantekening van de cliënt (zonder deelverzoek): wie, wanneer, wat van wat naar wat, en de reden. Een wijziging die niets verandert, een geboortedatum in de toekomst of een vertegenwoordiger die er al staat, krijgt 422. Lopende deelverzoeken houden de gegevens waarmee ze begonnen; de wijziging geldt voor deelverzoeken die daarna beginnen.',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: true,
    request: { params: IdParams, body: ClientCorrectieVerzoek },
    responses: {
      200: json('Gewijzigd: de cliënt zoals hij nu is', ClientDetail),
      404: problem('Niet gevonden of niet van mijn team'),
      409: problem('Hetzelfde verzoek wordt nog verwerkt', ['Retry-After']),
      422: problem('Niets gewijzigd, niet toegestaan, of de Idempotency-Key hoort bij een ander verzoek'),
    },
  }),
  clientDossier: route({
    method: 'GET',
    path: '/clienten/{id}/dossieraantekeningen',
    summary: 'Het dossier van een cliënt: alle dossieraantekeningen, oudste eerst',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De dossieraantekeningen over alle deelverzoeken', z.array(ClientDossierregel)),
      404: problem('Niet gevonden of niet van mijn team'),
    },
  }),

  clientToestemmingen: route({
    method: 'GET',
    path: '/clienten/{id}/toestemmingen',
    summary: 'De toestemmingen van een cliënt, ook van afgesloten deelverzoeken, en of ze zijn ingetrokken',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De toestemmingen, oudste eerst', z.array(ToestemmingView)),
      404: problem('Niet gevonden of niet van mijn team'),
    },
  }),
  clientInzageExport: route({
    method: 'GET',
    path: '/clienten/{id}/inzage-export',
    summary: 'Wat is er over mij gedeeld? Het antwoord op een inzageverzoek van de cliënt (AVG art. 15)',
    description:
      'Elke verstrekking over deze cliënt (wat, met wie, wanneer, waarom, op welke grondslag en langs welke route) en wie het dossier heeft ingezien, oudste eerst. Ook dit inzien komt in het toegangslog. Het JSON Schema staat ook los op `/api/v1/schemas/inzage-export.json`.',
    tag: 'Cliënten',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('Alles wat het dossier over deze cliënt weet van delen en inzien', InzageExport),
      404: problem('Deze cliënt bestaat niet'),
    },
  }),
  clientInzageExportPdf: route({
    method: 'GET',
    path: '/clienten/{id}/inzage-export.pdf',
    summary: 'Dezelfde inzage-export als PDF, om aan de cliënt te geven (taalniveau B1)',
    description:
      'Dezelfde inhoud als `/clienten/{id}/inzage-export`: wat er is gedeeld, met wie, wanneer, waarom, op welke grondslag en langs welke route, en wie het dossier wanneer en in welke rol heeft ingezien, met de reden als die is genoemd. Ook dit opvragen komt in het toegangslog.',
    tag: 'Cliënten',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: { description: 'De inzage-export als PDF', mediaType: 'application/pdf' },
      404: problem('Deze cliënt bestaat niet'),
    },
  }),
  toestemmingIntrekken: route({
    method: 'POST',
    path: '/toestemmingen/{id}/intrekken',
    summary: 'Een toestemming intrekken nadat haar deelverzoek is afgesloten, met een dossieraantekening',
    description:
      'Eerdere verstrekkingen blijven staan; op deze toestemming wordt niet meer gedeeld. De aantekening komt in het dossier van het deelverzoek waarin de toestemming is gegeven. Wie intrekt komt uit de sessie. Zolang dat deelverzoek open is, trekt u haar daar in (422).',
    tag: 'Cliënten',
    roles: casemanager,
    idempotent: true,
    request: { params: IdParams, body: ToestemmingIntrekken },
    responses: {
      200: json('Ingetrokken', ToestemmingView),
      404: problem('Niet gevonden of niet van mijn team'),
      409: problem('Hetzelfde verzoek wordt nog verwerkt', ['Retry-After']),
      422: problem(
        'Al ingetrokken, het deelverzoek is nog open, of de Idempotency-Key hoort bij een ander verzoek',
      ),
    },
  }),

  // --- Advies ---
  adviesGeven: route({
    method: 'POST',
    path: '/advies',
    summary: 'Advies volgens het afwegingskader voor een beschreven situatie (niets wordt opgeslagen)',
    tag: 'Advies',
    roles: alleRollen,
    idempotent: false,
    request: { body: Situatie },
    responses: {
      200: json('Route, volgende stap, wie toestemming geeft, wat niet gedeeld mag worden', Advies),
    },
  }),
  adviesSchemas: route({
    method: 'GET',
    path: '/advies/schema',
    summary: 'Invoer en uitvoer van het advies als JSON Schema',
    tag: 'Advies',
    roles: alleRollen,
    idempotent: false,
    request: noInput,
    responses: { 200: json('De JSON Schema-documenten van invoer en uitvoer', AdviesSchemas) },
  }),

  // --- Deelverzoeken ---
  deelverzoekenLijst: route({
    method: 'GET',
    path: '/deelverzoeken',
    summary: 'Deelverzoeken die ik mag zien, nieuwste eerst',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { query: Paginering },
    responses: { 200: json('Een pagina deelverzoeken', pagina(DeelverzoekView)) },
  }),
  deelverzoekStarten: route({
    method: 'POST',
    path: '/deelverzoeken',
    summary: 'Een deelverzoek starten (start het proces in Temporal)',
    tag: 'Deelverzoeken',
    roles: casemanager,
    idempotent: true,
    request: { body: NieuwDeelverzoek },
    responses: {
      201: json('Vastgelegd', DeelverzoekView, ['Location']),
      202: json('Aangenomen; wordt vastgelegd zodra de verwerking draait', DeelverzoekInBehandeling, [
        'Location',
      ]),
      403: problem(
        'Uw rol geeft hier geen toegang, het CSRF-token ontbreekt, of uw pet en beroepsgeheim zijn niet vastgelegd',
      ),
      404: problem('Cliënt niet gevonden of niet van mijn team'),
      503: problem('Temporal of de database niet bereikbaar; niets aangemaakt', ['Retry-After']),
    },
  }),
  deelverzoekVinden: route({
    method: 'GET',
    path: '/deelverzoeken/{id}',
    summary: 'Eén deelverzoek',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: { 200: json('Het deelverzoek', DeelverzoekView), 404: problem('Niet gevonden') },
  }),
  deelverzoekAantekeningen: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/dossieraantekeningen',
    summary: 'De dossieraantekeningen van een deelverzoek, oudste eerst',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De dossieraantekeningen', z.array(DossieraantekeningView)),
      404: problem('Niet gevonden'),
    },
  }),
  opdrachtUitvoeren: route({
    method: 'POST',
    path: '/deelverzoeken/{id}/opdrachten',
    summary:
      'Een stap van het afwegingskader uitvoeren (afweging 1–3, toestemmingspoging, intrekken, afweging 4, toetsing, akkoord, verstrekking, uitstel, informeren achteraf)',
    tag: 'Deelverzoeken',
    roles: ['casemanager', 'deskundige-collega', 'leidinggevende'],
    idempotent: true,
    request: { params: IdParams, body: OpdrachtVerzoek },
    responses: {
      200: json(
        'Vastgelegd in het dossier; met alles wat de pagina van het deelverzoek toont (als GET …/wizard)',
        DeelverzoekWizard,
      ),
      404: problem('Niet gevonden'),
      409: problem(
        'Het deelverzoek is afgesloten, intussen gewijzigd (volgnummer klopt niet meer), of hetzelfde verzoek wordt nog verwerkt',
        ['Retry-After'],
      ),
      422: problem(
        'Het afwegingskader staat dit niet toe (met de bron in de handleiding), of de Idempotency-Key hoort bij een ander verzoek',
      ),
      500: problem('De stap kon niet worden vastgelegd; het deelverzoek staat nog zoals het was'),
    },
  }),
  deelverzoekOverdragen: route({
    method: 'POST',
    path: '/deelverzoeken/{id}/overdracht',
    summary: 'Een open deelverzoek overdragen aan een andere casemanager van het team (leidinggevende)',
    description:
      'Herinneringen, termijnen en de werkvoorraad gaan daarna naar de nieuwe casemanager. Het dossier krijgt een aantekening: wie het overdroeg, van wie, aan wie en waarom.',
    tag: 'Deelverzoeken',
    roles: ['leidinggevende'],
    idempotent: true,
    request: { params: IdParams, body: DeelverzoekOverdracht },
    responses: {
      200: json('Overgedragen en vastgelegd in het dossier', DeelverzoekView),
      404: problem('Niet gevonden'),
      409: problem(
        'Het deelverzoek is afgesloten, intussen gewijzigd (volgnummer klopt niet meer), of hetzelfde verzoek wordt nog verwerkt',
        ['Retry-After'],
      ),
      422: problem(
        'Dezelfde casemanager, geen casemanager van het team, of de Idempotency-Key hoort bij een ander verzoek',
      ),
      500: problem('De overdracht kon niet worden vastgelegd; het deelverzoek staat nog zoals het was'),
    },
  }),
  deelverzoekWizard: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/wizard',
    summary: 'Alles wat de pagina van een deelverzoek toont, in één antwoord',
    description:
      'Het deelverzoek (status, volgende actie en contentversie als id), de processtand zolang het open is, de vertegenwoordigers van de cliënt en de dossieraantekeningen. Een deskundige collega die een toetsing uit de pool van het team nog niet heeft opgepakt, krijgt alleen wat nodig is om te beslissen of hij haar oppakt (`ToetsingInPoolView`: pseudoniem, afweging, spoed, termijn); na `toetsing-oppakken` de hele pagina.',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json(
        'De pagina van het deelverzoek, of alleen de toetsing in de pool',
        z.union([DeelverzoekWizard, ToetsingInPoolView]),
      ),
      404: problem('Niet gevonden'),
      503: problem('Procesgegevens tijdelijk niet op te vragen', ['Retry-After']),
    },
  }),
  deelverzoekProces: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/proces',
    summary: 'De processtand na de laatst vastgelegde stap',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De processtand', ProcesView),
      404: problem('Niet gevonden'),
      409: problem('Al lang afgesloten: het procesverloop is niet meer op te vragen, het dossier wel'),
      503: problem('Procesgegevens tijdelijk niet op te vragen', ['Retry-After']),
    },
  }),
  verantwoording: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/verantwoording',
    summary: 'Afdrukbare verantwoording in gewoon Nederlands (HTML)',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: { description: 'De verantwoording als HTML-pagina', mediaType: 'text/html' },
      404: problem('Niet gevonden'),
    },
  }),
  verantwoordingPdf: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/verantwoording.pdf',
    summary: 'Dezelfde verantwoording als PDF',
    tag: 'Deelverzoeken',
    roles: betrokkenen,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: { description: 'De verantwoording als PDF', mediaType: 'application/pdf' },
      404: problem('Niet gevonden'),
    },
  }),

  briefInformerenAchteraf: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/brief-informeren-achteraf',
    summary: 'Concept van de brief die de cliënt achteraf informeert (HTML, taalniveau B1)',
    description:
      'Opgemaakt uit het vastgelegde besluit: wat er is gedeeld, met wie, wanneer, waarom en op welke grondslag, met de rechten van de cliënt. Een medewerker leest de brief na en legt daarna vast hoe de cliënt is geïnformeerd.',
    tag: 'Deelverzoeken',
    roles: casemanager,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: { description: 'De brief als HTML-pagina', mediaType: 'text/html' },
      404: problem('Niet gevonden'),
      422: problem('Bij dit deelverzoek hoeft de cliënt niet achteraf te worden geïnformeerd'),
    },
  }),
  briefInformerenAchterafPdf: route({
    method: 'GET',
    path: '/deelverzoeken/{id}/brief-informeren-achteraf.pdf',
    summary: 'Dezelfde brief als PDF',
    tag: 'Deelverzoeken',
    roles: casemanager,
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: { description: 'De brief als PDF', mediaType: 'application/pdf' },
      404: problem('Niet gevonden'),
      422: problem('Bij dit deelverzoek hoeft de cliënt niet achteraf te worden geïnformeerd'),
    },
  }),

  // --- Werkvoorraad ---
  werkvoorraad: route({
    method: 'GET',
    path: '/werkvoorraad',
    summary:
      'Wat ik nu moet doen: toetsingen, handtekeningen en uitstel voor mij, open deelverzoeken en mijn herinneringen',
    tag: 'Werkvoorraad',
    roles: rollenMetWerkvoorraad,
    idempotent: false,
    request: noInput,
    responses: { 200: json('De werkvoorraad', Werkvoorraad) },
  }),
  notificaties: route({
    method: 'GET',
    path: '/notificaties',
    summary: 'Mijn herinneringen, ongelezen eerst',
    tag: 'Werkvoorraad',
    roles: alleRollen,
    idempotent: false,
    request: noInput,
    responses: { 200: json('De herinneringen', z.array(NotificatieView)) },
  }),
  notificatieGelezen: route({
    method: 'POST',
    path: '/notificaties/{id}/gelezen',
    summary: 'Een herinnering als gelezen markeren',
    tag: 'Werkvoorraad',
    roles: alleRollen,
    idempotent: true,
    request: { params: NotificatieParams },
    responses: { 204: noBody('Gemarkeerd'), 404: problem('Niet gevonden') },
  }),

  // --- Toezicht ---
  toezichtHandtekeningen: route({
    method: 'GET',
    path: '/toezicht/handtekeningen',
    summary: 'Handtekeningen die te laat zijn of achteraf zijn geweigerd (privacy officer), oudste eerst',
    description:
      'Doorbrekingen waarvan het akkoord van de leidinggevende over de termijn is, acuut gedeelde gegevens waarvan het akkoord achteraf te laat is, en acute verstrekkingen die achteraf zijn afgewezen. Alleen procesgegevens: pseudoniem, team, afweging, sinds wanneer en de termijn; nooit het doel of de afweging zelf. `team` toont één team.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { query: HandtekeningenQuery },
    responses: { 200: json('Een pagina signalen, oudste eerst', pagina(HandtekeningSignaal)) },
  }),
  toezichtInformerenAchteraf: route({
    method: 'GET',
    path: '/toezicht/informeren-achteraf',
    summary: 'Cliënten die nog achteraf geïnformeerd moeten worden (privacy officer), vroegste termijn eerst',
    description:
      'Deelverzoeken waarbij gegevens zijn gedeeld zonder dat de cliënt het vooraf wist en de cliënt nog niet is geïnformeerd: over de termijn, of binnen 7 dagen aan de beurt. De termijn is die van de klok, na goedgekeurd uitstel. Alleen procesgegevens: pseudoniem, team, route, wanneer gedeeld, de termijn en het uitstel; nooit het doel of de afweging zelf. `team` toont één team.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { query: InformerenAchterafQuery },
    responses: {
      200: json('Een pagina cliënten, vroegste termijn eerst', pagina(InformerenAchterafSignaal)),
    },
  }),
  toezichtOverzicht: route({
    method: 'GET',
    path: '/toezicht/overzicht',
    summary: 'Aantallen en het verloop over 12 weken (privacy officer)',
    description:
      'Nu open: cliënten die te laat achteraf worden geïnformeerd, handtekeningen over de termijn, vastgelopen toestemming en lopende doorbrekingen. Toestemming is vastgelopen als het deelverzoek nog op toestemming wacht en het moment van de klok voorbij is: na een poging het beslismoment, zonder poging het herinneringsmoment. Per ISO-week (Europe/Amsterdam, de huidige week als laatste): verstrekkingen met en zonder toestemming, daarvan op een doorbreking (4a of 4c), en afgeronde informatie achteraf, geteld uit de processtand. Alleen aantallen. `team` toont één team.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { query: OverzichtQuery },
    responses: { 200: json('De aantallen en het verloop', ToezichtOverzicht) },
  }),
  toezichtBewaartermijn: route({
    method: 'GET',
    path: '/toezicht/bewaartermijn',
    summary: 'Wat de bewaartermijn-workflow vond en verwijderde (privacy officer), nieuwste eerst',
    description:
      'De laatste 10 rapporten van de geplande bewaartermijn-run: per soort gegevens de termijn uit het bewaarbeleid, de grens, hoeveel er over de termijn was, sinds wanneer, hoeveel er is verwijderd en hoeveel dossierketens de database weigerde in te korten. Alleen aantallen en momenten. `planning` zegt hoe vaak de run draait, of hij verwijdert en wanneer de volgende is; null als Temporal dat nu niet kan zeggen.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: noInput,
    responses: { 200: json('De rapporten en de planning', BewaartermijnOverzicht) },
  }),
  beleidOverzicht: route({
    method: 'GET',
    path: '/beheer/beleid',
    summary: 'De termijnen van de organisatie: welke versie geldt sinds wanneer, en de eerdere versies',
    description:
      'Het beleid dat nu geldt (de standaard zolang de organisatie niets heeft vastgesteld), de standaard zelf, elke vastgestelde versie met wie en waarom, en de grenzen die de wet stelt. Een deelverzoek houdt het beleid waaronder het begon.',
    tag: 'Beheer',
    roles: ['functioneel-beheerder', 'privacy-officer'],
    idempotent: false,
    request: noInput,
    responses: { 200: json('Het beleid in gebruik en de geschiedenis', BeleidOverzicht) },
  }),
  beleidVaststellen: route({
    method: 'POST',
    path: '/beheer/beleid',
    summary: 'Eigen termijnen vaststellen als nieuwe versie (functioneel beheerder)',
    description:
      'Zet een nieuwe versie van de termijnen in werking, vanaf nu en alleen voor deelverzoeken die daarna beginnen. Wat u weglaat, houdt de standaard. Een termijn buiten de grens van de wet (informeren achteraf hoogstens een maand, AVG art. 14 lid 3; uitstel hoogstens 30 dagen per keer) of in een volgorde die het proces niet kan volgen, wordt per veld geweigerd (400).',
    tag: 'Beheer',
    roles: ['functioneel-beheerder'],
    idempotent: true,
    request: { body: NieuwBeleid },
    responses: {
      201: json('In werking', BeleidsversieView),
      400: problem('Een termijn buiten de grenzen of ongeldige invoer; per veld uitgelegd'),
    },
  }),
  toezichtToestemmingVastgelopen: route({
    method: 'GET',
    path: '/toezicht/toestemming-vastgelopen',
    summary: 'Vastgelopen toestemming (privacy officer), langst vastgelopen eerst',
    description:
      'Deelverzoeken die nog op toestemming wachten terwijl het moment van de klok voorbij is: na een poging het beslismoment, zonder poging het herinneringsmoment. Alleen procesgegevens: pseudoniem, team, sinds wanneer en het aantal pogingen; nooit het doel. `team` toont één team.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { query: ToestemmingVastgelopenQuery },
    responses: {
      200: json('Een pagina deelverzoeken, langst vastgelopen eerst', pagina(ToestemmingVastgelopenSignaal)),
    },
  }),

  toezichtRolwijzigingen: route({
    method: 'GET',
    path: '/toezicht/rolwijzigingen',
    summary: 'Wie welke rol aan wie gaf of ontnam (privacy officer), nieuwste eerst',
    description:
      'Het rolwijzigingslog: per toegekende of ingetrokken rol wie het deed, voor wie, welke rol, in welk team en wanneer. `leestClientgegevens` zegt of de rol cliëntgegevens leest (casemanager, deskundige collega, leidinggevende, privacy officer). Alleen dat, met `alleenClientgegevens=true`.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { query: RolwijzigingenQuery },
    responses: { 200: json('Een pagina rolwijzigingen, nieuwste eerst', pagina(Rolwijziging)) },
  }),

  toezichtDeelverzoek: route({
    method: 'GET',
    path: '/toezicht/deelverzoeken/{id}',
    summary: 'Eén deelverzoek zonder het dossier te openen (privacy officer): alleen procesgegevens',
    description:
      'Waar het proces staat, de termijn, wie nu aan zet is (rol, en de naam als een collega is gekozen), wie eraan heeft gewerkt, de stand van de handtekeningen en van het informeren achteraf, en hoeveel dossieraantekeningen er zijn. Nooit de naam van de cliënt, het doel, de ontvangers, een toelichting of de woorden van de cliënt: daarvoor opent u het dossier met een reden (`POST /toezicht/clienten/{id}/inzien`).',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { params: IdParams },
    responses: {
      200: json('De procesgegevens van het deelverzoek', ToezichtDeelverzoek),
      404: problem('Dit deelverzoek bestaat niet'),
    },
  }),
  toezichtInzien: route({
    method: 'POST',
    path: '/toezicht/clienten/{id}/inzien',
    summary: 'Het dossier van een cliënt bewust openen, met een reden (privacy officer)',
    description:
      'De privacy officer ziet dossiers niet via de gewone routes (die antwoorden 403). Hier opent u het dossier van één cliënt: u noemt waarom (minstens 15 tekens). Dat inzien komt met de reden en uw rol in het toegangslog en het verwerkingslog, en staat in de inzage-export van deze cliënt. Het antwoord is de cliënt met al zijn dossieraantekeningen. Elke keer opnieuw openen is een nieuwe regel.',
    tag: 'Toezicht',
    roles: ['privacy-officer'],
    idempotent: false,
    request: { params: IdParams, body: InzienVerzoek },
    responses: {
      200: json('Het dossier; het inzien is vastgelegd', ToezichtInzage),
      400: problem('Geen of te korte reden'),
      404: problem('Deze cliënt bestaat niet'),
    },
  }),

  // --- Gebruikers ---
  gebruikersLijst: route({
    method: 'GET',
    path: '/gebruikers',
    summary:
      'Accounts met rollen, team, pet, beroepsgeheim en status (functioneel beheerder, privacy officer)',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder', 'privacy-officer'],
    idempotent: false,
    request: noInput,
    responses: { 200: json('De accounts, op naam', z.array(Account)) },
  }),
  gebruikerAanmaken: route({
    method: 'POST',
    path: '/gebruikers',
    summary:
      'Iemand uitnodigen: een account met rollen, team, pet en beroepsgeheim, en een eenmalige link (functioneel beheerder)',
    description:
      'Het account kan pas inloggen als de uitgenodigde zelf een wachtwoord kiest via de link (of voor het eerst inlogt met het organisatie-account, als OpenID Connect aan staat). De link gaat alleen per e-mail naar het adres van de uitgenodigde; dit antwoord zegt waarheen en of hij al verstuurd is, nooit de link zelf. Deelwijs bewaart alleen de hash en de link werkt één keer, tot `verlooptOp`. Een rol toekennen die cliëntgegevens leest, komt in het rolwijzigingslog. Uzelf uitnodigen kan niet. Is de procesverwerking (Temporal) niet bereikbaar, dan 503 en is er niets aangemaakt.',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    // The answer holds no secret any more, so a retry with the same key is answered alike.
    idempotent: true,
    request: { body: NieuweGebruiker },
    responses: {
      201: json('Uitgenodigd; de link gaat per e-mail naar de uitgenodigde', Uitgenodigd, ['Location']),
      400: problem('Ongeldige invoer, een onbekend team, of het e-mailadres is al in gebruik'),
      403: problem('Uw rol geeft hier geen toegang, of dit is uw eigen e-mailadres'),
      503: problem('Temporal of de database niet bereikbaar; niets aangemaakt', ['Retry-After']),
    },
  }),
  gebruikerWijzigen: route({
    method: 'POST',
    path: '/gebruikers/{id}/wijzigen',
    summary: 'Rollen, team, pet en beroepsgeheim van een account wijzigen (functioneel beheerder)',
    description:
      'Vervangt rollen, team, pet, organisatietype en beroepsgeheim. Elke toegekende of ingetrokken rol komt in het rolwijzigingslog, dat de privacy officer ziet. Uw eigen account wijzigt u niet: dat doet een andere functioneel beheerder (403).',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    idempotent: true,
    request: { params: SlugParams, body: AccountVelden },
    responses: {
      200: json('Gewijzigd', Account),
      400: problem('Ongeldige invoer of een onbekend team'),
      403: problem('Uw rol geeft hier geen toegang, of dit is uw eigen account'),
      404: problem('Dit account bestaat niet'),
      409: problem('Dit account is gedeactiveerd'),
    },
  }),
  gebruikerDeactiveren: route({
    method: 'POST',
    path: '/gebruikers/{id}/deactiveren',
    summary:
      'Een account deactiveren: het kan niet meer inloggen en zijn sessies eindigen (functioneel beheerder)',
    description:
      'Geweigerd (409) zolang het account nog open werk heeft: open deelverzoeken die het startte, of collegiale toetsingen die op naam aan het account zijn gevraagd. Het antwoord noemt hoeveel. Het account blijft bestaan, omdat het dossier het noemt. Uw eigen account deactiveert u niet (403).',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    idempotent: true,
    request: { params: SlugParams },
    responses: {
      200: json('Gedeactiveerd; de sessies zijn beëindigd', Account),
      403: problem('Uw rol geeft hier geen toegang, of dit is uw eigen account'),
      404: problem('Dit account bestaat niet'),
      409: problem('Het account heeft nog open werk, of is al gedeactiveerd'),
    },
  }),
  gebruikerOpnieuwUitnodigen: route({
    method: 'POST',
    path: '/gebruikers/{id}/uitnodiging',
    summary: 'De uitnodiging opnieuw mailen, met een nieuwe link (functioneel beheerder)',
    description:
      'Eerdere links van dit account werken daarna niet meer. De nieuwe link gaat per e-mail naar de uitgenodigde, nooit in dit antwoord. Is de procesverwerking (Temporal) niet bereikbaar, dan 503 en blijft de vorige link werken.',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    // With an Idempotency-Key a double click sends one mail, not two.
    idempotent: true,
    request: { params: SlugParams },
    responses: {
      201: json('Een nieuwe link is onderweg naar de uitgenodigde', Uitgenodigd),
      404: problem('Dit account bestaat niet'),
      409: problem('Dit account is al in gebruik of gedeactiveerd'),
      503: problem('Temporal of de database niet bereikbaar; de vorige link werkt nog', ['Retry-After']),
    },
  }),
  uitnodigingBekijken: route({
    method: 'POST',
    path: '/uitnodigingen/_bekijk',
    summary: 'Voor wie een uitnodigingslink is en tot wanneer hij werkt',
    description:
      'Het geheim van de link staat in de body, nooit in de URL, zodat het niet in logs of de browsergeschiedenis belandt. Verandert niets.',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: { body: UitnodigingBekijken },
    responses: {
      200: json('De naam en het e-mailadres van de uitgenodigde', UitnodigingView),
      404: problem('Deze link kennen we niet'),
      410: problem('De link is al gebruikt of verlopen'),
    },
  }),
  uitnodigingAanvaarden: route({
    method: 'POST',
    path: '/uitnodigingen/_aanvaard',
    summary: 'Een uitnodiging aannemen: zelf een wachtwoord kiezen',
    description:
      'Zet het wachtwoord en maakt het account actief; de link werkt daarna niet meer. Daarna logt u gewoon in met uw e-mailadres en dit wachtwoord.',
    tag: 'Sessies',
    roles: 'public',
    idempotent: false,
    request: { body: UitnodigingAanvaarden },
    responses: {
      200: json('Het wachtwoord is ingesteld', UitnodigingAanvaard),
      400: problem('Het wachtwoord voldoet niet'),
      404: problem('Deze link kennen we niet'),
      410: problem('De link is al gebruikt of verlopen'),
    },
  }),

  teamsLijst: route({
    method: 'GET',
    path: '/teams',
    summary: 'De teams, op naam, met hoeveel accounts erin zitten (functioneel beheerder)',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    idempotent: false,
    request: noInput,
    responses: { 200: json('De teams', z.array(Team)) },
  }),
  teamAanmaken: route({
    method: 'POST',
    path: '/teams',
    summary: 'Een team aanmaken (functioneel beheerder)',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    idempotent: true,
    request: { body: NieuwTeam },
    responses: {
      201: json('Aangemaakt', Team, ['Location']),
      400: problem('Ongeldige naam, of er is al een team met deze naam'),
    },
  }),
  teamHernoemen: route({
    method: 'POST',
    path: '/teams/{id}/hernoemen',
    summary: 'Een team een andere naam geven (functioneel beheerder)',
    description: 'Alleen de naam verandert; accounts en cliënten blijven bij het team.',
    tag: 'Gebruikers',
    roles: ['functioneel-beheerder'],
    idempotent: true,
    request: { params: SlugParams, body: NieuwTeam },
    responses: {
      200: json('Hernoemd', Team),
      400: problem('Ongeldige naam, of er is al een team met deze naam'),
      404: problem('Dit team bestaat niet'),
    },
  }),

  teamCollegas: route({
    method: 'GET',
    path: '/team/deskundige-collegas',
    summary:
      'De deskundige collega’s van mijn team, op naam (om er een te kiezen voor een toetsing of overleg)',
    description:
      'Het team komt uit de sessie, nooit uit de vraag. Alleen id en naam; wie het vraagt, staat er zelf niet in.',
    tag: 'Gebruikers',
    roles: ['casemanager', 'leidinggevende', 'deskundige-collega'],
    idempotent: false,
    request: noInput,
    responses: { 200: json('De collega’s, op naam', z.array(TeamCollega)) },
  }),

  teamWerk: route({
    method: 'GET',
    path: '/team/werk',
    summary: 'Het open werk van mijn team, per casemanager (leidinggevende)',
    description:
      'Het team komt uit de sessie. Per deelverzoek alleen het pseudoniem, de stand en de volgende termijn; nooit het doel. Komt in het toegangslog.',
    tag: 'Gebruikers',
    roles: ['leidinggevende'],
    idempotent: false,
    request: noInput,
    responses: {
      200: json('Per casemanager de open deelverzoeken, de eerstvolgende termijn bovenaan', TeamWerk),
    },
  }),
  werkOverdragen: route({
    method: 'POST',
    path: '/team/overdrachten',
    summary:
      'Open deelverzoeken van een casemanager (alle, of de gekozen) overdragen aan een collega van het team (leidinggevende)',
    description:
      'Voor een afwezige collega. Elk deelverzoek krijgt zijn eigen dossieraantekening; wat niet kon (intussen afgesloten), staat met de reden in het antwoord.',
    tag: 'Gebruikers',
    roles: ['leidinggevende'],
    idempotent: true,
    request: { body: TeamOverdracht },
    responses: {
      200: json('Per deelverzoek of het is overgedragen', OverdrachtUitslag),
      422: problem(
        'Van of naar is geen casemanager van uw team, het is dezelfde persoon, een gekozen deelverzoek hoort niet bij deze casemanager, of de Idempotency-Key hoort bij een ander verzoek',
      ),
    },
  }),

  // --- Dossiercontrole ---
  dossiercontrole: route({
    method: 'POST',
    path: '/dossiercontroles',
    summary:
      'De hashketens van alle dossiers narekenen en een ondertekend controlepunt zetten (privacy officer)',
    tag: 'Dossiercontrole',
    roles: ['privacy-officer'],
    idempotent: true,
    request: noInput,
    responses: {
      200: json(
        'De uitslag; `bevindingen` noemt elke gewijzigde, verwijderde of verplaatste aantekening',
        Dossiercontrole,
      ),
    },
  }),

  // --- Gezondheid ---
  leeft: route({
    method: 'GET',
    path: '/gezondheid',
    summary: 'Leeft de API? (liveness: raakt geen ander onderdeel aan)',
    tag: 'Gezondheid',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: { 200: json('De API antwoordt', Leeft) },
  }),
  gereed: route({
    method: 'GET',
    path: '/gezondheid/gereed',
    summary: 'Is Deelwijs gereed? (readiness: database en Temporal antwoorden binnen 2 seconden)',
    tag: 'Gezondheid',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: {
      200: json('Alle onderdelen bereikbaar', Gereed),
      503: problem('Niet gereed; `ontbreekt` noemt de onderdelen die niet antwoorden', ['Retry-After']),
    },
  }),

  // --- Handleiding ---
  handleiding: handleidingRoute(
    '/handleiding',
    'De handleiding: versie, beschikbare versies, wijzigingen en de onderdelen',
    HandleidingIndexView,
  ),
  afwegingen: handleidingRoute(
    '/handleiding/afwegingen',
    'De afwegingen 1 tot en met 4c, kort',
    AfwegingenView,
  ),
  afweging: route({
    method: 'GET',
    path: '/handleiding/afwegingen/{id}',
    summary: 'Eén afweging met beslisschema (knopen en pijlen), reflectievragen en casus',
    tag: 'Handleiding',
    roles: alleRollen,
    idempotent: false,
    request: { params: AfwegingParams, query: VersieQuery },
    responses: {
      200: json('De afweging', AfwegingView),
      404: problem('Onbekende afweging of onbekende versie van de handleiding'),
    },
  }),
  grondslagen: handleidingRoute(
    '/handleiding/grondslagen',
    'De zes grondslagen, de eisen aan toestemming en de gerechtvaardigde redenen',
    GrondslagenView,
  ),
  bijlage1: route({
    method: 'GET',
    path: '/handleiding/bijlage-1',
    summary: 'Bijlage 1: wat mag ik delen met wie, per domein en pet (te filteren)',
    description:
      'Elke filter neemt één id. `gegevenscategorie` geeft de regels die deze categorie noemen, bij wat wel of juist niet gedeeld mag worden.',
    tag: 'Handleiding',
    roles: alleRollen,
    idempotent: false,
    request: { query: Bijlage1Query },
    responses: {
      200: json('De regels van Bijlage 1 die bij de filters passen', Bijlage1View),
      404: problem('Onbekende versie van de handleiding'),
    },
  }),
  begrippen: handleidingRoute(
    '/handleiding/begrippen',
    'De begrippenlijst, op alfabet, met anker',
    BegrippenView,
  ),
  beroepsgeheim: handleidingRoute(
    '/handleiding/beroepsgeheim',
    'Beroepsgeheim: dragers, uitzonderingen, conflict van plichten',
    BeroepsgeheimView,
  ),
  vuistregels: handleidingRoute(
    '/handleiding/vuistregels',
    'De visie en de tien vuistregels',
    VuistregelsView,
  ),
  vertegenwoordiging: handleidingRoute(
    '/handleiding/vertegenwoordiging',
    'Wie toestemming geeft, naar leeftijd en wilsbekwaamheid',
    VertegenwoordigingView,
  ),

  // --- Documentatie ---
  openapi: route({
    method: 'GET',
    path: '/openapi.json',
    summary: 'Dit document (OpenAPI 3.1)',
    tag: 'Documentatie',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: { 200: json('Het OpenAPI-document', OpenApiDocument) },
  }),
  inzageExportSchema: route({
    method: 'GET',
    path: '/schemas/inzage-export.json',
    summary: 'Het JSON Schema van de inzage-export',
    tag: 'Documentatie',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: { 200: json('JSON Schema (draft 2020-12)', JsonSchemaDocument) },
  }),
  documentatie: route({
    method: 'GET',
    path: '/docs',
    summary: 'De API-documentatie om te lezen (Swagger UI)',
    tag: 'Documentatie',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: { 200: { description: 'De documentatiepagina', mediaType: 'text/html' } },
  }),
  documentatieScript: route({
    method: 'GET',
    path: '/docs/init.js',
    summary: 'Het script dat de documentatiepagina start',
    tag: 'Documentatie',
    roles: 'public',
    idempotent: false,
    request: noInput,
    responses: { 200: { description: 'JavaScript', mediaType: 'text/javascript' } },
  }),
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
