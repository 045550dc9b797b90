// Benchmark 5 of issue 14: the casemanager's werkvoorraad in Debian chromium, against a running product
// (README command 1, or any DASHBOARD_URL). First the team is given --items open deelverzoeken through
// the API (real clients, real workflows), then, logged in as the demo casemanager:
//   - the JavaScript a cold load of /werkvoorraad ships, as transferred (gzip) and as code;
//   - navigation → usable list, --herhalingen times: from the navigation's start until the list's
//     first link is on screen and hydrated (React has attached its handlers), p50 and p95.
// Usage: pnpm --filter @deelwijs/bench dashboard -- --url http://127.0.0.1:3000 [--items 1000] [--herhalingen 20]
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { Meting } from '../../tests/load/lib/meting';
import { Sessie } from '../../tests/load/lib/sessie';
import { percentiel, rond, schrijfResultaat } from '../lib/meten.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3000' },
    items: { type: 'string', default: '1000' },
    herhalingen: { type: 'string', default: '20' },
    gelijktijdig: { type: 'string', default: '8' },
  },
});
const URL_ = values.url!;
const ITEMS = Number(values.items);
const HERHALINGEN = Number(values.herhalingen);
const CASEMANAGER = 'casemanager@demo.deelwijs.nl';
const WACHTWOORD = 'demo-deelwijs';
const DOEL_KB = 150;

const meting = new Meting();

async function openVoorTeam(sessie: Sessie): Promise<number> {
  const a = await sessie.get('/api/v1/werkvoorraad', { soort: 'GET werkvoorraad' });
  if (a.status !== 200) throw new Error(`werkvoorraad: ${a.status}`);
  return (a.body as { totaalOpen: number }).totaalOpen;
}

/** Tops the team up to ITEMS open deelverzoeken, each for a client of its own, through the API. */
async function vulAan(sessie: Sessie) {
  const al = await openVoorTeam(sessie);
  const nodig = Math.max(0, ITEMS - al);
  console.log(`Open deelverzoeken in het team: ${al}; erbij: ${nodig}`);
  let volgende = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Number(values.gelijktijdig) }, async () => {
      for (let n = volgende++; n < nodig; n = volgende++) {
        const c = await sessie.post(
          '/api/v1/clienten',
          { naam: `Meetcliënt ${al + n + 1}`, geboortedatum: '1975-06-01' },
          { soort: 'POST clienten' },
        );
        if (c.status !== 201) throw new Error(`cliënt: ${c.status}`);
        const d = await sessie.post(
          '/api/v1/deelverzoeken',
          {
            clientId: (c.body as { id: string }).id,
            doel: 'Afstemmen van de hulp bij het huishouden met de Wmo-consulent',
            ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent' }],
          },
          { soort: 'POST deelverzoeken' },
        );
        if (d.status !== 201 && d.status !== 202) throw new Error(`deelverzoek: ${d.status}`);
        if ((n + 1) % 100 === 0) console.log(`  ${n + 1}/${nodig}`);
      }
    }),
  );
  return {
    toegevoegd: nodig,
    seconden: rond((performance.now() - start) / 1000, 1),
    openNu: await openVoorTeam(sessie),
  };
}

async function main() {
  const sessie = new Sessie(URL_, meting);
  await sessie.logIn(CASEMANAGER, WACHTWOORD);
  const vulling = await vulAan(sessie);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(`${URL_}/inloggen`);
    await page.getByLabel('E-mailadres').fill(CASEMANAGER);
    await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Werkvoorraad', level: 1 }).waitFor();

    // A cold load: a fresh page in a fresh context with the same session, no cache.
    const koud = await context.browser()!.newContext({
      locale: 'nl-NL',
      storageState: await context.storageState(),
    });
    const koudePagina = await koud.newPage();
    const scripts: Array<{ url: string; overgedragen: number; code: number; gzip: boolean }> = [];
    koudePagina.on('response', async (r) => {
      if (r.request().resourceType() !== 'script') return;
      const sizes = await r.request().sizes();
      const body = await r.body().catch(() => Buffer.alloc(0));
      scripts.push({
        url: new URL(r.url()).pathname,
        overgedragen: sizes.responseBodySize,
        code: body.length,
        gzip: /gzip|br/.test(r.headers()['content-encoding'] ?? ''),
      });
    });
    await koudePagina.goto(`${URL_}/werkvoorraad`, { waitUntil: 'networkidle' });
    await koud.close();
    const kB = (n: number) => rond(n / 1024, 1);
    const overgedragen = scripts.reduce((s, x) => s + x.overgedragen, 0);

    // Navigation → usable list, repeated on the warm page (cached JS, as a person's second visit).
    const tijden: number[] = [];
    for (let i = 0; i < HERHALINGEN; i++) {
      await page.goto(`${URL_}/werkvoorraad`, { waitUntil: 'commit' });
      const ms = await page.waitForFunction(
        () => {
          const link = document.querySelector('section[aria-labelledby="open"] tbody a');
          const gehydrateerd = link && Object.keys(link).some((k) => k.startsWith('__react'));
          return gehydrateerd ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      tijden.push(Number(await ms.jsonValue()));
    }
    const rijen = await page.locator('section[aria-labelledby="open"] tbody tr').count();

    const resultaat = {
      url: URL_,
      vulling,
      lijst: { openInTeam: vulling.openNu, rijenOpScherm: rijen },
      javascript: {
        bestanden: scripts.length,
        overgedragenKB: kB(overgedragen),
        codeKB: kB(scripts.reduce((s, x) => s + x.code, 0)),
        allesGecomprimeerd: scripts.every((x) => x.gzip),
        doelKB: DOEL_KB,
        grootste: scripts
          .sort((a, b) => b.overgedragen - a.overgedragen)
          .slice(0, 5)
          .map((x) => ({ ...x, overgedragen: kB(x.overgedragen), code: kB(x.code) })),
      },
      navigatieTotBruikbaarMs: {
        herhalingen: HERHALINGEN,
        p50: rond(percentiel(tijden, 50), 0),
        p95: rond(percentiel(tijden, 95), 0),
        max: rond(Math.max(...tijden), 0),
      },
    };
    console.log(JSON.stringify(resultaat, null, 2));
    await schrijfResultaat('dashboard', resultaat);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
