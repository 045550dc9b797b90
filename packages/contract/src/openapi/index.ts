import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathItemObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { documentedResponses, type ResponseSpec, type RouteSpec, type Tag } from '../route';
import { type RouteId, routes } from '../routes';
import { IdempotencyKey } from '../schemas/algemeen';
import { OpenApiDocument } from '../schemas/openapi';
import { Problem } from '../schemas/problem';
import { rolLabel } from '../schemas/rollen';
import { API_BASE_PATH, API_VERSION } from '../version';

const TAGS: Record<Tag, string> = {
  Sessies: 'Inloggen en uitloggen, met wachtwoord of met het organisatie-account',
  Cliënten: 'Cliënten van het eigen team, hun vertegenwoordigers en hun dossier',
  Deelverzoeken: 'Eén bedoelde verstrekking van gegevens en het proces van het afwegingskader',
  Werkvoorraad: 'Wat iemand nu moet doen: toetsingen, handtekeningen, open deelverzoeken en herinneringen',
  Toezicht: 'Wat de privacy officer bewaakt: alleen procesgegevens, nooit de inhoud van een dossier',
  Dossiercontrole: 'Het dossier is onveranderlijk en controleerbaar: hashketens en controlepunten',
  Advies: 'Het afwegingskader als dienst: advies zonder iets op te slaan',
  Handleiding: 'De Zutphense handleiding als data, per contentversie',
  Gebruikers: 'Accounts, rollen en teams (functioneel beheerder)',
  Beheer: 'Wat de organisatie zelf instelt: de eigen termijnen als versies (functioneel beheerder)',
  Gezondheid: 'Liveness en readiness',
  Documentatie: 'Dit document en de leesbare documentatie',
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

const IDEMPOTENCY_KEY = IdempotencyKey.optional().meta({
  description:
    'Unieke sleutel per bedoelde wijziging (bijvoorbeeld een UUID). Een herhaling met dezelfde sleutel geeft het eerste antwoord terug en wijzigt niets; 24 uur geldig.',
});

const accessNote = (spec: RouteSpec) =>
  spec.roles === 'public'
    ? 'Toegang: iedereen, zonder sessie.'
    : `Toegang: ${new Intl.ListFormat('nl', { type: 'disjunction' }).format(spec.roles.map((r) => rolLabel[r]))}.`;

function responseObject(status: number, r: ResponseSpec, spec: RouteSpec): ZodOpenApiResponseObject {
  const headers: Record<string, { $ref: string }> = { 'API-Version': ref('API-Version') };
  for (const name of r.headers ?? []) headers[name] = ref(name);
  if (spec.idempotent && status < 300) headers['Idempotent-Replayed'] = ref('Idempotent-Replayed');
  const content =
    status >= 400
      ? { 'application/problem+json': { schema: Problem } }
      : r.schema
        ? { [r.mediaType ?? 'application/json']: { schema: r.schema } }
        : r.mediaType === 'application/pdf'
          ? { 'application/pdf': {} }
          : r.mediaType
            ? { [r.mediaType]: { schema: { type: 'string' as const } } }
            : undefined;
  return { description: r.description, headers, ...(content ? { content } : {}) };
}

function operation(id: RouteId, spec: RouteSpec): ZodOpenApiOperationObject {
  const { params, query, body } = spec.request;
  return {
    operationId: id,
    summary: spec.summary,
    description: [spec.description, accessNote(spec)].filter(Boolean).join('\n\n'),
    tags: [spec.tag],
    // Reading needs the session cookie; changing also the CSRF token from its companion cookie.
    security:
      spec.roles === 'public' ? [] : spec.method === 'GET' ? [{ sessie: [] }] : [{ sessie: [], csrf: [] }],
    'x-rollen': spec.roles === 'public' ? [] : [...spec.roles],
    requestParams: {
      ...(params ? { path: params } : {}),
      ...(query ? { query } : {}),
      ...(spec.idempotent ? { header: z.object({ 'Idempotency-Key': IDEMPOTENCY_KEY }) } : {}),
    },
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
    responses: Object.fromEntries(
      Object.entries(documentedResponses(spec)).map(([status, r]) => [
        status,
        responseObject(Number(status), r, spec),
      ]),
    ),
  };
}

/** The OpenAPI 3.1 document of the whole API, generated from the route registry. */
export function openApiDocument(): OpenApiDocument {
  const paths: Record<string, ZodOpenApiPathItemObject> = {};
  for (const [id, spec] of Object.entries(routes) as Array<[RouteId, RouteSpec]>) {
    paths[spec.path] ??= {};
    paths[spec.path]![spec.method.toLowerCase() as 'get' | 'post' | 'delete'] = operation(id, spec);
  }
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Deelwijs API',
      version: API_VERSION,
      description:
        'De enige toegang tot Deelwijs voor mensen en andere systemen: afwegen, vastleggen en opvolgen van het delen van cliëntgegevens in het sociaal domein. Fouten komen als application/problem+json met een Nederlandse uitleg; elk antwoord draagt de header API-Version.',
      contact: { name: 'Team Deelwijs', email: 'api@deelwijs.nl', url: 'https://deelwijs.nl/api' },
    },
    servers: [{ url: API_BASE_PATH, description: 'Deze Deelwijs-omgeving' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        sessie: { type: 'apiKey', in: 'cookie', name: 'deelwijs_sessie' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      headers: {
        'API-Version': z
          .string()
          .meta({ description: 'De volledige versie van de API (semver)', example: API_VERSION }),
        Location: z.string().meta({ description: 'Waar de aangemaakte bron of het vervolg staat' }),
        'Retry-After': z.int().meta({ description: 'Over hoeveel seconden opnieuw proberen zin heeft' }),
        'Idempotent-Replayed': z.literal('true').meta({
          description: 'Staat er als dit het bewaarde eerste antwoord op deze Idempotency-Key is',
        }),
      },
    },
    paths,
  });
  return OpenApiDocument.parse(document);
}
