import { expect, test } from '@playwright/test';
import { logIn, screenshotPad } from './helpers';

test('a casemanager registers a 14-year-old, sees who must consent, and the client file fills', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();

  // Bad input is refused with the field's Dutch message.
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
  await expect(page.getByText('Vul de naam van de cliënt in (minstens 2 tekens).').first()).toBeVisible();

  const geboren = new Date();
  geboren.setFullYear(geboren.getFullYear() - 14, geboren.getMonth() - 1);
  await page.getByLabel('Naam', { exact: true }).fill('Noor Hendriks');
  await page.getByLabel('Geboortedatum').fill(geboren.toISOString().slice(0, 10));
  for (const [i, naam] of ['Ilse Hendriks', 'Bram Hendriks'].entries()) {
    await page.getByRole('button', { name: '+ Vertegenwoordiger toevoegen' }).click();
    await page.getByLabel(`Naam van vertegenwoordiger ${i + 1}`).fill(naam);
  }
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();

  await expect(page.getByRole('heading', { name: 'Noor Hendriks' })).toBeVisible();
  // Lists show the pseudonym only; the client's own page gives it beside the name.
  const pseudoniem = ((await page.getByTestId('pseudoniem').textContent()) ?? '').trim();
  expect(pseudoniem).toMatch(/^CL-\w+$/);
  const toestemming = page.getByRole('region', { name: 'Wie geeft toestemming?' });
  await expect(toestemming).toContainText('Toestemming nodig van allen:');
  await expect(toestemming).toContainText('Noor Hendriks (cliënt), Ilse Hendriks, Bram Hendriks');

  await page.getByRole('link', { name: 'Nieuw deelverzoek' }).last().click();
  await expect(page.getByLabel('Cliënt')).toHaveValue(/.+/);
  await page
    .getByLabel('Doel van het delen')
    .fill('Zorgen over schoolverzuim bespreken met de leerplichtambtenaar');
  await page.getByLabel('Organisatie van ontvanger 1').fill('Gemeente Zutphen');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  await expect(page.getByText(/Deelverzoek gestart\. Doel: Zorgen over schoolverzuim/)).toBeVisible();

  await page.goBack();
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByPlaceholder('Zoek op naam of pseudoniem').fill('noor');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const rij = page.getByRole('row', { name: new RegExp(`^${pseudoniem} `) });
  await expect(rij).not.toContainText('Noor Hendriks');
  await rij.getByRole('link').click();
  await expect(page.getByRole('region', { name: 'Dossier' })).toContainText('Zorgen over schoolverzuim');
  await page.screenshot({ path: screenshotPad('client-dossier'), fullPage: true });
});
