import { createHash } from 'node:crypto';
import { schema } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Antwoord, logIn, startStack } from './support/stack';

// Sessions and HTTP as an attacker with a browser, curl or a valid account would try them (issue 13),
// against the real API on PostgreSQL.

type Stack = Awaited<ReturnType<typeof startStack>>;

const sanne = demoClienten[0]!;

/** One password login, optionally claiming to come from `xff` (X-Forwarded-For). */
const inloggen = (stack: Stack, email: string, wachtwoord: string, xff?: string) =>
  fetch(`${stack.baseUrl}/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(xff ? { 'x-forwarded-for': xff } : {}) },
    body: JSON.stringify({ email, wachtwoord }),
  }) as Promise<Antwoord>;

const statussen = async (pogingen: Array<Promise<Response>>) =>
  (await Promise.all(pogingen)).map((r) => r.status);

/** As if the clock moved past every wait: the counts stay, only the blocks end. */
const wachtVoorbij = (stack: Stack) =>
  stack.db.db.update(schema.inlogpogingen).set({ geblokkeerdTot: new Date(Date.now() - 1000).toISOString() });

const aantalClienten = async (stack: Stack) =>
  (await stack.db.db.select({ id: schema.clienten.id }).from(schema.clienten)).length;

describe('the default: no proxy trusted, secure cookies', () => {
  let stack: Stack;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let tom: Awaited<ReturnType<typeof logIn>>;

  beforeAll(async () => {
    stack = await startStack({}, { zonderWorker: true });
    [eva, tom] = await Promise.all([
      logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl'),
      logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl'),
    ]);
  });
  afterAll(() => stack?.stop());

  describe('login throttling', () => {
    it('ignores X-Forwarded-For from a peer that is no configured proxy', async () => {
      const email = 'onbekend-1@demo.deelwijs.nl';
      const gezien = [];
      for (let i = 1; i <= 6; i++)
        gezien.push((await inloggen(stack, email, 'fout', `203.0.113.${i}`)).status);
      // Six "addresses", but one real peer: the sixth attempt waits like any other.
      expect(gezien).toEqual([400, 400, 400, 400, 400, 429]);
    });

    it('evaluates only five of 20 parallel wrong passwords, counted in the database first', async () => {
      const email = 'onbekend-2@demo.deelwijs.nl';
      const gezien = await statussen(Array.from({ length: 20 }, () => inloggen(stack, email, 'fout')));
      expect(gezien.filter((s) => s === 400)).toHaveLength(5);
      expect(gezien.filter((s) => s === 429)).toHaveLength(15);
    });

    it('makes each further failure wait longer, and says so in Dutch', async () => {
      const email = 'onbekend-3@demo.deelwijs.nl';
      for (let i = 0; i < 5; i++) expect((await inloggen(stack, email, 'fout')).status).toBe(400);
      const wachttijden: number[] = [];
      for (const woorden of ['30 seconden', '1 minuut', '2 minuten', '4 minuten']) {
        const geweigerd = await inloggen(stack, email, 'fout');
        expect(geweigerd.status).toBe(429);
        expect(geweigerd.headers.get('content-type')).toContain('application/problem+json');
        const problem = await geweigerd.json();
        expect(problem.detail).toContain(`Wacht ${woorden} en probeer het dan opnieuw.`);
        expect(problem.detail).toContain('Vanaf een ander apparaat of netwerk kunt u gewoon inloggen.');
        wachttijden.push(Number(geweigerd.headers.get('retry-after')));
        await wachtVoorbij(stack);
        // The wait is over: the next attempt is evaluated again (and fails, so the wait doubles).
        expect((await inloggen(stack, email, 'fout')).status).toBe(400);
      }
      expect(wachttijden[0]).toBeGreaterThan(25);
      expect(wachttijden[0]).toBeLessThanOrEqual(30);
      for (let i = 1; i < wachttijden.length; i++)
        expect(wachttijden[i]).toBeGreaterThan(1.8 * wachttijden[i - 1]!);
    });

    it('keeps neither an e-mail address nor an IP address in the attempts table', async () => {
      const rijen = await stack.db.db.select().from(schema.inlogpogingen);
      expect(rijen.length).toBeGreaterThan(0);
      const tekst = JSON.stringify(rijen);
      expect(tekst).not.toMatch(/onbekend|demo\.deelwijs|127\.0\.0\.1|203\.0\.113/);
    });
  });

  it('sets the session cookie Secure, HttpOnly and SameSite by default', async () => {
    const response = await inloggen(stack, 'privacy@demo.deelwijs.nl', 'demo-deelwijs');
    expect(response.status).toBe(201);
    const sessie = response.headers.getSetCookie().find((c) => c.startsWith('deelwijs_sessie='))!;
    expect(sessie).toMatch(/; Secure/);
    expect(sessie).toMatch(/; HttpOnly/);
    expect(sessie).toMatch(/; SameSite=Lax/);
  });

  describe('CSRF token bound to the session', () => {
    const zoek = (cookie: string, csrf: string) =>
      fetch(`${stack.baseUrl}/clienten/_zoek`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ zoekterm: 'sanne' }),
      }) as Promise<Antwoord>;

    it("accepts the session's own token", async () => {
      const sessie = `deelwijs_sessie=${eva.geheimen.sessie}; deelwijs_csrf=${eva.geheimen.csrf}`;
      expect((await zoek(sessie, eva.geheimen.csrf)).status).toBe(200);
    });

    it('refuses a matching cookie and header pair made up by someone else', async () => {
      const response = await zoek(
        `deelwijs_sessie=${eva.geheimen.sessie}; deelwijs_csrf=verzonnen`,
        'verzonnen',
      );
      expect(response.status).toBe(403);
      expect((await response.json()).detail).toMatch(/hoort niet bij uw sessie/);
    });

    it("refuses another session's token, even as a matching pair", async () => {
      const response = await zoek(
        `deelwijs_sessie=${eva.geheimen.sessie}; deelwijs_csrf=${tom.geheimen.csrf}`,
        tom.geheimen.csrf,
      );
      expect(response.status).toBe(403);
    });
  });

  describe('security headers', () => {
    it('puts helmet headers and no-store on answers with client data, problems and the docs', async () => {
      for (const [pad, status] of [
        ['/clienten', 200],
        [`/clienten/${sanne.id}`, 200],
        ['/bestaat-niet', 404],
      ] as const) {
        const response = await eva.get(pad);
        expect(response.status, pad).toBe(status);
        const h = response.headers;
        expect(h.get('content-security-policy'), pad).toContain("default-src 'none'");
        expect(h.get('content-security-policy'), pad).toContain("frame-ancestors 'none'");
        expect(h.get('x-content-type-options'), pad).toBe('nosniff');
        expect(h.get('referrer-policy'), pad).toBe('no-referrer');
        expect(h.get('strict-transport-security'), pad).toMatch(/max-age=\d{7,}/);
        expect(h.get('x-frame-options'), pad).toBe('DENY');
        expect(h.get('cache-control'), pad).toBe('no-store');
        expect(h.get('x-powered-by'), pad).toBeNull();
      }
      const docs = await fetch(`${stack.baseUrl}/docs`);
      expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(docs.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    });
  });

  describe('bodies the API does not take', () => {
    const client = { naam: 'Groot Verzoek', geboortedatum: '1990-01-01' };
    const stuur = (body: string, contentType: string | undefined) =>
      fetch(`${stack.baseUrl}/clienten`, {
        method: 'POST',
        headers: {
          cookie: `deelwijs_sessie=${eva.geheimen.sessie}`,
          'x-csrf-token': eva.geheimen.csrf,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        body,
      }) as Promise<Antwoord>;

    async function verwachtProbleem(response: Antwoord, status: number, tekst: RegExp) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = await response.json();
      expect(problem).toMatchObject({ status, instance: '/api/v1/clienten' });
      expect(problem.detail).toMatch(tekst);
      expect(problem.detail).toContain('Er is niets opgeslagen.');
    }

    it('answers 413 to a body of 1 MB and of 20 MB, and stores nothing', async () => {
      const voor = await aantalClienten(stack);
      for (const mb of [1, 20]) {
        const body = JSON.stringify({ ...client, toelichting: 'x'.repeat(mb * 1024 * 1024) });
        await verwachtProbleem(await stuur(body, 'application/json'), 413, /groter dan de 256 kB/);
      }
      expect(await aantalClienten(stack)).toBe(voor);
    });

    it('answers 415 to another content type or charset, 400 to broken JSON', async () => {
      const voor = await aantalClienten(stack);
      const json = JSON.stringify(client);
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ])
        await verwachtProbleem(await stuur(json, type), 415, /Content-Type: application\/json/);
      await verwachtProbleem(await stuur(json, undefined), 415, /Content-Type: application\/json/);
      for (const charset of ['latin1', 'iso-8859-1', 'utf-7'])
        await verwachtProbleem(
          await stuur(json, `application/json; charset=${charset}`),
          415,
          /tekenset wordt niet ondersteund/,
        );
      await verwachtProbleem(await stuur('{"naam": ', 'application/json'), 400, /geldige JSON/);
      expect((await stuur(json, 'application/json; charset=utf-8')).status).toBe(201);
      expect(await aantalClienten(stack)).toBe(voor + 1);
    });
  });

  describe('control characters', () => {
    it('refuses them in the names of clients and representatives, in Dutch, and stores nothing', async () => {
      const voor = await aantalClienten(stack);
      const geboortedatum = '1990-01-01';
      for (const naam of ['Jan\u0000Jansen', 'Jan\u0007Jansen', 'Jan\u007fJansen', 'Jan\u0085Jansen']) {
        const response = await eva.post('/clienten', { naam, geboortedatum });
        expect(response.status, JSON.stringify(naam)).toBe(400);
        expect((await response.json()).fouten).toEqual([
          { pad: 'naam', bericht: expect.stringContaining('onzichtbaar stuurteken') },
        ]);
      }
      // Tabs, line breaks and bidi overrides are fine in a note, never in a name.
      for (const naam of [
        'Jan\tJansen',
        'Jan\nJansen',
        'Jan\r\nJansen',
        'Jan\u202eJansen',
        'Jan\u2028Jansen',
      ]) {
        const response = await eva.post('/clienten', { naam, geboortedatum });
        expect(response.status, JSON.stringify(naam)).toBe(400);
        expect((await response.json()).fouten).toEqual([
          { pad: 'naam', bericht: expect.stringContaining('past op één regel') },
        ]);
      }
      const vertegenwoordiger = await eva.post('/clienten', {
        naam: 'Kind Jansen',
        geboortedatum: '2015-01-01',
        vertegenwoordigers: [{ naam: 'Ouder\nJansen', rol: 'ouder-met-gezag' }],
      });
      expect(vertegenwoordiger.status).toBe(400);
      expect((await vertegenwoordiger.json()).fouten[0].pad).toBe('vertegenwoordigers.0.naam');
      expect(await aantalClienten(stack)).toBe(voor);
    });

    it('refuses them in account names and in every other text field and search', async () => {
      const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
      const account = {
        email: 'stuurteken@demo.deelwijs.nl',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      };
      for (const naam of ['Nieuwe\u0000Collega', 'Nieuwe\nCollega'])
        expect((await beheer.post('/gebruikers', { ...account, naam })).status).toBe(400);
      expect(
        (await beheer.post('/gebruikers', { ...account, naam: 'Nieuwe', team: 'team\u0000x' })).status,
      ).toBe(400);
      expect((await stack.db.db.select().from(schema.gebruikers)).map((g) => g.email)).not.toContain(
        'stuurteken@demo.deelwijs.nl',
      );
      const aanvraag = {
        clientId: sanne.id,
        doel: 'Afstemmen\u0000met de huisarts',
        ontvangers: [{ organisatie: 'Huisarts' }],
      };
      expect((await eva.post('/deelverzoeken', aanvraag)).status).toBe(400);
      expect(
        (
          await eva.post('/deelverzoeken', {
            ...aanvraag,
            doel: 'Afstemmen met de huisarts',
            ontvangers: [{ organisatie: 'Huis\u009barts' }],
          })
        ).status,
      ).toBe(400);
      expect((await eva.post('/clienten/_zoek', { zoekterm: 'san\u0000ne' })).status).toBe(400);
      expect((await inloggen(stack, 'casemanager@demo.deelwijs.nl', 'demo\u0000deelwijs')).status).toBe(400);
    });
  });

  describe('client data stays out of URLs', () => {
    it('searches by name in a POST body, within the own team only', async () => {
      const opNaam = await (await eva.post('/clienten/_zoek', { zoekterm: 'sanne' })).json();
      expect(opNaam.items.map((c: { pseudoniem: string }) => c.pseudoniem)).toEqual(['CL-1001']);
      expect(opNaam._links).toEqual({ self: '/api/v1/clienten/_zoek' });
      const opPseudoniem = await (
        await eva.post('/clienten/_zoek', { zoekterm: 'cl-100', perPagina: 2 })
      ).json();
      expect(opPseudoniem).toMatchObject({ totaal: 3, perPagina: 2 });
      expect(opPseudoniem.items).toHaveLength(2);
      const tweede = await (
        await eva.post('/clienten/_zoek', { zoekterm: 'cl-100', perPagina: 2, pagina: 2 })
      ).json();
      expect(tweede.items).toHaveLength(1);
      expect((await (await tom.post('/clienten/_zoek', { zoekterm: 'sanne' })).json()).totaal).toBe(0);
      expect((await (await eva.post('/clienten/_zoek', { zoekterm: '%' })).json()).totaal).toBe(0);
      const leeg = await eva.post('/clienten/_zoek', { zoekterm: ' ' });
      expect(leeg.status).toBe(400);
      expect((await leeg.json()).fouten).toEqual([{ pad: 'zoekterm', bericht: 'Vul een zoekterm in.' }]);
    });

    it('no longer filters a list by a term in the query string, and documents no such parameter', async () => {
      const lijst = await (await eva.get('/clienten?zoek=sanne')).json();
      expect(lijst.totaal).toBe((await (await eva.get('/clienten')).json()).totaal);
      expect(lijst.totaal).toBeGreaterThan(1);
      expect(JSON.stringify(lijst._links)).not.toContain('sanne');
      const document = await ((await fetch(`${stack.baseUrl}/openapi.json`)) as Antwoord).json();
      const parameters = Object.values(
        document.paths as Record<
          string,
          Record<string, { parameters?: Array<{ name: string; in: string }> }>
        >,
      )
        .flatMap((pad) => Object.values(pad))
        .flatMap((operatie) => operatie.parameters ?? []);
      expect(parameters.map((p) => p.name)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(zoek|zoekterm|naam|geboortedatum|bsn)$/)]),
      );
    });
  });
});

describe('behind a configured proxy (the dashboard)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ API_TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(() => stack?.stop());

  it("does not lock the owner out when someone elsewhere guesses the password, nor clear the guesser's count", async () => {
    const email = 'leidinggevende@demo.deelwijs.nl';
    const aanvaller = '203.0.113.66';
    const eigenaar = '198.51.100.20';
    const gegokt = await statussen(
      Array.from({ length: 7 }, () => inloggen(stack, email, 'fout', aanvaller)),
    );
    expect(gegokt.sort()).toEqual([400, 400, 400, 400, 400, 429, 429]);
    // The owner, from their own address, logs in as usual — and a typo there is just a typo.
    expect((await inloggen(stack, email, 'verkeerd', eigenaar)).status).toBe(400);
    expect((await inloggen(stack, email, 'demo-deelwijs', eigenaar)).status).toBe(201);
    // The owner's success cleared only the owner's own count: the guesser still waits.
    const geweigerd = await inloggen(stack, email, 'demo-deelwijs', aanvaller);
    expect(geweigerd.status).toBe(429);
    expect(Number(geweigerd.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("a success from one address gives back only its own attempt to the address's count", async () => {
    const adres = '203.0.113.77';
    // Many accounts from one address, all at once: exactly as many evaluated as the address allows.
    const gezien = await statussen(
      Array.from({ length: 110 }, (_, i) => inloggen(stack, `sproeier-${i}@demo.deelwijs.nl`, 'fout', adres)),
    );
    expect(gezien.filter((s) => s === 400)).toHaveLength(100);
    expect(gezien.filter((s) => s === 429)).toHaveLength(10);
    const geweigerd = await inloggen(stack, 'casemanager@demo.deelwijs.nl', 'demo-deelwijs', adres);
    expect(geweigerd.status).toBe(429);
    expect((await geweigerd.json()).detail).toMatch(/^Vanaf dit apparaat of netwerk is te vaak geprobeerd/);
    // Elsewhere the same account is fine.
    expect(
      (await inloggen(stack, 'casemanager@demo.deelwijs.nl', 'demo-deelwijs', '198.51.100.21')).status,
    ).toBe(201);
  });

  it('lets the HTML account allow its one inline stylesheet by hash, and nothing else', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const start = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: 'Afstemmen van de hulp met de huisarts',
      ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde' }],
    });
    expect(start.status).toBe(201);
    const { id } = await start.json();
    const response = await eva.get(`/deelverzoeken/${id}/verantwoording`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const stijl = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(stijl).digest('base64');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
