import { createHash, randomBytes } from 'node:crypto';
import type { OidcTerugkeerQuery } from '@deelwijs/contract';
import { type DbHandle, gebruikerQueries, uitnodigingQueries } from '@deelwijs/db';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  createRemoteJWKSet,
  EncryptJWT,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtDecrypt,
  jwtVerify,
} from 'jose';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig, type OidcConfig, oidcConfig } from '../../../config';
import { ProblemException, problemen } from '../../../http/problem';
import { DB } from '../../../infra/db.provider';
import { gelijkeTokens, type NieuweSessie, SessiesService } from '../sessies.service';

const TYPE = 'https://deelwijs.nl/problemen/';
const inloggenMislukt = (status: number, detail: string) =>
  new ProblemException({ type: `${TYPE}inloggen-mislukt`, title: 'Inloggen mislukt', status, detail });

const OPNIEUW = 'Ga terug naar de inlogpagina en probeer het opnieuw.';
/** How long a person has at the provider before the pending login expires. */
export const POGING_SECONDEN = 10 * 60;
const VERVERS_MS = 60 * 60_000;
const TIMEOUT_MS = 10_000;
// Only asymmetric signatures: a shared-secret (HS*) or unsigned id_token proves nothing about the provider.
const ALGORITMEN = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const Discovery = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
});
type Discovery = z.infer<typeof Discovery>;

const TokenAntwoord = z.object({ id_token: z.string().min(1) });

/** What the browser carries between the redirect and the return, encrypted so it can be neither read nor altered. */
const Poging = z.object({ state: z.string(), nonce: z.string(), verifier: z.string() });
type Poging = z.infer<typeof Poging>;

const zonderSlash = (url: string) => url.replace(/\/$/, '');
const willekeurig = () => randomBytes(32).toString('base64url');

/**
 * Login through the organisation's OpenID Connect provider: authorization code flow with PKCE (S256),
 * state and nonce. It proves who someone is; what they may do stays with the existing local account.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private readonly oidc: OidcConfig | undefined;
  // Per process, like the login limit: a restart only costs logins that are halfway. Several API
  // instances would share this key through the configuration.
  private readonly pogingSleutel = randomBytes(32);
  private provider?: { geladen: number; belofte: Promise<{ discovery: Discovery; jwks: JWTVerifyGetKey }> };

  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly sessies: SessiesService,
  ) {
    this.oidc = oidcConfig(config);
  }

  private instellingen(): OidcConfig {
    if (!this.oidc)
      throw new ProblemException({
        type: `${TYPE}niet-gevonden`,
        title: 'Niet gevonden',
        status: 404,
        detail: 'Inloggen met een organisatie-account is hier niet ingesteld. Log in met uw wachtwoord.',
      });
    return this.oidc;
  }

  /** Discovery document and key set, cached; a failure is not cached, so the next login tries again. */
  private async laadProvider(oidc: OidcConfig) {
    if (!this.provider || Date.now() - this.provider.geladen > VERVERS_MS) {
      const belofte = (async () => {
        const response = await fetch(`${zonderSlash(oidc.issuer)}/.well-known/openid-configuration`, {
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`discovery gaf ${response.status}`);
        const discovery = Discovery.parse(await response.json());
        // OpenID Connect Discovery §4.3: the document must be about the issuer we trust.
        if (zonderSlash(discovery.issuer) !== zonderSlash(oidc.issuer))
          throw new Error('issuer in discovery wijkt af van OIDC_ISSUER');
        return { discovery, jwks: createRemoteJWKSet(new URL(discovery.jwks_uri)) };
      })();
      this.provider = { geladen: Date.now(), belofte };
      belofte.catch(() => {
        if (this.provider?.belofte === belofte) this.provider = undefined;
      });
    }
    try {
      return await this.provider.belofte;
    } catch (error) {
      this.logger.warn(
        `Provider niet bereikbaar of ongeldig: ${error instanceof Error ? error.message : 'onbekend'}`,
      );
      throw problemen.nietBeschikbaar(
        'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw of log in met uw wachtwoord.',
      );
    }
  }

  /** The provider's authorization URL and the encrypted cookie value that binds the return to this browser. */
  async begin(): Promise<{ url: string; poging: string }> {
    const oidc = this.instellingen();
    const { discovery } = await this.laadProvider(oidc);
    const poging: Poging = { state: willekeurig(), nonce: willekeurig(), verifier: willekeurig() };
    const url = new URL(discovery.authorization_endpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', oidc.clientId);
    url.searchParams.set('redirect_uri', oidc.redirectUri);
    url.searchParams.set('scope', oidc.scopes);
    url.searchParams.set('state', poging.state);
    url.searchParams.set('nonce', poging.nonce);
    url.searchParams.set('code_challenge', createHash('sha256').update(poging.verifier).digest('base64url'));
    url.searchParams.set('code_challenge_method', 'S256');
    const versleuteld = await new EncryptJWT(poging)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${POGING_SECONDEN}s`)
      .encrypt(this.pogingSleutel);
    return { url: url.toString(), poging: versleuteld };
  }

  /** Checks the return from the provider and opens a session for the existing account it names. */
  async terugkeer(query: OidcTerugkeerQuery, pogingCookie: string | undefined): Promise<NieuweSessie> {
    const oidc = this.instellingen();
    // The provider's error_description is free text and may echo personal data; only the code is used.
    if (typeof query.error === 'string') {
      this.logger.warn(`Provider meldde een fout: ${query.error.slice(0, 50).replace(/[^\w-]/g, '')}`);
      throw inloggenMislukt(
        401,
        query.error === 'access_denied'
          ? `Het inloggen is geweigerd of afgebroken bij de inlogdienst van uw organisatie. ${OPNIEUW}`
          : `De inlogdienst van uw organisatie kon u niet inloggen. ${OPNIEUW}`,
      );
    }
    const poging = await this.leesPoging(pogingCookie);
    if (!poging || typeof query.state !== 'string' || !gelijkeTokens(query.state, poging.state)) {
      this.logger.warn('Terugkeer zonder geldige inlogpoging (state ontbreekt, klopt niet of is verlopen)');
      throw inloggenMislukt(400, `Deze inlogpoging is verlopen of hoort niet bij deze browser. ${OPNIEUW}`);
    }
    if (typeof query.code !== 'string' || !query.code)
      throw inloggenMislukt(400, `De inlogdienst gaf geen inlogcode terug. ${OPNIEUW}`);

    const { discovery, jwks } = await this.laadProvider(oidc);
    const idToken = await this.wisselCode(oidc, discovery, query.code, poging.verifier);
    const claims = await this.controleerIdToken(oidc, discovery, jwks, idToken, poging.nonce);

    const email = claims[oidc.emailClaim];
    if (typeof email !== 'string' || !email.includes('@') || claims.email_verified === false) {
      this.logger.warn(`id_token zonder bruikbaar, bevestigd e-mailadres in claim ${oidc.emailClaim}`);
      throw problemen.geenToegang(
        'Uw organisatie-account geeft geen bevestigd e-mailadres door. Vraag uw functioneel beheerder om hulp.',
      );
    }
    // No accounts are created here: who may use Deelwijs, and with which role, is decided locally.
    const rij = await gebruikerQueries(this.db.db).vindOpEmail(email);
    if (!rij) {
      this.logger.warn('Inloggen via OIDC geweigerd: geen Deelwijs-account bij dit e-mailadres');
      throw problemen.geenToegang(
        'Er is geen Deelwijs-account bij het e-mailadres van uw organisatie-account. Vraag uw functioneel beheerder om een account.',
      );
    }
    if (rij.status === 'gedeactiveerd') {
      this.logger.warn('Inloggen via OIDC geweigerd: het account is gedeactiveerd');
      throw problemen.geenToegang(
        'Uw Deelwijs-account is gedeactiveerd. Vraag uw functioneel beheerder om hulp als u weer met Deelwijs moet werken.',
      );
    }
    if (rij.status === 'uitgenodigd') {
      // An invited account is linked on its first login through the organisation's provider, while
      // its invitation still works: the provider has proven the e-mail address the beheerder invited.
      const actief = await this.db.db.transaction(async (tx) => {
        const q = uitnodigingQueries(tx);
        if ((await q.gebruikAlleVan(rij.id, new Date().toISOString())) === 0) return undefined;
        return q.activeerZonderWachtwoord(rij.id);
      });
      if (!actief) {
        this.logger.warn('Inloggen via OIDC geweigerd: de uitnodiging van dit account is verlopen');
        throw problemen.geenToegang(
          'Uw uitnodiging voor Deelwijs is verlopen. Vraag uw functioneel beheerder om een nieuwe uitnodiging.',
        );
      }
      return this.sessies.maakSessie(actief);
    }
    return this.sessies.maakSessie(rij);
  }

  private async leesPoging(cookie: string | undefined): Promise<Poging | undefined> {
    if (!cookie) return undefined;
    try {
      const { payload } = await jwtDecrypt(cookie, this.pogingSleutel, {
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        requiredClaims: ['exp'],
      });
      return Poging.parse(payload);
    } catch {
      return undefined;
    }
  }

  private async wisselCode(oidc: OidcConfig, discovery: Discovery, code: string, verifier: string) {
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: oidc.redirectUri,
      code_verifier: verifier,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    const methoden = discovery.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    if (oidc.clientSecret && methoden.includes('client_secret_basic')) {
      // RFC 6749 §2.3.1: both parts are form-encoded before base64.
      const deel = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${deel(oidc.clientId)}:${deel(oidc.clientSecret)}`).toString('base64')}`;
    } else {
      body.set('client_id', oidc.clientId);
      if (oidc.clientSecret) body.set('client_secret', oidc.clientSecret);
    }
    let antwoord: Response;
    try {
      antwoord = await fetch(discovery.token_endpoint, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      this.logger.warn('Token-endpoint niet bereikbaar');
      throw problemen.nietBeschikbaar(
        'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
      );
    }
    const json: unknown = await antwoord.json().catch(() => undefined);
    const token = TokenAntwoord.safeParse(json);
    if (!antwoord.ok || !token.success) {
      const fout = (json as { error?: unknown } | undefined)?.error;
      this.logger.warn(
        `Code inwisselen mislukt: ${antwoord.status} ${typeof fout === 'string' ? fout.slice(0, 50) : ''}`,
      );
      throw inloggenMislukt(
        401,
        `De inlogdienst van uw organisatie accepteerde de inlogcode niet. ${OPNIEUW}`,
      );
    }
    return token.data.id_token;
  }

  private async controleerIdToken(
    oidc: OidcConfig,
    discovery: Discovery,
    jwks: JWTVerifyGetKey,
    idToken: string,
    nonce: string,
  ): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(idToken, jwks, {
        issuer: discovery.issuer,
        audience: oidc.clientId,
        algorithms: ALGORITMEN,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: 30,
      });
      if (typeof payload.nonce !== 'string' || !gelijkeTokens(payload.nonce, nonce))
        throw new Error('nonce klopt niet');
      // OpenID Connect Core §3.1.3.7: with an authorised party, it must be us.
      if (payload.azp !== undefined && payload.azp !== oidc.clientId) throw new Error('azp klopt niet');
      return payload;
    } catch (error) {
      // Only the error code reaches the log: jose's messages are generic, but the token itself is not.
      const reden =
        error instanceof errors.JOSEError ? error.code : error instanceof Error ? error.message : 'onbekend';
      this.logger.warn(`id_token afgewezen: ${reden}`);
      throw inloggenMislukt(
        401,
        `Het bewijs van de inlogdienst van uw organisatie is ongeldig of verlopen. ${OPNIEUW}`,
      );
    }
  }
}
