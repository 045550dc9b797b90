import { expect, type Page, test } from '@playwright/test';
import { logIn } from './helpers';

// The dashboard under its own security headers, in a real browser: every page still works with a
// nonce-based CSP (no violation), client pages are never cached, and a search puts no name in a URL.

/** Collects every CSP violation the page reports, from the first script on. */
async function bewaakCsp(page: Page) {
  const schendingen: string[] = [];
  await page.exposeFunction('meldCspSchending', (tekst: string) => schendingen.push(tekst));
  // As text: this runs in the page, whose DOM types the tests' tsconfig does not load.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.meldCspSchending(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  page.on('console', (bericht) => {
    if (/Content Security Policy|Refused to/.test(bericht.text())) schendingen.push(bericht.text());
  });
  return schendingen;
}

test('every page works under the CSP with nonces; client pages are not cached', async ({ page }) => {
  const schendingen = await bewaakCsp(page);
  const paginas: Array<{ url: string; headers: Record<string, string> }> = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document') paginas.push({ url: r.url(), headers: r.headers() });
  });

  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  // Sanne de Vries: lists name her by her pseudonym only.
  await page
    .getByRole('row', { name: /^CL-1001 / })
    .getByRole('link')
    .click();
  await expect(page.getByRole('region', { name: 'Dossier' })).toBeVisible();
  for (const [pad, kop] of [
    ['/deelverzoeken', 'Deelverzoeken'],
    ['/deelverzoeken/nieuw', 'Nieuw deelverzoek'],
    ['/handleiding', 'Handleiding'],
    ['/handleiding/afwegingen/4a', /Afweging 4a/],
    ['/handleiding/wat-mag-ik-delen', /Wat mag ik delen/],
  ] as const) {
    await page.goto(pad);
    await expect(
      page.getByRole('heading', { name: kop, exact: typeof kop === 'string' }).first(),
    ).toBeVisible();
  }
  // Client-side code runs (hydration under the nonce): the live check of the form answers.
  await page.goto('/deelverzoeken/nieuw');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  // In the summary, as a link to the field, and beside the field itself.
  await expect(page.getByRole('link', { name: 'Kies een bestaande cliënt.' })).toBeVisible();
  await expect(page.getByLabel('Cliënt')).toHaveAccessibleDescription('Kies een bestaande cliënt.');

  expect(schendingen).toEqual([]);
  expect(paginas.length).toBeGreaterThan(5);
  for (const { url, headers } of paginas) {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('no-referrer');
    expect(headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
    expect(headers['cache-control'], url).toContain('no-store');
  }
  // Each page its own nonce.
  const nonces = paginas.map((p) => /'nonce-([^']+)'/.exec(p.headers['content-security-policy'] ?? '')?.[1]);
  expect(new Set(nonces).size).toBe(nonces.length);
});

test('searching a client by name keeps the name out of every URL', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByPlaceholder('Zoek op naam of pseudoniem').fill('Sanne');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  // Found by her name, listed by her pseudonym (CL-1001); Mevrouw Bakker and Youssef are not found.
  await expect(page.getByRole('row', { name: /^CL-1001 / })).toBeVisible();
  await expect(page.getByRole('row', { name: /^CL-(1003|2001) / })).toHaveCount(0);
  await expect(page.getByRole('table')).not.toContainText('Sanne');
  await page.getByPlaceholder('Zoek op naam of pseudoniem').fill('bestaat-niet-xyz');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('Geen cliënten gevonden voor “bestaat-niet-xyz”.')).toBeVisible();
  expect(page.url()).not.toMatch(/sanne|bestaat-niet/i);
  expect(urls.filter((u) => /sanne|bestaat-niet/i.test(decodeURIComponent(u)))).toEqual([]);
  expect(urls.some((u) => u.endsWith('/api/v1/clienten/_zoek'))).toBe(true);
});

test("the dashboard passes the real address on, never the client's own X-Forwarded-For", async ({
  request,
}) => {
  const email = `e2e-doorgifte-${Date.now()}@demo.deelwijs.nl`;
  const poging = (adres: string) =>
    request.post('/api/v1/sessies', {
      data: { email, wachtwoord: 'fout' },
      headers: { 'x-forwarded-for': adres, 'x-deelwijs-client-adres': adres },
    });
  for (let i = 1; i <= 5; i++) expect((await poging(`203.0.113.${i}`)).status()).toBe(400);
  // A sixth "address" is the same browser: it waits, and is told so in Dutch.
  const geweigerd = await poging('198.51.100.7');
  expect(geweigerd.status()).toBe(429);
  expect((await geweigerd.json()).detail).toMatch(/Wacht 30 seconden/);
  expect(geweigerd.headers()['cache-control']).toBe('no-store');
});

test('"Overal uitloggen" ends the session in every browser of that account, not in anyone else\'s', async ({
  browser,
}) => {
  // browser.newPage() gives each page a context of its own: three browsers, two of them one person.
  const [laptop, telefoon, collega] = await Promise.all([
    browser.newPage(),
    browser.newPage(),
    browser.newPage(),
  ]);
  await logIn(laptop, 'casemanager@demo.deelwijs.nl');
  await logIn(telefoon, 'casemanager@demo.deelwijs.nl');
  await logIn(collega, 'jeugd@demo.deelwijs.nl');

  await telefoon.getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(telefoon.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await laptop.goto('/werkvoorraad');
  await expect(laptop).toHaveURL(/\/inloggen/);
  await collega.goto('/werkvoorraad');
  await expect(collega.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();
  await Promise.all([laptop, telefoon, collega].map((p) => p.context().close()));
});
