import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logIn, nieuwDeelverzoek, wcagSchendingen } from './helpers';

// Issue 12: WCAG 2.1 AA checked by axe-core in a real browser, on the pages each role reaches from
// its own menu. 0 violations; a failure names the rule, the page and the elements.

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const ROLLEN: Array<{ email: string; start: string; paginas: string[] }> = [
  {
    email: 'casemanager@demo.deelwijs.nl',
    start: 'Werkvoorraad',
    paginas: [
      '/werkvoorraad',
      '/deelverzoeken',
      '/clienten',
      '/clienten/nieuw',
      '/deelverzoeken/nieuw',
      '/handleiding',
      '/handleiding/wat-mag-ik-delen',
      '/handleiding/afwegingen',
      '/bestaat-niet',
    ],
  },
  { email: 'collega@demo.deelwijs.nl', start: 'Werkvoorraad', paginas: ['/werkvoorraad', '/deelverzoeken'] },
  {
    email: 'leidinggevende@demo.deelwijs.nl',
    start: 'Werkvoorraad',
    paginas: ['/werkvoorraad', '/deelverzoeken', '/team'],
  },
  {
    email: 'privacy@demo.deelwijs.nl',
    start: 'Werkvoorraad',
    paginas: ['/werkvoorraad', '/toezicht', '/toezicht/bewaartermijn'],
  },
  { email: 'beheer@demo.deelwijs.nl', start: 'Beheer', paginas: ['/beheer', '/handleiding'] },
];

test('the login page has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/inloggen');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const rol of ROLLEN) {
  test(`every page of ${rol.email} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await logIn(page, rol.email, rol.start);
    const gevonden: string[] = [];
    for (const pad of rol.paginas) {
      await page.goto(pad);
      await expect(page.locator('h1').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      for (const v of violations)
        gevonden.push(`${pad} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(gevonden).toEqual([]);
  });
}

test('a deelverzoek page and a client page have no WCAG 2.1 AA violations', async ({ page }) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  const gevonden: string[] = [];
  const scan = async (waar: string) => {
    await expect(page.locator('h1').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    for (const v of violations)
      gevonden.push(`${waar} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  // A deelverzoek of its own, so the test needs nothing from the ones before it.
  await nieuwDeelverzoek(page, false);
  await scan('deelverzoek');
  await page.goto('/clienten');
  await page.locator('main tbody a').first().click();
  await page.waitForURL(/\/clienten\/[0-9a-f-]{36}$/);
  await scan('cliënt');
  expect(gevonden).toEqual([]);
});

test('every state of the consent journey has no WCAG 2.1 AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  const gevonden: string[] = [];
  const scan = async (staat: string) => {
    for (const v of await wcagSchendingen(page)) gevonden.push(`${staat}: ${v}`);
  };

  // A refused form: the summary at the top, the fields marked
  await page.goto('/clienten/nieuw');
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
  await expect(page.getByTestId('fout-overzicht')).toBeFocused();
  await scan('nieuwe cliënt, foutoverzicht');
  // A client of its own (an adult without representatives), so consent is the client's alone.
  await page
    .getByLabel('Naam', { exact: true })
    .fill(`Bram Mulder ${Math.random().toString(36).slice(2, 7)}`);
  await page.getByLabel('Geboortedatum').fill('1961-05-04');
  await page.getByRole('button', { name: '+ Vertegenwoordiger toevoegen' }).click();
  await expect(page.getByLabel('Naam van vertegenwoordiger 1')).toBeFocused();
  await scan('nieuwe cliënt, rij toegevoegd');
  await page.getByRole('button', { name: 'Verwijder vertegenwoordiger 1' }).click();
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Nieuw deelverzoek' }).click();
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  await expect(page.getByTestId('fout-overzicht')).toBeFocused();
  await scan('nieuw deelverzoek, foutoverzicht');

  await page.getByLabel('Doel van het delen').fill('De hulp bij het huishouden afstemmen met de thuiszorg');
  await page.getByLabel('Organisatie van ontvanger 1').fill('Thuiszorg Oost');
  await page.getByRole('button', { name: '+ Nog een ontvanger' }).click();
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();

  // Afweging 1: the button that still needs an answer, then a refused submit
  const stap1 = page.getByRole('region', { name: 'Afweging 1: hoort de vraag bij mij?' });
  await expect(stap1.getByText('Nog nodig:')).toBeVisible();
  await scan('afweging 1');
  await stap1.getByRole('group', { name: 'Hoort de vraag bij mij?' }).getByLabel('Ja').check();
  await stap1.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(stap1.getByTestId('fout-overzicht')).toBeFocused();
  await scan('afweging 1, foutoverzicht');
  await stap1.getByLabel('Toelichting (komt in het dossier)').fill('Mevrouw is cliënt van ons wijkteam.');
  await stap1.getByRole('button', { name: 'Antwoord vastleggen' }).click();

  const stap2 = page.getByRole('region', { name: 'Afweging 2: wanneer mag ik delen?' });
  await expect(stap2).toBeVisible();
  await scan('afweging 2');
  for (const vraag of [
    /professioneel doel/,
    /welke gegevens je wilt weten en wilt delen/,
    /minstens één grondslag/,
  ])
    await stap2.getByRole('group', { name: vraag }).getByLabel('Ja').check();
  await stap2.getByLabel('Relevante informatie voor de hulp').check();
  await stap2.getByRole('combobox', { name: 'Grondslag' }).selectOption({ label: 'Toestemming' });
  await expect(stap2.getByTestId('advies-afweging-2')).toBeVisible();
  await scan('afweging 2, met advies');
  await stap2.getByLabel('Waarom deze grondslag?').fill('Mevrouw kiest zelf en weet waarvoor we delen.');
  await stap2.getByLabel('Toelichting (komt in het dossier)').fill('Doel en gegevens samen doorgenomen.');
  await stap2.getByRole('button', { name: 'Afweging 2 vastleggen' }).click();

  const stap3 = page.getByRole('region', { name: 'Afweging 3: zo beperkt mogelijk' });
  await expect(stap3).toBeVisible();
  await stap3
    .getByRole('group', { name: /minst ingrijpende manier/ })
    .getByLabel('Ja')
    .check();
  await stap3
    .getByRole('group', { name: /echt van belang voor het doel/ })
    .getByLabel('Nee')
    .check();
  await expect(stap3.getByRole('group', { name: 'Welke gegevens blijven over?' })).toBeVisible();
  await scan('afweging 3, minder gegevens');
  await stap3
    .getByRole('group', { name: /echt van belang voor het doel/ })
    .getByLabel('Ja')
    .check();
  await stap3
    .getByRole('group', { name: /alleen de betrokken partijen/ })
    .getByLabel('Ja')
    .check();
  await stap3.getByLabel('Toelichting (komt in het dossier)').fill('Alleen wat de huisarts nodig heeft.');
  await stap3.getByRole('button', { name: 'Afweging 3 vastleggen' }).click();

  const stap4 = page.getByRole('region', { name: 'Toestemming vragen' });
  await expect(stap4).toBeVisible();
  await scan('toestemming vragen');
  await stap4.getByRole('combobox', { name: 'Uitkomst' }).selectOption('geen-antwoord');
  await stap4.getByRole('button', { name: 'Poging vastleggen' }).click();
  await expect(stap4.getByRole('list', { name: 'Pogingen' })).toContainText('Nog geen antwoord');
  await scan('toestemming, na een poging');
  await stap4.getByLabel('Wat zei de cliënt (in eigen woorden)?').fill('Goed, als het helpt.');
  await stap4.getByLabel('Ik heb uitgelegd dat de toestemming altijd in te trekken is').check();
  await stap4.getByRole('button', { name: 'Poging vastleggen' }).click();

  // Consent recorded: the verstrekking, its confirmation, and the closed deelverzoek
  const stap5 = page.getByRole('region', { name: 'Gegevens verstrekken' });
  await expect(stap5).toBeVisible();
  await scan('toestemming vastgelegd, verstrekking');
  await stap5.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
  await expect(stap5.getByRole('alertdialog')).toBeFocused();
  await scan('verstrekking bevestigen');
  await stap5.getByRole('button', { name: 'Ja, verstrekking vastleggen' }).click();
  await expect(page.getByText('Afgesloten: gedeeld met toestemming').first()).toBeVisible();
  await scan('verstrekking vastgelegd');
  expect(gevonden).toEqual([]);
});
