import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { postbusUitOmgeving, wachtOpUitnodiging } from '../lib/postbus';
import { logIn } from './helpers';

// Issue 12: the beheerder's day. Invite someone (the link goes to their mailbox, never to the
// beheerder's screen), re-send it (the first link stops working), the invitee accepts in a fresh
// browser with the link from the mail and logs in with a password the beheerder never saw, a role is
// changed, and deactivating an account that still owns open work is refused. axe scans every page.

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const scan = async (page: Page, waar: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    violations.map((v) => `${waar} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
};

test('the beheerder invites, the invitee sets a password and logs in, a role changes, deactivation with open work is refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const uniek = Date.now().toString(36);
  const email = `nina.${uniek}@demo.deelwijs.nl`;
  const naam = `Nina Dekker ${uniek}`;
  const wachtwoord = 'nina-kiest-zelf-een-wachtwoord';

  await logIn(page, 'beheer@demo.deelwijs.nl', 'Functioneel beheer');
  await expect(page.getByText('Schermen hiervoor zijn er nog niet')).toHaveCount(0);
  await scan(page, '/beheer');
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Accounts · Deelwijs');

  // The submit button says what is still missing.
  const uitnodigen = page.getByRole('button', { name: 'Uitnodigen' });
  await expect(uitnodigen).toBeDisabled();
  await expect(page.getByText('Nog nodig: een naam, een e-mailadres, een rol, een team.')).toBeVisible();
  await scan(page, '/beheer/accounts');

  // An address that is already in use: the error summary takes focus, the field is marked.
  await page.getByLabel('Naam', { exact: true }).fill('Eva Nogmaals');
  await page.getByLabel('E-mailadres').fill('casemanager@demo.deelwijs.nl');
  await page.getByRole('checkbox', { name: /^casemanager/ }).check();
  await page.getByLabel('Team').selectOption({ label: 'Wijkteam Noord' });
  await uitnodigen.click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Er is al een account met dit e-mailadres.' }),
  ).toBeFocused();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await scan(page, '/beheer/accounts (fout)');

  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Pet (Bijlage 1)').selectOption('sociaal-werker');
  await uitnodigen.click();
  await expect(page.getByRole('heading', { name: `${naam} is uitgenodigd` })).toBeVisible();
  const melding = page.getByTestId('uitnodiging-verzending');
  await expect(melding).toHaveText(
    new RegExp(
      `^(Uitnodiging gemaild|De uitnodiging wordt gemaild) naar ${email.replace(/\./g, '\\.')}, geldig tot \\d{1,2} \\w+ \\d{4} om \\d{2}:\\d{2}\\.$`,
    ),
  );
  // The beheerder's screen holds no link, not even in a field.
  expect(await page.content()).not.toMatch(/\/uitnodiging#/);
  const postbus = postbusUitOmgeving();
  const eerste = await wachtOpUitnodiging(postbus, email);
  expect(eerste.link).toMatch(/\/uitnodiging#[A-Za-z0-9_-]{40,}$/);
  await page.reload();
  await expect(page.getByTestId(`account-${email}`)).toContainText('Uitgenodigd, gemaild op');
  await scan(page, '/beheer/accounts (uitgenodigd)');

  // Re-sending asks first, then mails a new link; the first one stops working.
  await page.getByRole('link', { name: `Wijzigen (${naam})` }).click();
  await expect(page.getByTestId('uitnodiging-stand')).toContainText(`Uitnodiging gemaild naar ${email}`);
  await page.getByRole('button', { name: 'Uitnodiging opnieuw mailen…' }).click();
  const opnieuw = page.getByRole('alertdialog', { name: `Uitnodiging opnieuw mailen naar ${email}?` });
  await expect(opnieuw).toBeFocused();
  await expect(opnieuw).toContainText('werkt daarna niet meer');
  await scan(page, '/beheer/accounts/[id] (opnieuw mailen)');
  await opnieuw.getByRole('button', { name: 'Ja, opnieuw mailen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De vorige link werkt niet meer.' })).toBeVisible();
  expect(await page.content()).not.toMatch(/\/uitnodiging#/);
  const tweede = await wachtOpUitnodiging(postbus, email, { aantal: 2 });
  expect(tweede.token).not.toBe(eerste.token);
  const oud = await (await browser.newContext()).newPage();
  await oud.goto(eerste.link);
  await expect(oud.getByText(/verlopen/)).toBeVisible();
  await oud.context().close();
  const link = tweede.link;
  await page.goto('/beheer/accounts');

  // The invitee, in a browser of their own.
  const nina = await (await browser.newContext()).newPage();
  await nina.goto(link);
  await expect(nina.getByRole('heading', { name: 'Welkom bij Deelwijs', level: 1 })).toBeVisible();
  await expect(nina.getByText(`${naam}, u bent uitgenodigd`)).toBeVisible();
  await scan(nina, '/uitnodiging');
  await nina.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill(wachtwoord);
  await nina.getByLabel('Hetzelfde wachtwoord nog een keer').fill('iets anders');
  await expect(nina.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
  await expect(nina.getByRole('button', { name: 'Wachtwoord instellen' })).toBeDisabled();
  await nina.getByLabel('Hetzelfde wachtwoord nog een keer').fill(wachtwoord);
  await nina.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(nina.getByText(`Uw wachtwoord is ingesteld. U kunt nu inloggen met ${email}.`)).toBeVisible();
  // The secret leaves the address bar once it has done its work.
  expect(nina.url()).not.toContain('#');
  await nina.getByRole('link', { name: 'Naar de inlogpagina' }).click();
  await nina.getByLabel('E-mailadres').fill(email);
  await nina.getByLabel('Wachtwoord').fill(wachtwoord);
  await nina.getByRole('button', { name: 'Inloggen' }).click();
  await expect(nina.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  // A used link says so, in Dutch.
  const later = await (await browser.newContext()).newPage();
  await later.goto(link);
  await expect(later.getByText(/Deze uitnodiging is al gebruikt/)).toBeVisible();
  await scan(later, '/uitnodiging (gebruikt)');

  // Nina starts a deelverzoek: open work of her own.
  await nina.getByRole('link', { name: 'Nieuw deelverzoek' }).first().click();
  await nina.getByLabel('Cliënt').selectOption({ label: 'CL-1001' });
  await nina.getByLabel('Doel van het delen').fill('Afstemmen van de begeleiding met de huisarts');
  await nina.getByLabel('Organisatie van ontvanger 1').fill('Huisartsenpraktijk De Linde');
  await nina.getByRole('button', { name: 'Deelverzoek starten' }).click();
  await expect(nina).toHaveURL(/\/deelverzoeken\/[0-9a-f-]{36}/);

  // The beheerder gives her a second role.
  await page.reload();
  await page.getByRole('link', { name: `Wijzigen (${naam})` }).click();
  await expect(page.getByRole('heading', { name: naam, level: 1 })).toBeVisible();
  await expect(page.getByTestId('account-status')).toHaveText('Actief');
  await scan(page, '/beheer/accounts/[id]');
  await page.getByRole('checkbox', { name: /^deskundige collega/ }).check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByText('casemanager, deskundige collega')).toBeVisible();

  // Deactivation: the confirmation says what will happen; with open work Deelwijs refuses.
  await page.getByRole('button', { name: 'Account deactiveren…' }).click();
  const bevestiging = page.getByRole('alertdialog', { name: `${naam} deactiveren?` });
  await expect(bevestiging).toBeFocused();
  await expect(bevestiging).toContainText('eindigen alle sessies');
  await scan(page, '/beheer/accounts/[id] (bevestigen)');
  await bevestiging.getByRole('button', { name: 'Ja, deactiveren' }).click();
  const weigering = page.getByRole('alert').filter({ hasText: 'Dit account heeft nog open werk' });
  await expect(weigering).toBeFocused();
  await expect(weigering).toContainText(`${naam} heeft nog 1 open deelverzoek.`);
  await expect(page.getByTestId('account-status')).toHaveText('Actief');
  await scan(page, '/beheer/accounts/[id] (geweigerd)');
  // Nina is still logged in.
  await nina.goto('/werkvoorraad');
  await expect(nina.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  // Teams.
  await page.goto('/beheer/teams');
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
  await scan(page, '/beheer/teams');
  await page.getByLabel('Naam van het team').fill(`Wijkteam Oost ${uniek}`);
  await page.getByRole('button', { name: 'Team aanmaken' }).click();
  await expect(page.getByRole('cell', { name: `Wijkteam Oost ${uniek}`, exact: true })).toBeVisible();

  // The privacy officer sees who gave Nina which role.
  const ingrid = await (await browser.newContext()).newPage();
  await logIn(ingrid, 'privacy@demo.deelwijs.nl');
  await ingrid
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Rolwijzigingen' })
    .click();
  await expect(ingrid.getByRole('heading', { name: 'Rolwijzigingen', level: 1 })).toBeVisible();
  const rijen = ingrid.getByRole('row').filter({ hasText: naam });
  await expect(rijen).toHaveCount(2);
  await expect(rijen.first()).toContainText('deskundige collega');
  await expect(rijen.first()).toContainText('Functioneel beheer');
  await scan(ingrid, '/toezicht/rolwijzigingen');
});
