import { type Browser, expect, type Locator, type Page } from '@playwright/test';

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

// The doorbreking's shared steps, for every spec that needs a deelverzoek shared on one.
export const VIJF = [
  'Heb je echt alles gedaan om de cliënt toestemming te laten geven?',
  'Brengt zwijgen jou in gewetensnood?',
  'Is doorbreken de enige manier om het probleem op te lossen?',
  'Leidt zwijgen tot ernstige schade voor de cliënt of een ander?',
  'Is het vrijwel zeker dat spreken de schade voorkomt of kleiner maakt?',
];

/** A fresh session for one demo user, on their own page. */
export async function alsGebruiker(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email);
  return page;
}

export async function nieuwDeelverzoek(page: Page, acuut: boolean): Promise<string> {
  await page.getByRole('link', { name: 'Nieuw deelverzoek' }).first().click();
  // The form's own field, once it is there: a werkvoorraad group is labelled "Cliënt achteraf informeren".
  await expect(page).toHaveURL(/\/deelverzoeken\/nieuw$/);
  await page.getByLabel('Cliënt').selectOption({ label: 'CL-1001' });
  // The list names the pseudonym; the form names the chosen client, to check before starting.
  await expect(page.getByText('Gekozen: Sanne de Vries, geboren')).toBeVisible();
  await page
    .getByLabel('Doel van het delen')
    .fill('Zorgen over de veiligheid thuis bespreken met de huisarts');
  await page.getByLabel('Organisatie van ontvanger 1').fill('Huisartsenpraktijk De Linde');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  await doorloopAfwegingen(page, { acuut });
  return page.url();
}

/** Conflict van plichten or vitaal belang, and the five questions all yes with a motivation. */
export async function grondEnVijfVragen(voorstel: Locator, grond: string) {
  await voorstel
    .getByRole('group', { name: 'Is er een conflict van plichten of een vitaal belang?' })
    .getByLabel('Ja')
    .check();
  await voorstel.getByRole('group', { name: 'Welke grond?' }).getByLabel(grond).check();
  for (const [i, vraag] of VIJF.entries()) {
    await voorstel
      .getByRole('group', { name: `${i + 1}. ${vraag}` })
      .getByLabel('Ja')
      .check();
    await voorstel
      .getByLabel(`Onderbouwing bij vraag ${i + 1} (verplicht)`)
      .fill(`Met het team nagegaan: vraag ${i + 1} geldt hier.`);
  }
  await voorstel
    .getByRole('group', { name: 'Lijkt het beter om de cliënt niet vooraf te vertellen dat je gaat delen?' })
    .getByLabel('Nee')
    .check();
  await voorstel
    .getByLabel('Wat wordt gedeeld, met wie, en wat moet het bereiken?')
    .fill('De zorgen over de veiligheid, aan de huisarts, zodat zij kan ingrijpen.');
  await voorstel.getByLabel('Toelichting (komt in het dossier)').fill('Besproken in het teamoverleg.');
}

/** A decision on a doorbreking (review or signature), confirmed in its dialog. */
export async function besluit(page: Page, titel: string, keuze: RegExp, motivering: string) {
  const stap = page.getByRole('region', { name: titel });
  await expect(stap.getByRole('region', { name: 'De weging' })).toContainText(VIJF[0]!);
  await stap.getByRole('group', { name: 'Uw besluit' }).getByLabel(keuze).check();
  await stap.getByLabel('Motivering (verplicht, komt in het dossier)').fill(motivering);
  await stap.getByRole('button', { name: 'Besluit nemen' }).click();
  const bevestig = stap.getByRole('alertdialog', { name: 'Besluit bevestigen' });
  await expect(bevestig).toContainText('definitief');
  await bevestig.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
}

/**
 * Acute vitaal belang on a new deelverzoek: no time for consent, afweging 4 started, the client
 * cannot be reached, the five questions answered, the data shared at once. Returns its address.
 */
export async function deelAcuut(casemanager: Page, waarom: string): Promise<string> {
  const url = await nieuwDeelverzoek(casemanager, true);
  const toestemming = casemanager.getByRole('region', { name: 'Toestemming vragen' });
  await toestemming.getByText('Geen toestemming: afweging 4 starten').click();
  await expect(toestemming.getByRole('combobox', { name: 'Waarom' })).toHaveValue('geen-tijd');
  await toestemming
    .getByLabel('Toelichting (komt in het dossier)')
    .last()
    .fill('Mevrouw is in direct gevaar; er is geen tijd.');
  await toestemming.getByRole('button', { name: 'Afweging 4 starten' }).click();
  const voorstel = casemanager.getByRole('region', { name: 'Afweging 4a: de cliënt is het niet eens' });
  await voorstel
    .getByRole('group', { name: 'Kun je de cliënt of zijn vertegenwoordiger op tijd spreken?' })
    .getByLabel('Nee')
    .check();
  await grondEnVijfVragen(voorstel, 'Vitaal belang');
  const acuut = voorstel.getByRole('region', { name: 'Acuut delen' });
  await acuut.getByLabel('Waarom kon dit niet wachten?').fill(waarom);
  await acuut.getByRole('button', { name: 'Acute verstrekking vastleggen' }).click();
  await acuut.getByRole('button', { name: 'Ja, acute verstrekking vastleggen' }).click();
  await expect(casemanager.getByRole('region', { name: 'Acuut gedeeld: akkoord achteraf' })).toContainText(
    'Al gedeeld op',
  );
  return url;
}

/**
 * A doorbreking proposed on a new deelverzoek: the client refuses consent, afweging 4a is weighed
 * (the client can be reached, has no good reasons) on conflict van plichten, and the proposal goes
 * to the team's pool of deskundige collega's. Returns its address.
 */
export async function stelDoorbrekingVoor(casemanager: Page): Promise<string> {
  const url = await nieuwDeelverzoek(casemanager, false);
  const toestemming = casemanager.getByRole('region', { name: 'Toestemming vragen' });
  await toestemming.getByRole('combobox', { name: 'Uitkomst' }).selectOption('nee');
  await toestemming.getByLabel('Wat zei de cliënt (in eigen woorden)?').fill('Nee, dat wil ik niet.');
  await toestemming.getByRole('button', { name: 'Poging vastleggen' }).click();
  await expect(toestemming.getByRole('list', { name: 'Pogingen' })).toContainText('Nee, geweigerd');
  await toestemming.getByText('Geen toestemming: afweging 4 starten').click();
  await toestemming
    .getByLabel('Toelichting (komt in het dossier)')
    .last()
    .fill('Mevrouw weigert; de zorgen blijven groot.');
  await toestemming.getByRole('button', { name: 'Afweging 4 starten' }).click();

  const voorstel = casemanager.getByRole('region', { name: 'Afweging 4a: de cliënt is het niet eens' });
  await voorstel
    .getByRole('group', { name: 'Kun je de cliënt of zijn vertegenwoordiger op tijd spreken?' })
    .getByLabel('Ja')
    .check();
  await voorstel.getByLabel('Belang van het delen').fill('Haar veiligheid thuis staat op het spel.');
  await voorstel.getByLabel('Doel van het delen').fill('De huisarts kan medische hulp bieden.');
  await voorstel.getByLabel('Wat u wilt delen').fill('Wat wij thuis zagen en hoorden.');
  await voorstel
    .getByRole('group', { name: 'Heeft de cliënt goede argumenten om de informatie niet te delen?' })
    .getByLabel('Nee')
    .check();
  await grondEnVijfVragen(voorstel, 'Conflict van plichten');
  await voorstel.getByRole('button', { name: 'Voorstel voorleggen aan een deskundige collega' }).click();
  await expect(casemanager.getByRole('region', { name: 'Wacht op collegiale toetsing' })).toBeVisible();
  return url;
}

/** The deskundige collega, on the deelverzoek's page, takes the review from the pool and agrees. */
export async function adviseer(collega: Page) {
  await collega
    .getByRole('region', { name: 'Collegiale toetsing in de pool van uw team' })
    .getByRole('button', { name: 'Toetsing oppakken' })
    .click();
  const bijCollega = collega.getByRole('region', { name: 'Wacht op collegiale toetsing' });
  await bijCollega
    .getByRole('group', { name: 'Uw advies' })
    .getByLabel('Eens met het voorstel', { exact: true })
    .check();
  await bijCollega
    .getByLabel('Waarom? (komt in het dossier)')
    .fill('De vijf vragen zijn zorgvuldig beantwoord.');
  await bijCollega.getByRole('button', { name: 'Advies vastleggen' }).click();
  await expect(collega.getByRole('region', { name: 'Wacht op akkoord leidinggevende' })).toBeVisible();
}

/** After the signature: the client told beforehand (mondeling), then the data shared. */
export async function verstrekNaDoorbreking(casemanager: Page) {
  const verstrekking = casemanager.getByRole('region', { name: 'Gegevens verstrekken' });
  await verstrekking.getByRole('combobox', { name: 'Hoe verteld' }).selectOption('mondeling');
  await verstrekking
    .getByLabel('Reactie van de cliënt', { exact: true })
    .fill('Ze was boos maar begreep het.');
  await verstrekking.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
  await verstrekking.getByRole('button', { name: 'Ja, verstrekking vastleggen' }).click();
  await expect(casemanager.getByText('Afgesloten: gedeeld zonder toestemming').first()).toBeVisible();
}

/**
 * Opens a deelverzoek the way its person does: from their werkvoorraad, by clicking its item in
 * the group that waits for them (never by typing the address). Returns the item's text.
 */
export async function viaWerkvoorraad(
  page: Page,
  groep: string | RegExp,
  url: string,
  pseudoniem = 'CL-1001',
) {
  const pad = new URL(url).pathname;
  const item = page
    .getByRole('region', { name: groep })
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="${pad}"]`) });
  await expect(item).toContainText(pseudoniem);
  const tekst = (await item.textContent()) ?? '';
  await item.getByRole('link').click();
  await expect(page).toHaveURL((u) => u.pathname === pad);
  return tekst;
}

/** The WCAG 2.1 AA violations axe-core finds on the page as it stands, one line each (empty is good). */
export async function wcagSchendingen(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(
    (v) => `${page.url()} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
