import { DomeinId, GegevenscategorieId, PetId } from '@deelwijs/content';
import { adviesJsonSchema, NieuwDeelverzoek } from '@deelwijs/domain';
import { z } from 'zod';
import { Inloggen } from '../auth/sessies.controller';
import { ClientDetail, ClientView, NieuweClient } from '../features/clienten/clienten.schemas';
import {
  DeelverzoekInBehandeling,
  DeelverzoekView,
  DossieraantekeningView,
  OpdrachtVerzoekBody,
} from '../features/deelverzoeken/deelverzoeken.schemas';
import { NieuweGebruiker } from '../features/gebruikers/gebruikers.controller';
import {
  AfwegingenView,
  AfwegingView,
  BegrippenView,
  BeroepsgeheimView,
  Bijlage1View,
  GrondslagenView,
  HandleidingIndexView,
  VertegenwoordigingView,
  VuistregelsView,
} from '../features/handleiding/handleiding.schemas';
import { paginaSchema } from '../http/paginering';

// The document is built from the same zod schemas the controllers validate with, so it cannot drift.
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' });
const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({
  content: { 'application/json': { schema: schema(s, io) } },
});
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const paginaParams = [
  { name: 'pagina', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'perPagina', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];
const retryAfter = {
  'Retry-After': {
    description: 'Over hoeveel seconden opnieuw proberen zin heeft',
    schema: { type: 'integer' },
  },
};
const beveiligd = {
  401: problem('Niet ingelogd'),
  403: problem('Geen toegang (rol, of CSRF-token ontbreekt)'),
  // Any route that needs the database or Temporal answers this while one of them is away.
  503: {
    ...problem('Database of Temporal even niet bereikbaar; probeer het na Retry-After seconden opnieuw'),
    headers: retryAfter,
  },
};

/** Every POST that creates or changes something takes one; a repeat returns the first answer. */
const idempotencyParam = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Unieke sleutel per bedoelde wijziging (bijvoorbeeld een UUID). Een herhaling met dezelfde sleutel geeft het eerste antwoord terug en wijzigt niets; 24 uur geldig.',
  schema: { type: 'string', minLength: 8, maxLength: 200 },
};

const versieParam = {
  name: 'versie',
  in: 'query',
  description: 'Contentversie van de handleiding, zoals 2025.1.0; zonder deze de nieuwste',
  schema: { type: 'string' },
};
const handleidingGet = (summary: string, antwoord: z.ZodType, extra: object[] = []) => ({
  get: {
    summary,
    parameters: [versieParam, ...extra],
    responses: {
      200: { description: summary, ...json(antwoord) },
      ...(extra.length ? { 400: problem('Ongeldige filterwaarde') } : {}),
      404: problem('Onbekende versie van de handleiding'),
      ...beveiligd,
    },
  },
});
const filterParam = (name: string, opties: readonly string[]) => ({
  name,
  in: 'query',
  schema: { type: 'string', enum: [...opties] },
});

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Deelwijs API',
      version: '1.0.0',
      description:
        'De enige toegang tot Deelwijs voor mensen en andere systemen. Fouten komen als application/problem+json met een Nederlandse uitleg. Cliëntgegevens staan nooit in URL’s.',
      contact: { name: 'Deelwijs' },
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        sessie: { type: 'apiKey', in: 'cookie', name: 'deelwijs_sessie' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            fouten: {
              type: 'array',
              items: { type: 'object', properties: { pad: { type: 'string' }, bericht: { type: 'string' } } },
            },
            overtredingen: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  code: { type: 'string' },
                  bericht: { type: 'string' },
                  bron: { type: 'string' },
                },
              },
            },
            ontbreekt: {
              description: 'Alleen bij readiness: de onderdelen die niet antwoorden',
              type: 'array',
              items: { type: 'string', enum: ['database', 'temporal'] },
            },
          },
        },
      },
    },
    security: [{ sessie: [], csrf: [] }],
    paths: {
      '/sessies': {
        post: {
          summary: 'Inloggen',
          security: [],
          requestBody: { required: true, ...json(Inloggen, 'input') },
          responses: {
            201: { description: 'Ingelogd; zet de sessie- en CSRF-cookie' },
            400: problem('Onjuiste gegevens'),
            429: problem('Te veel pogingen'),
          },
        },
      },
      '/sessies/methoden': {
        get: {
          summary: 'Welke manieren van inloggen er zijn',
          security: [],
          responses: {
            200: {
              description:
                'Wachtwoord altijd; oidc als de OpenID Connect-provider van de organisatie is ingesteld',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['wachtwoord', 'oidc'],
                    properties: { wachtwoord: { type: 'boolean', const: true }, oidc: { type: 'boolean' } },
                  },
                },
              },
            },
          },
        },
      },
      '/sessies/oidc': {
        get: {
          summary: 'Inloggen met het organisatie-account (OpenID Connect)',
          description:
            'Stuurt de browser naar de provider van de organisatie (authorization code flow met PKCE S256, state en nonce) en zet een kortlevende, versleutelde cookie voor de terugkeer.',
          security: [],
          responses: {
            302: { description: 'Naar het autorisatie-endpoint van de provider' },
            404: problem('Inloggen met een organisatie-account is niet ingesteld'),
            503: problem('Provider niet bereikbaar'),
          },
        },
      },
      '/sessies/oidc/terugkeer': {
        get: {
          summary: 'Terugkeer van de OpenID Connect-provider',
          description:
            'Controleert state, wisselt de code in en controleert het id_token (handtekening, iss, aud, exp, nonce). Alleen een bestaand account met hetzelfde e-mailadres logt in; er worden geen accounts aangemaakt.',
          security: [],
          parameters: [
            { name: 'code', in: 'query', schema: { type: 'string' } },
            { name: 'state', in: 'query', schema: { type: 'string' } },
            { name: 'error', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            302: { description: 'Ingelogd; zet de sessie- en CSRF-cookie en stuurt naar het dashboard (/)' },
            400: problem('Inlogpoging verlopen of state klopt niet'),
            401: problem('Provider weigerde, of het id_token is ongeldig'),
            403: problem('Geen Deelwijs-account bij dit e-mailadres'),
            404: problem('Inloggen met een organisatie-account is niet ingesteld'),
            503: problem('Provider niet bereikbaar'),
          },
        },
      },
      '/sessies/huidige': {
        get: {
          summary: 'Wie ben ik',
          responses: { 200: { description: 'De ingelogde gebruiker' }, ...beveiligd },
        },
        delete: { summary: 'Uitloggen', responses: { 204: { description: 'Uitgelogd' }, ...beveiligd } },
      },
      '/clienten': {
        get: {
          summary: 'Cliënten van mijn team, te zoeken op naam of pseudoniem',
          parameters: [
            ...paginaParams,
            { name: 'zoek', in: 'query', schema: { type: 'string', maxLength: 100 } },
          ],
          responses: {
            200: { description: 'Een pagina cliënten', ...json(paginaSchema(ClientView)) },
            ...beveiligd,
          },
        },
        post: {
          summary: 'Een cliënt registreren, met wie hem vertegenwoordigt',
          requestBody: { required: true, ...json(NieuweClient, 'input') },
          responses: {
            201: { description: 'Geregistreerd, met wie toestemming geeft', ...json(ClientDetail) },
            400: problem('Ongeldige invoer'),
            ...beveiligd,
          },
        },
      },
      '/clienten/{id}': {
        get: {
          summary: 'Eén cliënt, met vertegenwoordigers en wie vandaag toestemming geeft',
          parameters: [idParam],
          responses: {
            200: json(ClientDetail),
            404: problem('Niet gevonden of niet van mijn team'),
            ...beveiligd,
          },
        },
      },
      '/clienten/{id}/dossieraantekeningen': {
        get: {
          summary: 'Het dossier van een cliënt: alle dossieraantekeningen, oudste eerst',
          parameters: [idParam],
          responses: {
            200: {
              description: 'Aantekeningen',
              ...json(z.array(DossieraantekeningView.extend({ deelverzoekId: z.uuid() }))),
            },
            404: problem('Niet gevonden of niet van mijn team'),
            ...beveiligd,
          },
        },
      },
      '/advies': {
        post: {
          summary: 'Advies volgens het afwegingskader voor een beschreven situatie (niets wordt opgeslagen)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: adviesJsonSchema.invoer } },
          },
          responses: {
            200: {
              description: 'Route, volgende stap, wie toestemming geeft, wat niet gedeeld mag worden',
              content: { 'application/json': { schema: adviesJsonSchema.uitvoer } },
            },
            400: problem('Ongeldige situatie'),
            ...beveiligd,
          },
        },
      },
      '/advies/schema': {
        get: {
          summary: 'Invoer en uitvoer van het advies als JSON Schema',
          responses: { 200: { description: '{ invoer, uitvoer }' }, ...beveiligd },
        },
      },
      '/deelverzoeken': {
        get: {
          summary: 'Deelverzoeken die ik mag zien, nieuwste eerst',
          parameters: paginaParams,
          responses: {
            200: { description: 'Een pagina deelverzoeken', ...json(paginaSchema(DeelverzoekView)) },
            ...beveiligd,
          },
        },
        post: {
          summary: 'Een deelverzoek starten (start het proces in Temporal)',
          requestBody: { required: true, ...json(NieuwDeelverzoek, 'input') },
          responses: {
            201: { description: 'Vastgelegd', ...json(DeelverzoekView) },
            202: {
              description: 'Aangenomen; wordt vastgelegd zodra de verwerking draait',
              ...json(DeelverzoekInBehandeling),
            },
            400: problem('Ongeldige invoer'),
            404: problem('Cliënt niet gevonden of niet van mijn team'),
            ...beveiligd,
            503: {
              ...problem('Temporal of de database niet bereikbaar; niets aangemaakt'),
              headers: retryAfter,
            },
          },
        },
      },
      '/deelverzoeken/{id}': {
        get: {
          summary: 'Eén deelverzoek',
          parameters: [idParam],
          responses: { 200: json(DeelverzoekView), 404: problem('Niet gevonden'), ...beveiligd },
        },
      },
      '/deelverzoeken/{id}/dossieraantekeningen': {
        get: {
          summary: 'De dossieraantekeningen van een deelverzoek, oudste eerst',
          parameters: [idParam],
          responses: {
            200: { description: 'Aantekeningen', ...json(z.array(DossieraantekeningView)) },
            404: problem('Niet gevonden'),
            ...beveiligd,
          },
        },
      },
      '/deelverzoeken/{id}/opdrachten': {
        post: {
          summary:
            'Een stap van het afwegingskader uitvoeren (afweging 1–3, toestemmingspoging, intrekken, afweging 4, toetsing, akkoord, verstrekking, uitstel, informeren achteraf)',
          parameters: [idParam, idempotencyParam],
          requestBody: { required: true, ...json(OpdrachtVerzoekBody, 'input') },
          responses: {
            200: { description: 'Vastgelegd in het dossier', ...json(DeelverzoekView) },
            400: problem('Ongeldige invoer'),
            404: problem('Niet gevonden'),
            409: problem(
              'Het deelverzoek is afgesloten, intussen gewijzigd (volgnummer klopt niet meer), of hetzelfde verzoek wordt nog verwerkt',
            ),
            422: problem('Het afwegingskader staat dit niet toe (met de bron in de handleiding)'),
            500: problem('De stap kon niet worden vastgelegd; het deelverzoek staat nog zoals het was'),
            ...beveiligd,
          },
        },
      },
      '/deelverzoeken/{id}/proces': {
        get: {
          summary: 'De processtand zoals de workflow die bijhoudt (Temporal-query)',
          parameters: [idParam],
          responses: {
            200: { description: 'DeelverzoekProces' },
            404: problem('Niet gevonden'),
            409: problem('Al lang afgesloten: het procesverloop is niet meer op te vragen, het dossier wel'),
            ...beveiligd,
            503: { ...problem('Procesgegevens tijdelijk niet op te vragen'), headers: retryAfter },
          },
        },
      },
      '/deelverzoeken/{id}/verantwoording': {
        get: {
          summary: 'Afdrukbare verantwoording in gewoon Nederlands (HTML)',
          parameters: [idParam],
          responses: { 200: { description: 'text/html' }, 404: problem('Niet gevonden'), ...beveiligd },
        },
      },
      '/deelverzoeken/{id}/verantwoording.pdf': {
        get: {
          summary: 'Dezelfde verantwoording als PDF',
          parameters: [idParam],
          responses: { 200: { description: 'application/pdf' }, 404: problem('Niet gevonden'), ...beveiligd },
        },
      },
      '/werkvoorraad': {
        get: {
          summary: 'Open deelverzoeken (eerstvolgende termijn bovenaan) en mijn herinneringen',
          responses: { 200: { description: 'Werkvoorraad' }, ...beveiligd },
        },
      },
      '/notificaties': {
        get: {
          summary: 'Mijn herinneringen, ongelezen eerst',
          responses: { 200: { description: 'Herinneringen' }, ...beveiligd },
        },
      },
      '/notificaties/{id}/gelezen': {
        post: {
          summary: 'Een herinnering als gelezen markeren',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 204: { description: 'Gemarkeerd' }, 404: problem('Niet gevonden'), ...beveiligd },
        },
      },
      '/gebruikers': {
        get: {
          summary: 'Accounts (functioneel beheerder, privacy officer)',
          responses: { 200: { description: 'Gebruikers' }, ...beveiligd },
        },
        post: {
          summary: 'Een account aanmaken met rollen, team, pet en beroepsgeheim (functioneel beheerder)',
          requestBody: { required: true, ...json(NieuweGebruiker, 'input') },
          responses: {
            201: { description: 'Aangemaakt' },
            400: problem('Ongeldige invoer of e-mailadres al in gebruik'),
            ...beveiligd,
          },
        },
      },
      '/gezondheid': {
        get: {
          summary: 'Leeft de API? (liveness: raakt geen ander onderdeel aan)',
          security: [],
          responses: {
            200: {
              description: 'De API antwoordt',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } },
                },
              },
            },
          },
        },
      },
      '/gezondheid/gereed': {
        get: {
          summary: 'Is Deelwijs gereed? (readiness: database en Temporal antwoorden binnen 2 seconden)',
          security: [],
          responses: {
            200: {
              description: 'Alle onderdelen bereikbaar',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['status', 'onderdelen'],
                    properties: {
                      status: { const: 'gereed' },
                      onderdelen: {
                        type: 'object',
                        properties: {
                          database: { const: 'bereikbaar' },
                          temporal: { const: 'bereikbaar' },
                        },
                      },
                    },
                  },
                },
              },
            },
            503: {
              ...problem('Niet gereed; `ontbreekt` noemt de onderdelen die niet antwoorden'),
              headers: retryAfter,
            },
          },
        },
      },
      '/handleiding': handleidingGet(
        'De handleiding: versie, beschikbare versies, wijzigingen en de onderdelen',
        HandleidingIndexView,
      ),
      '/handleiding/afwegingen': handleidingGet('De afwegingen 1 tot en met 4c, kort', AfwegingenView),
      '/handleiding/afwegingen/{id}': {
        get: {
          summary: 'Eén afweging met beslisschema (knopen en pijlen), reflectievragen en casus',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: ['1', '2', '3', '4a', '4b', '4c'] },
            },
            versieParam,
          ],
          responses: {
            200: { description: 'De afweging', ...json(AfwegingView) },
            404: problem('Onbekende afweging of onbekende versie van de handleiding'),
            ...beveiligd,
          },
        },
      },
      '/handleiding/grondslagen': handleidingGet(
        'De zes grondslagen, de eisen aan toestemming en de gerechtvaardigde redenen',
        GrondslagenView,
      ),
      '/handleiding/bijlage-1': handleidingGet(
        'Bijlage 1: wat mag ik delen met wie, per domein en pet (te filteren)',
        Bijlage1View,
        [
          filterParam('domein', DomeinId.options),
          filterParam('pet', PetId.options),
          {
            ...filterParam('gegevenscategorie', GegevenscategorieId.options),
            description: 'Regels die deze categorie noemen, bij wat wel of juist niet gedeeld mag worden',
          },
        ],
      ),
      '/handleiding/begrippen': handleidingGet('De begrippenlijst, op alfabet, met anker', BegrippenView),
      '/handleiding/beroepsgeheim': handleidingGet(
        'Beroepsgeheim: dragers, uitzonderingen, conflict van plichten',
        BeroepsgeheimView,
      ),
      '/handleiding/vuistregels': handleidingGet('De visie en de tien vuistregels', VuistregelsView),
      '/handleiding/vertegenwoordiging': handleidingGet(
        'Wie toestemming geeft, naar leeftijd en wilsbekwaamheid',
        VertegenwoordigingView,
      ),
    },
  };
}
