import { expect, type Page, test } from '@playwright/test';
import { logIn, screenshotPad, wcagSchendingen } from './helpers';

const REDEN_VOOGD = 'De kinderrechter heeft een voogd benoemd.';
const REDEN_DATUM = 'Typfout bij de inschrijving, gezien op het paspoort.';
const REDEN_WILSON = 'Na overleg met de huisarts en de mentor.';

/** A client of its own, so a rerun on the same data starts from the same state. */
async function nieuweClient(page: Page): Promise<string> {
  const naam = `Kim Correctie ${Date.now().toString(36)}`;
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('Geboortedatum').fill('1980-03-01');
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
  await expect(page.getByRole('heading', { name: naam, level: 1 })).toBeVisible();
  return naam;
}

test('a casemanager adds a voogd, corrects the birth date and marks wilsonbekwaam; each is a readable entry in the file', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await nieuweClient(page);
  const dossier = page.getByRole('region', { name: 'Dossier' });
  const correcties = page.getByRole('region', { name: 'Gegevens aanvullen of verbeteren' });
  await expect(correcties).toContainText('Een wijziging hier geldt voor deelverzoeken die u daarna start.');
  expect(await wcagSchendingen(page)).toEqual([]);

  // A representative: without a relation the form says what is missing, and focus goes to the summary.
  const voogd = page.getByRole('form', { name: 'Vertegenwoordiger toevoegen' });
  await voogd.getByLabel('Naam van de vertegenwoordiger').fill('Ruud Verhoeven');
  await voogd.getByLabel('Reden (komt in het dossier)').fill(REDEN_VOOGD);
  await voogd.getByRole('button', { name: 'Vertegenwoordiger toevoegen' }).click();
  const fout = voogd.getByRole('alert');
  await expect(fout).toContainText('Kies hoe deze persoon de cliënt vertegenwoordigt');
  await expect(fout).toBeFocused();
  await expect(voogd.getByLabel('Naam van de vertegenwoordiger')).toHaveValue('Ruud Verhoeven');
  expect(await wcagSchendingen(page)).toEqual([]);

  await voogd.getByLabel('Hoe vertegenwoordigt deze persoon de cliënt?').selectOption({ label: 'voogd' });
  await voogd.getByRole('button', { name: 'Vertegenwoordiger toevoegen' }).click();
  await expect(voogd.getByRole('status')).toContainText('De vertegenwoordiger is toegevoegd');
  await expect(voogd.getByLabel('Naam van de vertegenwoordiger')).toHaveValue('');
  await expect(voogd.getByLabel('Reden (komt in het dossier)')).toHaveValue('');
  await expect(page.getByText('Ruud Verhoeven (voogd)').first()).toBeVisible();
  await expect(dossier).toContainText(
    `Vertegenwoordiger Ruud Verhoeven (voogd) toegevoegd door Eva Smit (casemanager). Reden: ${REDEN_VOOGD}`,
  );
  await expect(dossier).toContainText('over de cliënt zelf');
  expect(await wcagSchendingen(page)).toEqual([]);

  // The birth date: a date in the future is refused in Dutch, then the right one is saved.
  const datum = page.getByRole('form', { name: 'Geboortedatum verbeteren' });
  await datum.getByLabel('Juiste geboortedatum').fill('01-01-2999');
  await datum.getByLabel('Reden (komt in het dossier)').fill(REDEN_DATUM);
  await datum.getByRole('button', { name: 'Geboortedatum opslaan' }).click();
  await expect(datum.getByRole('alert')).toContainText('De geboortedatum ligt in de toekomst.');
  await expect(datum.getByRole('alert')).toBeFocused();
  await datum.getByLabel('Juiste geboortedatum').fill('03-01-1981');
  await datum.getByRole('button', { name: 'Geboortedatum opslaan' }).click();
  await expect(datum.getByRole('status')).toContainText('De geboortedatum is verbeterd');
  await expect(datum.getByLabel('Juiste geboortedatum')).toHaveValue('');
  await expect(dossier).toContainText(
    `Geboortedatum gecorrigeerd van 1 maart 1980 naar 3 januari 1981 door Eva Smit (casemanager). Reden: ${REDEN_DATUM}`,
  );
  await expect(page.getByText('3-1-1981')).toBeVisible();
  expect(await wcagSchendingen(page)).toEqual([]);

  // Wilsonbekwaamheid: marked, and the form then offers to take the mark away.
  const wilson = page.getByRole('form', { name: 'Wilsonbekwaamheid' });
  await wilson.getByLabel('Reden (komt in het dossier)').fill(REDEN_WILSON);
  await wilson.getByRole('button', { name: 'Markeren als wilsonbekwaam' }).click();
  await expect(wilson.getByRole('status')).toContainText('De wilsonbekwaamheid is gewijzigd');
  await expect(wilson.getByRole('button', { name: 'Markering wilsonbekwaam weghalen' })).toBeVisible();
  await expect(wilson.getByLabel('Reden (komt in het dossier)')).toHaveValue('');
  await expect(dossier).toContainText(
    `Wilsonbekwaamheid gewijzigd van niet wilsonbekwaam naar wilsonbekwaam door Eva Smit (casemanager). Reden: ${REDEN_WILSON}`,
  );
  await expect(dossier.getByRole('heading', { name: 'Wilsonbekwaamheid gewijzigd' })).toBeVisible();
  expect(await wcagSchendingen(page)).toEqual([]);
  await page.screenshot({ path: screenshotPad('client-correcties'), fullPage: true });
});
