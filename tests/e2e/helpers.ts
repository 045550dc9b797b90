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

/**
 * Afweging 1, 2 and 3 through the wizard, for a deelverzoek shared on consent; `acuut` marks acute
 * danger to life or health in afweging 2 (no time to ask consent first).
 */
export async function doorloopAfwegingen(page: Page, { acuut = false } = {}) {
  // Afweging 1
  await page.getByRole('group', { name: 'Hoort de vraag bij mij?' }).getByLabel('Ja').check();
  await page.getByLabel('Toelichting').fill('Mevrouw is cliënt van ons wijkteam.');
  await page.getByRole('button', { name: 'Antwoord vastleggen' }).click();

  // Afweging 2, with the rules' verdict shown while choosing
  const stap2 = page.getByRole('region', { name: 'Afweging 2: wanneer mag ik delen?' });
  await stap2
    .getByRole('group', { name: /professioneel doel/ })
    .getByLabel('Ja')
    .check();
  await stap2
    .getByRole('group', { name: /welke gegevens je wilt weten en wilt delen/ })
    .getByLabel('Ja')
    .check();
  await stap2
    .getByRole('group', { name: /minstens één grondslag/ })
    .getByLabel('Ja')
    .check();
  await stap2.getByLabel('Relevante informatie voor de hulp').check();
  await stap2.getByRole('combobox', { name: 'Grondslag' }).selectOption({ label: 'Toestemming' });
  await stap2.getByLabel('Waarom deze grondslag?').fill('Mevrouw kiest zelf en weet waarvoor we delen.');
  if (acuut) await stap2.getByLabel('Acuut gevaar voor leven of gezondheid').check();
  await expect(stap2.getByTestId('advies-afweging-2')).toBeVisible();
  await stap2
    .getByLabel('Toelichting (komt in het dossier)')
    .fill('Doel en gegevens samen met mevrouw doorgenomen.');
  await stap2.getByRole('button', { name: 'Afweging 2 vastleggen' }).click();

  // Afweging 3
  const stap3 = page.getByRole('region', { name: 'Afweging 3: zo beperkt mogelijk' });
  // Doelmatigheid, proportionaliteit and subsidiariteit as the handbook asks them, one after the other.
  for (const vraag of [
    /minst ingrijpende manier/,
    /echt van belang voor het doel/,
    /alleen de betrokken partijen/,
  ])
    await stap3.getByRole('group', { name: vraag }).getByLabel('Ja').check();
  await stap3.getByLabel('Toelichting (komt in het dossier)').fill('Alleen wat de thuiszorg nodig heeft.');
  await stap3.getByRole('button', { name: 'Afweging 3 vastleggen' }).click();
}
