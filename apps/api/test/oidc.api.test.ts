import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID, CLIENT_SECRET, EVA, REDIRECT_URI, startProvider } from './support/oidc-provider';
import { type Antwoord, logIn, nodigUit, startStack } from './support/stack';

const cookiesUit = (response: Response) => response.headers.getSetCookie();
const waarde = (cookies: string[], naam: string) =>
  cookies
    .find((c) => c.startsWith(`${naam}=`))
    ?.split(';')[0]
    ?.slice(naam.length + 1);

describe('login through the organisation’s OpenID Connect provider', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let stack: Awaited<ReturnType<typeof startStack>>;

  beforeAll(async () => {
    provider = await startProvider();
    stack = await startStack({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: REDIRECT_URI,
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await provider?.stop();
  });
  beforeEach(() => provider.zet({ email: EVA }));

  const api = (pad: string, cookie?: string) =>
    fetch(`${stack.baseUrl}${pad}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    }) as Promise<Antwoord>;

  /** The browser's walk: Deelwijs → provider → back to Deelwijs; `onderweg` may tamper with the return. */
  async function walk(onderweg: (terug: URL) => URL = (u) => u, opties: { zonderCookie?: boolean } = {}) {
    const begin = await api('/sessies/oidc');
    expect(begin.status).toBe(302);
    const pogingCookie = `deelwijs_oidc=${waarde(cookiesUit(begin), 'deelwijs_oidc')}`;
    const bijProvider = await fetch(begin.headers.get('location')!, { redirect: 'manual' });
    expect(bijProvider.status).toBe(302);
    const terug = onderweg(new URL(bijProvider.headers.get('location')!));
    expect(terug.origin + terug.pathname).toBe(REDIRECT_URI);
    return api(`/sessies/oidc/terugkeer${terug.search}`, opties.zonderCookie ? undefined : pogingCookie);
  }

  async function expectProblem(response: Antwoord, status: number, detail: RegExp) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await response.json()).detail).toMatch(detail);
    expect(waarde(cookiesUit(response), 'deelwijs_sessie')).toBeUndefined();
  }

  it('says on /sessies/methoden that OIDC is on', async () => {
    expect(await (await api('/sessies/methoden')).json()).toEqual({ wachtwoord: true, oidc: true });
  });

  it('documents the three paths in OpenAPI', async () => {
    const document = await (await api('/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/sessies/methoden', '/sessies/oidc', '/sessies/oidc/terugkeer']),
    );
  });

  it('redirects to the provider with PKCE S256, state and nonce, kept in an httpOnly cookie', async () => {
    const begin = await api('/sessies/oidc');
    expect(begin.status).toBe(302);
    const naar = new URL(begin.headers.get('location')!);
    expect(naar.origin + naar.pathname).toBe(`${provider.issuer}/authorize`);
    expect(Object.fromEntries(naar.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const p of ['state', 'nonce', 'code_challenge'])
      expect(naar.searchParams.get(p)).toMatch(/^[\w-]{43}$/);
    const cookie = cookiesUit(begin).find((c) => c.startsWith('deelwijs_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/api\/v1\/sessies\/oidc/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Encrypted: neither state, nonce nor verifier can be read from the cookie.
    expect(cookie).not.toContain(naar.searchParams.get('state'));
  });

  it('logs Eva in: session cookies like the password login, then to the dashboard', async () => {
    const pkceVoor = provider.gezien.pkceGoed;
    const terug = await walk();
    expect(terug.status).toBe(302);
    expect(terug.headers.get('location')).toBe('/');
    expect(provider.gezien.pkceGoed).toBe(pkceVoor + 1);
    const cookies = cookiesUit(terug);
    expect(cookies.find((c) => c.startsWith('deelwijs_sessie='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('deelwijs_csrf='))).not.toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('deelwijs_oidc='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    const sessie = `deelwijs_sessie=${waarde(cookies, 'deelwijs_sessie')}`;
    const huidige = await api('/sessies/huidige', sessie);
    expect(huidige.status).toBe(200);
    expect(await huidige.json()).toMatchObject({ naam: 'Eva Smit', email: EVA });
  });

  it('refuses an e-mail address without a Deelwijs account (403, no account created)', async () => {
    provider.zet({ email: 'onbekend.persoon@gemeente.test' });
    await expectProblem(await walk(), 403, /geen Deelwijs-account/);
  });

  it('links an invited account on its first login through the provider, once; a deactivated one is refused', async () => {
    const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
    const uitnodiging = { naam: 'Olaf Oidc', rollen: ['casemanager'], team: 'wijkteam-noord' };
    const { token } = await nodigUit(beheer, { ...uitnodiging, email: 'olaf.oidc@gemeente.test' });
    provider.zet({ email: 'olaf.oidc@gemeente.test' });
    const terug = await walk();
    expect(terug.status).toBe(302);
    const sessie = `deelwijs_sessie=${waarde(cookiesUit(terug), 'deelwijs_sessie')}`;
    expect(await (await api('/sessies/huidige', sessie)).json()).toMatchObject({ naam: 'Olaf Oidc' });
    // The link is used up by that login: nobody can set a password with it afterwards.
    const aanvaard = await fetch(`${stack.baseUrl}/uitnodigingen/_aanvaard`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, wachtwoord: 'een-lang-wachtwoord' }),
    });
    expect(aanvaard.status).toBe(410);

    // An invitation that expired does not link.
    const verlopen = await nodigUit(beheer, { ...uitnodiging, email: 'te.laat.oidc@gemeente.test' });
    await stack.db.pool.query(
      "update uitnodigingen set verloopt_op = now() - interval '1 minute' where gebruiker_id = $1",
      [verlopen.id],
    );
    provider.zet({ email: 'te.laat.oidc@gemeente.test' });
    await expectProblem(await walk(), 403, /uitnodiging voor Deelwijs is verlopen/);

    // Deactivated: no login through the provider either.
    const weg = await nodigUit(beheer, { ...uitnodiging, email: 'weg.oidc@gemeente.test' });
    expect((await beheer.post(`/gebruikers/${weg.id}/deactiveren`, {})).status).toBe(200);
    provider.zet({ email: 'weg.oidc@gemeente.test' });
    await expectProblem(await walk(), 403, /gedeactiveerd/);
  });

  it('refuses a tampered state', async () => {
    const response = await walk((u) => {
      u.searchParams.set('state', `${u.searchParams.get('state')!.slice(0, -2)}xx`);
      return u;
    });
    await expectProblem(response, 400, /verlopen of hoort niet bij deze browser/);
  });

  it('refuses a return in a browser that did not start the login (no cookie)', async () => {
    await expectProblem(await walk(undefined, { zonderCookie: true }), 400, /hoort niet bij deze browser/);
  });

  it('refuses a tampered state cookie', async () => {
    const begin = await api('/sessies/oidc');
    const poging = waarde(cookiesUit(begin), 'deelwijs_oidc')!;
    const bijProvider = await fetch(begin.headers.get('location')!, { redirect: 'manual' });
    const terug = new URL(bijProvider.headers.get('location')!);
    // One character changed for another (never for itself: that would be no tampering at all).
    const oud = poging.at(-3)!;
    const vervalst = `${poging.slice(0, -3)}${oud === 'A' ? 'B' : 'A'}${poging.slice(-2)}`;
    expect(vervalst).not.toBe(poging);
    await expectProblem(
      await api(`/sessies/oidc/terugkeer${terug.search}`, `deelwijs_oidc=${vervalst}`),
      400,
      /verlopen/,
    );
  });

  it('refuses an id_token with a wrong nonce', async () => {
    provider.zet({ email: EVA, nonce: 'een-andere-nonce' });
    await expectProblem(await walk(), 401, /ongeldig of verlopen/);
  });

  it('refuses an id_token signed by another key', async () => {
    provider.zet({ email: EVA, sleutel: 'vreemd' });
    await expectProblem(await walk(), 401, /ongeldig of verlopen/);
  });

  it('refuses an expired id_token', async () => {
    provider.zet({ email: EVA, verlopen: true });
    await expectProblem(await walk(), 401, /ongeldig of verlopen/);
  });

  it('refuses an id_token meant for another client', async () => {
    provider.zet({ email: EVA, audience: 'een-andere-applicatie' });
    await expectProblem(await walk(), 401, /ongeldig of verlopen/);
  });

  it('reports an error from the provider in Dutch', async () => {
    const response = await walk((u) => {
      const fout = new URL(u.origin + u.pathname);
      fout.searchParams.set('error', 'access_denied');
      fout.searchParams.set('error_description', 'gebruiker casemanager@demo.deelwijs.nl weigerde');
      fout.searchParams.set('state', u.searchParams.get('state')!);
      return fout;
    });
    await expectProblem(response, 401, /geweigerd of afgebroken/);
  });

  it('logs no e-mail addresses or tokens', () => {
    const log = stack.logboek();
    expect(log).toContain('id_token afgewezen');
    expect(log).not.toMatch(/@/);
    expect(log).not.toMatch(/eyJ/);
  });
});
