import { expect, type Page, test } from '@playwright/test';
import {
  adviseer,
  alsGebruiker,
  besluit,
  deelAcuut,
  logIn,
  nieuwDeelverzoek,
  screenshotPad,
  stelDoorbrekingVoor,
  verstrekNaDoorbreking,
  viaWerkvoorraad,
  wcagSchendingen,
} from './helpers';

// Issue 12, every role at home: each role lands on its own werkvoorraad (what it must do now,
// grouped by kind, the most urgent first, pseudonyms only) and does its main task from there. axe
// scans every page the role visits; a full-page screenshot of each werkvoorraad is kept. Every test
// makes the work it needs itself, so it passes again on the same data.

const zonderSchendingen = async (page: Page) => expect(await wcagSchendingen(page)).toEqual([]);

/** The werkvoorraad as this role sees it, scanned and kept as a screenshot. */
async function werkvoorraad(page: Page, rol: string) {
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Werkvoorraad · Deelwijs');
  // A list names a client by pseudonym only.
  await expect(page.getByRole('main')).not.toContainText('Sanne de Vries');
  await zonderSchendingen(page);
  await page.screenshot({ path: screenshotPad(`werkvoorraad-${rol}`), fullPage: true });
}

const idVan = (url: string) => new URL(url).pathname.split('/').at(-1) ?? '';

test('casemanager: starts a deelverzoek, records consent, and finds it on the werkvoorraad under its next step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await expect(page.getByRole('region', { name: /^Mijn open deelverzoeken/ })).toBeVisible();
  await zonderSchendingen(page);

  const url = await nieuwDeelverzoek(page, false);
  const toestemming = page.getByRole('region', { name: 'Toestemming vragen' });
  await zonderSchendingen(page);
  await toestemming.getByRole('combobox', { name: 'Uitkomst' }).selectOption('ja');
  await toestemming.getByLabel('Wat zei de cliënt (in eigen woorden)?').fill('Goed, als de huisarts helpt.');
  await toestemming.getByLabel('Ik heb uitgelegd dat de toestemming altijd in te trekken is').check();
  await toestemming.getByRole('button', { name: 'Poging vastleggen' }).click();
  await expect(page.getByRole('region', { name: 'Gegevens verstrekken' })).toBeVisible();
  await zonderSchendingen(page);

  // Consent given: the next step is hers, sharing the data.
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Werkvoorraad' })
    .click();
  const item = page
    .getByRole('region', { name: /^Gegevens verstrekken \(\d+\)$/ })
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="${new URL(url).pathname}"]`) });
  await expect(item).toContainText('CL-1001');
  await expect(item).toContainText('Zorgen over de veiligheid thuis');
  await werkvoorraad(page, 'casemanager');

  // And shares it, so a rerun starts with no more open work than before.
  await viaWerkvoorraad(page, /^Gegevens verstrekken \(\d+\)$/, url);
  // No reload: coming back by a link shows where the deelverzoek stands now, not the page as it was.
  const verstrekking = page.getByRole('region', { name: 'Gegevens verstrekken' });
  await verstrekking.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
  await verstrekking.getByRole('button', { name: 'Ja, verstrekking vastleggen' }).click();
  await expect(page.getByText('Afgesloten: gedeeld met toestemming').first()).toBeVisible();
  await zonderSchendingen(page);
});

test('deskundige collega: takes a collegiale toetsing from the pool on the werkvoorraad and advises', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await stelDoorbrekingVoor(casemanager);

  const collega = await alsGebruiker(browser, 'collega@demo.deelwijs.nl');
  await werkvoorraad(collega, 'collega');
  expect(await viaWerkvoorraad(collega, 'In de pool van mijn team', url)).toContain('Afweging 4a');
  await zonderSchendingen(collega);
  await adviseer(collega);
  await zonderSchendingen(collega);

  // Her advice given, it is off her werkvoorraad.
  await collega
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Werkvoorraad' })
    .click();
  await expect(
    collega.getByRole('region', { name: 'Mijn taken' }).locator(`a[href="${new URL(url).pathname}"]`),
  ).toHaveCount(0);
  await zonderSchendingen(collega);
});

test('leidinggevende: signs a doorbreking from the werkvoorraad', async ({ browser }) => {
  test.setTimeout(180_000);
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await stelDoorbrekingVoor(casemanager);
  const collega = await alsGebruiker(browser, 'collega@demo.deelwijs.nl');
  await collega.goto(url);
  await adviseer(collega);

  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  // Nothing of her own to start, and the way to the team's work.
  await expect(leiding.getByRole('link', { name: 'Nieuw deelverzoek' })).toHaveCount(0);
  await expect(leiding.getByRole('link', { name: /open werk van uw team/ })).toBeVisible();
  await werkvoorraad(leiding, 'leidinggevende');
  const tekst = await viaWerkvoorraad(leiding, 'Wachten op mijn akkoord', url);
  expect(tekst).toMatch(/Afweging 4a/);
  await zonderSchendingen(leiding);
  await besluit(
    leiding,
    'Wacht op akkoord leidinggevende',
    /^Akkoord/,
    'Zorgvuldig afgewogen; delen is nodig.',
  );
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText(
    'Besluit: akkoord, de doorbreking is ondertekend',
  );
  await zonderSchendingen(leiding);

  // The casemanager shares, so nothing is left open by this test.
  await casemanager.reload();
  await verstrekNaDoorbreking(casemanager);
});

test('privacy officer: finds a refused acute verstrekking on the werkvoorraad, opens it, the overdue lists and the record check', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await deelAcuut(
    casemanager,
    'Zij viel thuis en kon niet meer opstaan; de huisarts moest komen.',
  );
  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await leiding.goto(url);
  await besluit(
    leiding,
    'Acuut gedeeld: akkoord achteraf',
    /^Geen akkoord/,
    'Er was tijd om eerst te overleggen.',
  );
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText('geen akkoord');

  const privacy = await alsGebruiker(browser, 'privacy@demo.deelwijs.nl');
  const drilldown = `/toezicht/deelverzoeken/${idVan(url)}`;
  const item = privacy
    .getByRole('region', { name: /^Handtekeningen te laat of achteraf afgewezen \(\d+\)$/ })
    .getByRole('listitem')
    .filter({ has: privacy.locator(`a[href="${drilldown}"]`) });
  await expect(item).toContainText('CL-1001');
  await expect(item).toContainText('Acuut gedeeld, achteraf afgewezen');
  await expect(item).toContainText('Afgewezen op');
  await expect(privacy.getByRole('link', { name: 'Nieuw deelverzoek' })).toHaveCount(0);
  await werkvoorraad(privacy, 'privacy-officer');

  await item.getByRole('link').click();
  await expect(privacy.getByRole('heading', { name: 'Deelverzoek van CL-1001', level: 1 })).toBeVisible();
  await expect(privacy.getByRole('main')).not.toContainText('Sanne de Vries');
  await zonderSchendingen(privacy);

  // The overdue lists and the record check are on the toezicht, one link away.
  await privacy
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Werkvoorraad' })
    .click();
  await privacy.getByRole('link', { name: /Naar het toezicht/ }).click();
  await expect(privacy.getByRole('heading', { name: 'Toezicht', level: 1 })).toBeVisible();
  await expect(
    privacy.getByRole('heading', {
      name: /^Cliënten informeren achteraf: te laat of binnen een week \(\d+\)$/,
    }),
  ).toBeVisible();
  await zonderSchendingen(privacy);
  await privacy.getByRole('button', { name: 'Dossiers nu controleren' }).click();
  await expect(privacy.getByText(/Gecontroleerd op .*dossiers met \d+ aantekeningen/)).toBeVisible();
  await expect(
    privacy.getByText('Alles is in orde: niets is gewijzigd, weggehaald of verschoven.'),
  ).toBeVisible();
  await zonderSchendingen(privacy);
});

test('functioneel beheerder: lands on beheer with what waits, invites someone, opens the accounts and the deadlines', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const uniek = Date.now().toString(36);
  const naam = `Joris Wit ${uniek}`;
  await logIn(page, 'beheer@demo.deelwijs.nl', 'Functioneel beheer');
  await expect(page.getByRole('region', { name: 'Wat nu op u wacht' })).toBeVisible();
  await zonderSchendingen(page);

  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await zonderSchendingen(page);
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('E-mailadres').fill(`joris.${uniek}@demo.deelwijs.nl`);
  await page.getByRole('checkbox', { name: /^casemanager/ }).check();
  await page.getByLabel('Team').selectOption({ label: 'Wijkteam Noord' });
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByRole('heading', { name: `${naam} is uitgenodigd` })).toBeVisible();
  await zonderSchendingen(page);

  // The invitation not yet accepted is what waits now, with how long its link still works.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  const open = page.getByRole('region', { name: /^Uitnodigingen nog niet aangenomen \(\d+\)$/ });
  const item = open.getByRole('listitem').filter({ hasText: naam });
  await expect(item).toContainText(/Link werkt: over \d+ dagen/);
  await zonderSchendingen(page);
  await page.screenshot({ path: screenshotPad('werkvoorraad-beheerder'), fullPage: true });
  await item.getByRole('link', { name: naam }).click();
  await expect(page.getByRole('heading', { name: naam, level: 1 })).toBeVisible();
  await zonderSchendingen(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('link', { name: 'Termijnen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Termijnen van de organisatie', level: 1 })).toBeVisible();
  await expect(page.getByTestId('beleid-in-gebruik')).toContainText(/^Versie \S+/);
  await zonderSchendingen(page);
});
