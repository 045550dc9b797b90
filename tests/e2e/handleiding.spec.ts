import { expect, test } from '@playwright/test';
import { logIn, screenshotPad } from './helpers';

// Issue 3, read side: the handbook in the dashboard, fetched from the API.
test('a professional searches Bijlage 1, reads an afweging as a flowchart and follows a glossary link', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  // The content version is on every page.
  await expect(page.getByTestId('contentversie')).toHaveText(/^\d+\.\d+\.\d+$/);

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Handleiding' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handleiding' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Wat mag ik delen met wie?' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat mag ik delen met wie?' })).toBeVisible();

  const tabel = page.getByRole('table', { name: /Bijlage 1/ });
  // Each row carries its pet id; the row header shows the pet's name.
  const rij = (pet: string) => tabel.locator(`tbody tr[data-pet="${pet}"]`);
  await expect(rij('leerplichtambtenaar')).toBeVisible();
  await expect(rij('jeugdzorgwerker').getByRole('rowheader')).toContainText('Jeugdzorgwerker');
  const alle = await tabel.locator('tbody tr').count();
  expect(alle).toBeGreaterThan(10);

  // Free text search, accents and case do not matter.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('LEERPLICHT');
  await expect(rij('leerplichtambtenaar')).toBeVisible();
  await expect(rij('jeugdzorgwerker')).toHaveCount(0);
  await expect(page).toHaveURL(/zoek=LEERPLICHT/);
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');

  // Domain filter: only the rows of Onderwijs, and the role list follows the domain.
  await page.getByLabel('Domein').selectOption({ label: 'Onderwijs' });
  await expect(page).toHaveURL(/domein=onderwijs/);
  await expect(tabel.locator('tbody tr')).toHaveCount(2);
  await expect(rij('leerkracht')).toBeVisible();
  await expect(rij('passend-onderwijs')).toBeVisible();
  await expect(rij('leerplichtambtenaar')).toHaveCount(0);
  await page.getByLabel('Pet (uw rol)').selectOption({ label: 'Medewerker passend onderwijs' });
  await expect(tabel.locator('tbody tr')).toHaveCount(1);
  await expect(page).toHaveURL(/pet=passend-onderwijs/);

  // Data category filter across all domains.
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(tabel.locator('tbody tr')).toHaveCount(alle);
  await page.getByLabel('Gegevenscategorie').selectOption({ label: 'Plan van aanpak' });
  await expect(page).toHaveURL(/gegevenscategorie=plan-van-aanpak/);
  await expect(rij('gemeente-jeugdwet')).toBeVisible();
  await expect(rij('leerplichtambtenaar')).toHaveCount(0);

  // Nothing found: a clear message instead of an empty table.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ruimtevaartorganisatie');
  await expect(tabel.getByText('Geen regel past bij deze zoekopdracht.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
  await page.screenshot({ path: screenshotPad('handleiding-wat-mag-ik-delen'), fullPage: true });

  // The filters in the URL survive a reload.
  await page.reload();
  await expect(page.getByLabel('Gegevenscategorie')).toHaveValue('plan-van-aanpak');
  await expect(rij('leerplichtambtenaar')).toHaveCount(0);

  // An afweging as a flowchart: the question, with a ja and a nee branch.
  await page
    .getByRole('navigation', { name: 'Onderdelen van de handleiding' })
    .getByRole('link', { name: 'Afwegingen' })
    .click();
  await page.getByRole('link', { name: /^Afweging 4a/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Afweging 4a/ })).toBeVisible();
  const schema = page.getByTestId('beslisschema');
  await expect(schema.getByText('Stap 1 · Vraag')).toBeVisible();
  await expect(schema.getByText('Ja', { exact: true }).first()).toBeVisible();
  await expect(schema.getByText('Nee', { exact: true }).first()).toBeVisible();
  await expect(schema.getByText(/Niet delen/).first()).toBeVisible();
  await page.screenshot({ path: screenshotPad('handleiding-afweging-4a'), fullPage: true });

  // A glossary link lands on its anchor.
  const link = page.getByRole('link', { name: 'Conflict van plichten' }).first();
  await link.click();
  await expect(page).toHaveURL(/\/handleiding\/begrippen#begrip-conflict-van-plichten$/);
  const begrip = page.locator('#begrip-conflict-van-plichten');
  await expect(begrip).toBeInViewport();
  await expect(begrip.getByRole('term')).toHaveText('Conflict van plichten');
  await expect(page.getByTestId('contentversie')).toBeVisible();
});
