import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';

export const CLIENT_ID = 'deelwijs-test';
export const CLIENT_SECRET = 'geheim met spatie&teken';
// As in production: the provider returns the browser to the dashboard's origin, which proxies to the API.
export const REDIRECT_URI = 'https://deelwijs.test/api/v1/sessies/oidc/terugkeer';
export const EVA = 'casemanager@demo.deelwijs.nl';

/** How the provider behaves for the next login; each test sets what it breaks. */
export interface Scenario {
  email: string;
  nonce?: string;
  sleutel?: 'eigen' | 'vreemd';
  verlopen?: boolean;
  audience?: string;
}

/**
 * A small but real OpenID Connect provider: discovery, JWKS, an authorize endpoint that sends the
 * browser straight back with a code, and a token endpoint that checks client, redirect URI and PKCE.
 */
export async function startProvider() {
  const eigen = await generateKeyPair('RS256');
  const vreemd = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(eigen.publicKey)), kid: 'sleutel-1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string }>();
  const gezien = { authorize: [] as URLSearchParams[], pkceGoed: 0, clientGoed: 0 };
  let scenario: Scenario = { email: EVA };

  const lees = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (d: Buffer) => {
        body += d.toString();
      });
      req.on('end', () => resolve(body));
    });

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration')
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
      });
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      gezien.authorize.push(q);
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        challenge: q.get('code_challenge') ?? '',
        nonce: q.get('nonce') ?? '',
        redirectUri: q.get('redirect_uri') ?? '',
      });
      const terug = new URL(q.get('redirect_uri')!);
      terug.searchParams.set('code', code);
      terug.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: terug.toString() });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = new URLSearchParams(await lees(req));
      const verwacht = `Basic ${Buffer.from(`${CLIENT_ID}:${encodeURIComponent(CLIENT_SECRET).replace(/%20/g, '+')}`).toString('base64')}`;
      if (req.headers.authorization !== verwacht) return json(401, { error: 'invalid_client' });
      gezien.clientGoed++;
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (
        !code ||
        form.get('grant_type') !== 'authorization_code' ||
        form.get('redirect_uri') !== code.redirectUri
      )
        return json(400, { error: 'invalid_grant' });
      const challenge = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (challenge !== code.challenge) return json(400, { error: 'invalid_grant' });
      gezien.pkceGoed++;
      const nu = Math.floor(Date.now() / 1000) - (scenario.verlopen ? 20 * 60 : 0);
      const idToken = await new SignJWT({
        email: scenario.email,
        email_verified: true,
        nonce: scenario.nonce ?? code.nonce,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'sleutel-1' })
        .setIssuer(issuer)
        .setAudience(scenario.audience ?? CLIENT_ID)
        .setSubject('medewerker-42')
        .setIssuedAt(nu)
        .setExpirationTime(nu + 5 * 60)
        .sign((scenario.sleutel === 'vreemd' ? vreemd : eigen).privateKey as KeyLike);
      return json(200, { access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken });
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    gezien,
    zet: (s: Scenario) => {
      scenario = s;
    },
    stop: () => new Promise((r) => server.close(r)),
  };
}
