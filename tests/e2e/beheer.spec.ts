import { expect, type Page, test } from '@playwright/test';
import { logIn } from './helpers';

// Demo client Sanne de Vries (CL-1001): nothing of her may reach the beheerder's screen.
const SANNE = '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01';
const clientPaginas = [
  '/werkvoorraad',
  '/deelverzoeken',
  '/clienten',
  '/clienten/nieuw',
  '/deelverzoeken/nieuw',
  `/clienten/${SANNE}`,
  '/deelverzoeken/00000000-0000-4000-8000-000000000000',
];
const hoofdmenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('the functioneel beheerder lands on a beheer home, is offered no client screens, and each one says why in Dutch', async ({
  page,
}) => {
  await logIn(page, 'beheer@demo.deelwijs.nl', 'Functioneel beheer');
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page).toHaveTitle('Functioneel beheer · Deelwijs');
  await expect(page.getByTestId('beheer-contentversie')).toHaveText(/\d+\.\d+\.\d+/);
  for (const naam of ['Werkvoorraad', 'Deelverzoeken', 'Cliënten', 'Nieuw deelverzoek'])
    await expect(hoofdmenu(page).getByRole('link', { name: naam, exact: true })).toHaveCount(0);
  await expect(hoofdmenu(page).getByRole('link', { name: 'Handleiding' })).toBeVisible();

  for (const pad of clientPaginas) {
    const antwoord = await page.goto(pad);
    expect(antwoord?.status(), pad).toBe(200);
    await expect(page.getByRole('heading', { name: 'Geen toegang', level: 1 }), pad).toBeVisible();
    await expect(
      page.getByText('Een functioneel beheerder beheert Deelwijs zelf, niet de dossiers.'),
    ).toBeVisible();
    const tekst = (await page.locator('body').textContent()) ?? '';
    expect(tekst, pad).not.toContain('Application error');
    for (const clientgegeven of ['Sanne', 'CL-1001', 'CL-1002'])
      expect(tekst, pad).not.toContain(clientgegeven);
  }
  await page.getByRole('link', { name: 'Terug naar uw startpagina' }).click();
  await expect(page.getByRole('heading', { name: 'Functioneel beheer', level: 1 })).toBeVisible();

  await page.goto('/');
  await expect(page).toHaveURL(/\/beheer$/);
  // The handbook is for every role.
  await hoofdmenu(page).getByRole('link', { name: 'Handleiding' }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  expect(await page.locator('body').textContent()).not.toContain('Application error');
});

test('a casemanager is offered no beheer, a privacy officer no form to start a deelverzoek', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await expect(hoofdmenu(page).getByRole('link', { name: 'Beheer' })).toHaveCount(0);
  await page.goto('/beheer');
  await expect(page.getByRole('heading', { name: 'Geen toegang', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar uw startpagina' }).click();
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen$/);

  await logIn(page, 'privacy@demo.deelwijs.nl');
  await expect(hoofdmenu(page).getByRole('link', { name: 'Nieuw deelverzoek' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nieuw deelverzoek' })).toHaveCount(0);
  await page.goto('/deelverzoeken/nieuw');
  await expect(page.getByRole('heading', { name: 'Geen toegang', level: 1 })).toBeVisible();
});
