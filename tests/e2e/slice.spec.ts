import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { logIn, screenshotPad } from './helpers';

// The thin slice through every real part: dashboard → API → Temporal → worker → database → dashboard.
test('a casemanager starts a deelverzoek, sees it in the list and records afweging 1', async ({ page }) => {
  const doel = `Afstemmen van de hulp met de Wmo-consulent (${randomUUID().slice(0, 8)})`;
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  // A button-styled link keeps its white text (base styles must not beat the utilities).
  await expect(page.getByRole('main').getByRole('link', { name: 'Nieuw deelverzoek' })).toHaveCSS(
    'color',
    'rgb(255, 255, 255)',
  );

  await page.getByRole('link', { name: 'Nieuw deelverzoek' }).first().click();
  await expect(page.getByRole('heading', { name: 'Nieuw deelverzoek' })).toBeVisible();

  // Bad input first: the Dutch messages appear and nothing is sent.
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  // In the summary at the top, each a link to its field (and beside the field).
  const overzicht = page.getByTestId('fout-overzicht');
  await expect(overzicht).toBeFocused();
  for (const melding of [
    'Kies een bestaande cliënt.',
    'Beschrijf het doel van het delen in minstens 10 tekens.',
    'Noem minstens één ontvanger.',
  ])
    await expect(overzicht.getByRole('link', { name: melding })).toBeVisible();

  await page.getByLabel('Cliënt').selectOption({ label: 'CL-1001' });
  await page.getByLabel('Doel van het delen').fill(doel);
  await page.getByLabel('Organisatie van ontvanger 1').fill('Gemeente Zutphen');
  await page.getByLabel('Rol van ontvanger 1').fill('Wmo-consulent');
  // The message beside the field follows the typing; the summary waits for the next submit (it
  // takes the focus, and must not while someone types).
  await expect(page.locator('#ontvangers-fout')).toHaveText('');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();

  // The detail page shows what the worker wrote: status and the first dossieraantekening.
  await expect(page.getByRole('heading', { name: doel })).toBeVisible();
  await expect(page.getByText('Afweging 1: hoort de vraag bij mij?').first()).toBeVisible();
  await expect(page.getByText(/Deelverzoek gestart\. Doel:/)).toBeVisible();

  await page.getByRole('link', { name: 'Werkvoorraad' }).click();
  // Under its next step: a weighing to finish.
  const rij = page
    .getByRole('region', { name: /Afwegingen afmaken/ })
    .getByRole('listitem')
    .filter({ hasText: doel });
  await expect(rij).toContainText('CL-1001');
  await expect(rij).toContainText('Afweging 1: hoort de vraag bij mij?');
  await page.screenshot({ path: screenshotPad('werkvoorraad'), fullPage: true });

  await rij.getByRole('link', { name: doel }).click();
  // The question and its answers are the content's (afweging 1 graph); the referral follows the no edge.
  await page.getByRole('group', { name: 'Hoort de vraag bij mij?' }).getByLabel('Nee').check();
  await expect(page.getByRole('status').filter({ hasText: 'Verwijs de cliënt door' })).toBeVisible();
  await page.getByLabel('Doorverwezen naar').fill('Maatschappelijk werk Zutphen');
  await page.getByLabel('Toelichting').fill('De vraag gaat over opvoeding; daar ben ik niet voor.');
  await page.getByRole('button', { name: 'Antwoord vastleggen' }).click();

  await expect(page.getByText('Afgesloten: doorverwezen').first()).toBeVisible();
  await expect(page.getByText(/doorverwezen naar Maatschappelijk werk Zutphen/)).toBeVisible();
  await page.screenshot({ path: screenshotPad('deelverzoek-doorverwezen'), fullPage: true });
});

test('a casemanager of another team does not see the deelverzoek', async ({ page }) => {
  await logIn(page, 'jeugd@demo.deelwijs.nl');
  await expect(page.getByText('CL-1001')).toHaveCount(0);
});
