/// <reference lib="dom" />
// The functions passed to page.evaluate run in the browser, with its document.
import { expect, test } from '@playwright/test';
import { DEMO_WACHTWOORD, logIn } from './helpers';
import { druk, gefocust, kies, kiesOptie, typ, verwachtZichtbareFocus } from './toetsenbord';

// Issue 12: the casemanager's journey with the keyboard alone (WCAG 2.1.1), from logging in to a
// recorded verstrekking with consent, including a refused submit and rows added on the way. No
// click and no mouse: Tab, Shift+Tab, Enter, Space and typing; every focus stop is visible.

const naam = `Joke Visser ${Math.random().toString(36).slice(2, 7)}`;

test('a casemanager records a verstrekking with consent using only the keyboard', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/inloggen');

  // The skip link is the first stop, and it lands in the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await verwachtZichtbareFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#inhoud')).toBeFocused();

  await typ(page, page.getByLabel('E-mailadres'), 'casemanager@demo.deelwijs.nl');
  await typ(page, page.getByLabel('Wachtwoord'), DEMO_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  // A new client, from the menu
  await druk(
    page,
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten' }),
  );
  await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeVisible();
  await druk(page, page.getByRole('link', { name: 'Nieuwe cliënt' }));
  await expect(page.getByRole('heading', { name: 'Nieuwe cliënt', level: 1 })).toBeVisible();
  await typ(page, page.getByLabel('Naam', { exact: true }), naam);

  // Saving without a birth date: the summary takes the focus and links to the field.
  await druk(page, page.getByRole('button', { name: 'Cliënt opslaan' }));
  const overzicht = page.getByTestId('fout-overzicht');
  await expect(overzicht).toBeFocused();
  const melding = 'Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 11-02-1958.';
  await druk(page, overzicht.getByRole('link', { name: melding }));
  const geboortedatum = page.getByLabel('Geboortedatum');
  await expect(geboortedatum).toBeFocused();
  await expect(geboortedatum).toHaveAttribute('aria-invalid', 'true');
  await expect(geboortedatum).toHaveAccessibleDescription(
    `Dag-maand-jaar, bijvoorbeeld 11-02-1958. ${melding}`,
  );
  // The field takes the date as the hint and the message say it: day-month-year.
  await page.keyboard.type('11-02-1958');

  // A row added takes the focus; removed again, the client has no representative.
  await druk(page, page.getByRole('button', { name: '+ Vertegenwoordiger toevoegen' }));
  await expect(page.getByLabel('Naam van vertegenwoordiger 1')).toBeFocused();
  await druk(page, page.getByRole('button', { name: 'Verwijder vertegenwoordiger 1' }));
  await druk(page, page.getByRole('button', { name: 'Cliënt opslaan' }));
  await expect(page.getByRole('heading', { name: naam, level: 1 })).toBeVisible();
  // Day first, as typed: 11 February, not 2 November.
  await expect(page.getByRole('main')).toContainText('11-2-1958');

  // A new deelverzoek for this client, from the client's page
  await druk(page, page.getByRole('main').getByRole('link', { name: 'Nieuw deelverzoek' }));
  await expect(page.getByRole('heading', { name: 'Nieuw deelverzoek', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Cliënt')).toHaveValue(/[0-9a-f-]{36}/);
  await typ(page, page.getByLabel('Doel van het delen'), 'Thuiszorg en wijkteam stemmen de hulp af');
  await typ(page, page.getByLabel('Organisatie van ontvanger 1'), 'Thuiszorg Oost');
  await druk(page, page.getByRole('button', { name: '+ Nog een ontvanger' }));
  await expect(page.getByLabel('Organisatie van ontvanger 2')).toBeFocused();
  await druk(page, page.getByRole('button', { name: 'Deelverzoek starten' }));

  await expect(page).toHaveTitle(/^Deelverzoek voor CL-[0-9A-Z]+ · Deelwijs$/);

  // Afweging 1: the button says what it still needs; a refused submit leads to the field.
  const stap1 = page.getByRole('region', { name: 'Afweging 1: hoort de vraag bij mij?' });
  const vastleggen1 = stap1.getByRole('button', { name: 'Antwoord vastleggen' });
  await expect(vastleggen1).toBeDisabled();
  await expect(vastleggen1).toHaveAccessibleDescription(/Nog nodig: uw antwoord/);
  await kies(page, stap1.getByRole('group', { name: 'Hoort de vraag bij mij?' }).getByLabel('Ja'));
  await druk(page, vastleggen1);
  const fouten1 = stap1.getByTestId('fout-overzicht');
  await expect(fouten1).toBeFocused();
  await druk(page, fouten1.getByRole('link', { name: /minstens 5 tekens/ }));
  const toelichting1 = stap1.getByLabel('Toelichting (komt in het dossier)');
  await expect(toelichting1).toBeFocused();
  await expect(toelichting1).toHaveAttribute('aria-invalid', 'true');
  await expect(toelichting1).toHaveAccessibleDescription(/minstens 5 tekens/);
  await page.keyboard.type('Mevrouw is cliënt van ons wijkteam.');
  await druk(page, vastleggen1);

  // Afweging 2: the focus goes on to the next step's heading.
  const stap2 = page.getByRole('region', { name: 'Afweging 2: wanneer mag ik delen?' });
  await expect(stap2.getByRole('heading', { level: 2 })).toBeFocused();
  for (const vraag of [
    /professioneel doel/,
    /welke gegevens je wilt weten en wilt delen/,
    /minstens één grondslag/,
  ])
    await kies(page, stap2.getByRole('group', { name: vraag }).getByLabel('Ja'));
  await kiesOptie(page, stap2.getByRole('combobox', { name: 'Grondslag' }), 'Toestemming');
  await typ(
    page,
    stap2.getByLabel('Waarom deze grondslag?'),
    'Mevrouw kiest zelf en weet waarvoor we delen.',
  );
  await kies(page, stap2.getByLabel('Relevante informatie voor de hulp'));
  await expect(stap2.getByTestId('advies-afweging-2')).toBeVisible();
  await typ(
    page,
    stap2.getByLabel('Toelichting (komt in het dossier)'),
    'Doel en gegevens samen doorgenomen.',
  );
  await druk(page, stap2.getByRole('button', { name: 'Afweging 2 vastleggen' }));

  // Afweging 3
  const stap3 = page.getByRole('region', { name: 'Afweging 3: zo beperkt mogelijk' });
  await expect(stap3.getByRole('heading', { level: 2 })).toBeFocused();
  for (const vraag of [
    /minst ingrijpende manier/,
    /echt van belang voor het doel/,
    /alleen de betrokken partijen/,
  ])
    await kies(page, stap3.getByRole('group', { name: vraag }).getByLabel('Ja'));
  await typ(
    page,
    stap3.getByLabel('Toelichting (komt in het dossier)'),
    'Alleen wat de thuiszorg nodig heeft.',
  );
  await druk(page, stap3.getByRole('button', { name: 'Afweging 3 vastleggen' }));

  // Consent: a first attempt without an answer, then yes; the form starts empty after each.
  const stap4 = page.getByRole('region', { name: 'Toestemming vragen' });
  await expect(stap4.getByRole('heading', { level: 2 })).toBeFocused();
  await kiesOptie(page, stap4.getByRole('combobox', { name: 'Hoe' }), 'Telefoon');
  await kiesOptie(page, stap4.getByRole('combobox', { name: 'Uitkomst' }), 'Nog geen antwoord');
  await druk(page, stap4.getByRole('button', { name: 'Poging vastleggen' }));
  await expect(stap4.getByRole('list', { name: 'Pogingen' })).toContainText('Nog geen antwoord');
  await expect(stap4.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(stap4.getByRole('combobox', { name: 'Hoe' })).toHaveValue('gesprek');
  await expect(stap4.getByRole('combobox', { name: 'Uitkomst' })).toHaveValue('ja');
  await typ(page, stap4.getByLabel('Wat zei de cliënt (in eigen woorden)?'), 'Prima, als het helpt.');
  await kies(page, stap4.getByLabel('Ik heb uitgelegd dat de toestemming altijd in te trekken is'));
  await druk(page, stap4.getByRole('button', { name: 'Poging vastleggen' }));

  // The verstrekking, confirmed in its dialog
  const stap5 = page.getByRole('region', { name: 'Gegevens verstrekken' });
  await expect(stap5.getByRole('heading', { level: 2 })).toBeFocused();
  await druk(page, stap5.getByRole('button', { name: 'Verstrekking vastleggen' }));
  const bevestig = stap5.getByRole('alertdialog', { name: 'Verstrekking vastleggen: bevestigen' });
  await expect(bevestig).toBeFocused();
  await druk(page, bevestig.getByRole('button', { name: 'Ja, verstrekking vastleggen' }));
  await expect(page.getByText('Afgesloten: gedeeld met toestemming').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Dossieraantekeningen' })).toContainText(
    'Gedeeld (met toestemming)',
  );
});

test('on every page the first Tab reaches "Naar de inhoud", and Enter lands in the content', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  const eenClient = await page.request.get('/api/v1/clienten?perPagina=1');
  const clientId = ((await eenClient.json()) as { items: Array<{ id: string }> }).items[0]!.id;
  for (const pad of [
    '/werkvoorraad',
    '/deelverzoeken',
    '/clienten',
    `/clienten/${clientId}`,
    '/clienten/nieuw',
    '/deelverzoeken/nieuw',
    '/handleiding',
    '/deelverzoeken/00000000-0000-4000-8000-000000000000',
    '/bestaat-niet',
  ]) {
    await page.goto(pad);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip, `${pad}: ${await gefocust(page)}`).toBeFocused();
    await expect(skip).toBeInViewport();
    await verwachtZichtbareFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab goes on inside the content, past the menu.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
      `${pad}: ${await gefocust(page)}`,
    ).toBe(true);
  }
});
