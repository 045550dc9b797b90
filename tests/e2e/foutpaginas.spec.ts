import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

// Issue 12: a page that does not exist says so in Dutch, with a title and a way back (inside
// the menu where the logged-in area has one); and the keyboard reaches the way past the menu first.

test('an unknown address: a Dutch 404 with its own title and the way back to the start page', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  const antwoord = await page.goto('/bestaat-niet');
  expect(antwoord?.status()).toBe(404);
  await expect(page).toHaveTitle('Pagina niet gevonden · Deelwijs');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar uw startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkvoorraad' })).toBeVisible();
});

test('a deelverzoek that is not there: the same 404 inside the menu, not an error', async ({ page }) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  const antwoord = await page.goto('/deelverzoeken/00000000-0000-4000-8000-000000000000');
  expect(antwoord?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  // Its own title too, not the deelverzoek's (nor just "Deelwijs"), on every page that has an id.
  await expect(page).toHaveTitle('Pagina niet gevonden · Deelwijs');
  for (const pad of ['/clienten/bestaat-niet', '/handleiding/afwegingen/bestaat-niet']) {
    expect((await page.goto(pad))?.status(), pad).toBe(404);
    await expect(page, pad).toHaveTitle('Pagina niet gevonden · Deelwijs');
    await expect(page.getByRole('link', { name: 'Terug naar uw startpagina' })).toBeVisible();
  }
});

test('a page with an id says in its title what it is', async ({ page }) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.goto('/handleiding/afwegingen');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Afweging 1/ })
    .first()
    .click();
  await expect(page).toHaveTitle('Afweging 1: hoort de vraag bij mij? · Deelwijs');
  await page.goto('/clienten');
  await page.locator('main tbody a').first().click();
  await expect(page).toHaveTitle(/^Cliënt CL-[0-9A-Z]+ · Deelwijs$/);
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.goto('/werkvoorraad');
  await page.keyboard.press('Tab');
  const overslaan = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(overslaan).toBeFocused();
  await expect(overslaan).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
  // The next Tab lands inside the page, past the menu.
  await page.keyboard.press('Tab');
  await expect(page.locator('main#inhoud :focus')).toHaveCount(1);
});
