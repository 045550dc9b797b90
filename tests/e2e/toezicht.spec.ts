import { expect, type Page, test } from '@playwright/test';
import { logIn, screenshotPad } from './helpers';

// The privacy officer's Toezicht page in a real browser, under the dashboard's nonce-based CSP: the
// chart library draws without a single CSP violation or console error, next to its table.

/** Every console error and CSP violation the page reports, from the first script on. */
async function bewaakFouten(page: Page) {
  const fouten: string[] = [];
  await page.exposeFunction('meldCspSchending', (tekst: string) => fouten.push(`CSP ${tekst}`));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.meldCspSchending(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  page.on('console', (bericht) => {
    const tekst = bericht.text();
    // A failed load is reported below with its address; the browser's own favicon fetch (no page
    // response event, and no favicon here) only shows up as this bare message.
    if (/^Failed to load resource/.test(tekst)) return;
    if (bericht.type() === 'error' || /Content Security Policy|Refused to/.test(tekst)) fouten.push(tekst);
  });
  page.on('pageerror', (fout) => fouten.push(fout.message));
  page.on('response', (r) => {
    if (r.status() >= 400) fouten.push(`${r.status()} ${r.url()}`);
  });
  return fouten;
}

test('the Overzicht shows the counts, the chart and its table, with no CSP error', async ({ page }) => {
  const fouten = await bewaakFouten(page);
  await logIn(page, 'privacy@demo.deelwijs.nl');
  await page.goto('/toezicht');
  const overzicht = page.getByRole('region', { name: 'Overzicht' });
  await expect(overzicht).toBeVisible();
  await expect(overzicht.getByText('Toestemming vastgelopen', { exact: true })).toBeVisible();

  // The chart is one image with a text alternative; the library drew its bars inside it.
  const grafiek = overzicht.getByRole('img', { name: /Staafdiagram over 12 weken/ });
  await expect(grafiek).toBeVisible();
  await expect(grafiek.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(grafiek.locator('pattern')).toHaveCount(4);
  await expect(grafiek.locator('.recharts-legend-item')).toHaveCount(4);
  // The drawing itself is hidden from assistive tech: the text alternative and the table say it.
  await expect(overzicht.getByRole('img')).toHaveCount(1);

  const tabel = overzicht.getByRole('table', { name: /laatste 12 weken/ });
  await expect(tabel.getByRole('row')).toHaveCount(13);
  await expect(tabel.getByRole('columnheader', { name: 'Gedeeld zonder toestemming' })).toBeVisible();

  await expect(page.getByRole('heading', { name: /^Vastgelopen toestemming \(\d+\)$/ })).toBeVisible();
  await overzicht.screenshot({ path: screenshotPad('toezicht-overzicht') });

  // Narrowed to one team, the section still renders.
  await page.goto('/toezicht?team=wijkteam-noord');
  await expect(
    page.getByRole('region', { name: 'Overzicht' }).getByRole('img', { name: /Staafdiagram/ }),
  ).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();

  expect(fouten).toEqual([]);
});

test('the Bewaartermijn page shows how the retention run is planned and what it found', async ({ page }) => {
  const fouten = await bewaakFouten(page);
  await logIn(page, 'privacy@demo.deelwijs.nl');
  await page.goto('/toezicht');
  await page.getByRole('link', { name: /^Bewaartermijn/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijn' })).toBeVisible();
  // The worker planned it at its start; the product's default only reports.
  await expect(
    page.getByText(/^De controle draait elke \d+ (dag|dagen|uur|minuten?|seconden?) en rapporteert alleen/),
  ).toBeVisible();
  const laatste = page.getByRole('region', { name: 'Laatste controle' });
  await expect(
    laatste
      .getByText('De controle heeft nog niet gedraaid.')
      .or(laatste.getByRole('table', { name: /Laatste controle van de bewaartermijn/ })),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPad('toezicht-bewaartermijn') });

  // Not for a casemanager: the page says why, in Dutch.
  await page.context().clearCookies();
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.goto('/toezicht/bewaartermijn');
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByText(/kan de bewaartermijn openen/)).toBeVisible();
  expect(fouten.filter((f) => !/^403 /.test(f))).toEqual([]);
});
