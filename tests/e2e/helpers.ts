import { expect, type Page } from '@playwright/test';

export const DEMO_WACHTWOORD = 'demo-deelwijs';

/** Logs in and waits for the role's start page (the werkvoorraad, or the beheerder's own). */
export async function logIn(page: Page, email: string, startpagina = 'Werkvoorraad') {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { name: startpagina, level: 1 })).toBeVisible();
}

export const screenshotPad = (naam: string) => `e2e/artifacts/${naam}.png`;
