import { isIP } from 'node:net';
import { DossierSleutel, VerwerkingslogSleutel } from '@deelwijs/db';
import { TelemetrieConfig } from '@deelwijs/telemetrie';
import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';

// An empty variable (OIDC_ISSUER= in a .env file) counts as not set.
const optioneel = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const LOKAAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What Express's `trust proxy` (proxy-addr) accepts: an address, a CIDR range, or a named range. */
function vertrouwbaarAdres(deel: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(deel)) return true;
  const [adres = '', bereik, ...rest] = deel.split('/');
  const versie = isIP(adres);
  if (versie === 0 || rest.length > 0) return false;
  if (bereik === undefined) return true;
  const n = Number(bereik);
  return /^\d+$/.test(bereik) && n <= (versie === 4 ? 32 : 128);
}

export const ApiConfig = TemporalConfig.extend({
  ...TelemetrieConfig.shape,
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
  API_PORT: z.coerce.number().int().positive().default(3001),
  API_HOST: z.string().default('127.0.0.1'),
  /**
   * The session cookie is only ever sent over HTTPS. Only a run on plain http on this machine (the
   * embedded default of infra/launch.mjs) sets it to false, or the browser would never send it back.
   */
  SESSIE_COOKIE_SECURE: z
    .enum(['true', 'false'], { error: 'SESSIE_COOKIE_SECURE moet true of false zijn' })
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * The proxies whose X-Forwarded-For the API believes (the dashboard's address, a load balancer):
   * addresses, CIDR ranges or loopback, linklocal, uniquelocal, comma-separated. Empty: none, and
   * the address a login is counted under is the peer's own.
   */
  API_TRUST_PROXY: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .refine(
      (delen) => delen.every(vertrouwbaarAdres),
      'API_TRUST_PROXY: geef adressen (127.0.0.1), reeksen (10.0.0.0/8) of loopback, linklocal, uniquelocal, gescheiden door komma’s',
    ),
  /** The absolute end of a session: after this many hours one logs in again, however active. */
  SESSIE_DUUR_UREN: z.coerce.number().positive().default(10),
  /** A session nobody used for this many minutes ends (a screen left open in a shared office). */
  SESSIE_INACTIEF_MINUTEN: z.coerce.number().positive().default(30),
  /** How long an invitation link works; after that the beheerder makes a new one. */
  UITNODIGING_GELDIG_DAGEN: z.coerce.number().positive().max(30).default(7),
  /** Signs the dossier chains' checkpoints; kept outside the database. */
  DEELWIJS_DOSSIER_SLEUTEL: DossierSleutel,
  /** Pseudonymises the data subjects of the verwerkingslog; kept outside the database. */
  DEELWIJS_VERWERKINGSLOG_SLEUTEL: VerwerkingslogSleutel,
  /** How long one request may wait for Temporal in all before it answers 503 (a worker that is down). */
  TEMPORAL_DEADLINE_MS: z.coerce.number().int().positive().default(25_000),
  /** The organisation's OpenID Connect provider; without it only local accounts log in. */
  OIDC_ISSUER: optioneel(
    z
      .url({ error: 'OIDC_ISSUER moet een URL zijn, zoals https://login.gemeente.nl/realms/medewerkers' })
      .refine((v) => {
        const url = URL.parse(v);
        return !url || url.protocol === 'https:' || LOKAAL.has(url.hostname);
      }, 'OIDC_ISSUER moet https gebruiken (http mag alleen voor localhost)'),
  ),
  OIDC_CLIENT_ID: optioneel(z.string()),
  /** Absent for a public client, which then relies on PKCE alone. */
  OIDC_CLIENT_SECRET: optioneel(z.string()),
  OIDC_REDIRECT_URI: optioneel(
    z.url({
      error:
        'OIDC_REDIRECT_URI moet een URL zijn, zoals https://deelwijs.gemeente.nl/api/v1/sessies/oidc/terugkeer',
    }),
  ),
  OIDC_SCOPES: z
    .string()
    .default('openid email profile')
    .refine((v) => v.split(/\s+/).includes('openid'), "OIDC_SCOPES moet 'openid' bevatten"),
  OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
}).superRefine((c, ctx) => {
  // All or nothing: a half-configured provider must stop the start, not fail at the first login.
  if (c.OIDC_ISSUER) {
    for (const naam of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const)
      if (!c[naam])
        ctx.addIssue({
          code: 'custom',
          path: [naam],
          message: `${naam} ontbreekt: verplicht zodra OIDC_ISSUER is ingesteld`,
        });
  } else {
    for (const naam of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const)
      if (c[naam])
        ctx.addIssue({
          code: 'custom',
          path: ['OIDC_ISSUER'],
          message: `OIDC_ISSUER ontbreekt, terwijl ${naam} wel is ingesteld`,
        });
  }
});
export type ApiConfig = z.infer<typeof ApiConfig>;

export const API_CONFIG = Symbol('API_CONFIG');

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  emailClaim: string;
}

/** The provider's settings when OIDC is on, otherwise undefined (the config schema makes it all or nothing). */
export function oidcConfig(config: ApiConfig): OidcConfig | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_REDIRECT_URI) return undefined;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: config.OIDC_REDIRECT_URI,
    scopes: config.OIDC_SCOPES,
    emailClaim: config.OIDC_EMAIL_CLAIM,
  };
}
