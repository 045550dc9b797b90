import { expect, test } from '@playwright/test';
import { logIn, screenshotPad, wcagSchendingen } from './helpers';

// Issue 12: the beheerder sets the organisation's own deadlines as a new version. A deadline beyond
// the law is refused on its field, with the focus on what to fix; a lawful one is in force from then
// on. Only uitstel changes here (30 → 28 days), so no other spec's deelverzoek sees other clocks.

test('the beheerder puts a new version of the deadlines in force; a deadline beyond the law is refused on its field', async ({
  page,
}) => {
  await logIn(page, 'beheer@demo.deelwijs.nl', 'Functioneel beheer');
  await page.getByRole('link', { name: 'Termijnen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Termijnen van de organisatie', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Termijnen van de organisatie · Deelwijs');
  expect(await wcagSchendingen(page)).toEqual([]);

  const uitstel = page.getByRole('spinbutton', { name: 'Langste periode van uitstel per keer' });
  const knop = page.getByRole('button', { name: 'In werking stellen' });
  // Nothing can go in force without a reason, and the button says so.
  await expect(knop).toBeDisabled();
  await expect(page.getByText(/Schrijf eerst waarom de termijnen veranderen/)).toBeVisible();

  await uitstel.fill('45');
  await page.getByLabel('Waarom veranderen de termijnen?').fill('Uitstel korter houden dan de wet toestaat.');
  await knop.click();
  const formulier = page.getByRole('form', { name: 'Nieuwe versie van de termijnen' });
  await expect(formulier.getByRole('alert')).toContainText('hoogstens 30 kalenderdagen');
  await expect(uitstel).toHaveAttribute('aria-invalid', 'true');
  // The summary has the focus, so the next Tab leads on from what was wrong.
  await expect(page.locator(':focus')).toContainText('Deze termijnen kunnen niet in werking');
  expect(await wcagSchendingen(page)).toEqual([]);

  await uitstel.fill('28');
  await knop.click();
  const bevestiging = formulier.getByRole('status').filter({ hasText: /is in werking/ });
  await expect(bevestiging).toContainText('Deelverzoeken die vanaf nu beginnen');
  const versie = (await bevestiging.textContent())?.match(/organisatie-\d+/)?.[0];
  expect(versie).toBeTruthy();
  await expect(page.getByTestId('beleid-in-gebruik')).toContainText(`Versie ${versie}, sinds`);
  await expect(page.getByRole('row', { name: /Langste periode van uitstel per keer/ })).toContainText(
    '28 kalenderdagen',
  );
  await expect(page.getByRole('listitem').filter({ hasText: `${versie}, vastgesteld op` })).toContainText(
    'Anders dan de standaard: langste periode van uitstel per keer.',
  );
  // The form cleared what belonged to the version just saved.
  await expect(page.getByLabel('Waarom veranderen de termijnen?')).toHaveValue('');
  await page.screenshot({ path: screenshotPad('beheer-termijnen'), fullPage: true });
  expect(await wcagSchendingen(page)).toEqual([]);

  // The privacy officer sees what holds, without the form.
  const context = await page.context().browser()!.newContext();
  const privacy = await context.newPage();
  await logIn(privacy, 'privacy@demo.deelwijs.nl', 'Werkvoorraad');
  await privacy.goto('/beheer/beleid');
  await expect(privacy.getByTestId('beleid-in-gebruik')).toContainText(`Versie ${versie}`);
  await expect(privacy.getByRole('button', { name: 'In werking stellen' })).toHaveCount(0);
  await context.close();
});
