import { expect, test } from '@playwright/test';
import { doorloopAfwegingen, logIn, screenshotPad } from './helpers';

// Issue 5's journey: client → wizard (afweging 1–3) → two consent attempts → consent → verstrekking
// → timeline → verantwoording as PDF. Every step goes through the API into the Temporal workflow.
const naam = `Ria Kuipers ${Math.random().toString(36).slice(2, 7)}`;

test('a casemanager takes a deelverzoek from question to a recorded verstrekking with consent', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');

  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('Geboortedatum').fill('1958-02-11');
  await page.getByRole('button', { name: 'Cliënt opslaan' }).click();
  await expect(page.getByRole('region', { name: 'Wie geeft toestemming?' })).toContainText(
    `${naam} (cliënt)`,
  );
  // Lists name her by this pseudonym only; her name stands on her own page.
  const pseudoniem = ((await page.getByTestId('pseudoniem').textContent()) ?? '').trim();

  await page.getByRole('link', { name: 'Nieuw deelverzoek' }).last().click();
  await page
    .getByLabel('Doel van het delen')
    .fill('Thuiszorg en wijkteam stemmen de hulp bij het huishouden af');
  await page.getByLabel('Organisatie van ontvanger 1').fill('Thuiszorg Oost');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();

  await doorloopAfwegingen(page);

  // Two attempts: first no answer, then yes
  const stap4 = page.getByRole('region', { name: 'Toestemming vragen' });
  await stap4.getByRole('combobox', { name: 'Uitkomst' }).selectOption('geen-antwoord');
  await stap4.getByRole('combobox', { name: 'Hoe' }).selectOption('telefoon');
  await stap4.getByRole('button', { name: 'Poging vastleggen' }).click();
  await expect(stap4.getByRole('list', { name: 'Pogingen' })).toContainText('Nog geen antwoord');
  await stap4.getByRole('combobox', { name: 'Uitkomst' }).selectOption('ja');
  await stap4
    .getByLabel('Wat zei de cliënt (in eigen woorden)?')
    .fill('Prima, als het de hulp makkelijker maakt.');
  await stap4.getByLabel('Ik heb uitgelegd dat de toestemming altijd in te trekken is').check();
  await stap4.getByRole('button', { name: 'Poging vastleggen' }).click();

  // Verstrekking
  const stap5 = page.getByRole('region', { name: 'Gegevens verstrekken' });
  await stap5.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
  await stap5.getByRole('button', { name: 'Ja, verstrekking vastleggen' }).click();
  await expect(page.getByText('Afgesloten: gedeeld met toestemming').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossieraantekeningen' })).toContainText(
    'Gedeeld (met toestemming)',
  );
  await page.screenshot({ path: screenshotPad('journey-gedeeld-met-toestemming'), fullPage: true });

  // The verantwoording as PDF
  const pdfLink = page.getByRole('link', { name: 'Verantwoording als PDF' });
  const response = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // The client's file shows the whole trail
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await page.getByPlaceholder('Zoek op naam of pseudoniem').fill(naam);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page
    .getByRole('row', { name: new RegExp(`^${pseudoniem} `) })
    .getByRole('link')
    .click();
  const dossier = page.getByRole('region', { name: 'Dossier' });
  for (const tekst of ['Deelverzoek gestart', 'Afweging 1', 'Gedeeld (met toestemming)'])
    await expect(dossier).toContainText(tekst);
});

test('refused consent leads to afweging 4, never to sharing; the deelverzoek can be withdrawn', async ({
  page,
}) => {
  await logIn(page, 'casemanager@demo.deelwijs.nl');
  await page.getByRole('link', { name: 'Nieuw deelverzoek' }).first().click();
  await expect(page).toHaveURL(/\/deelverzoeken\/nieuw$/);
  await page.getByLabel('Cliënt').selectOption({ label: 'CL-1001' });
  await page
    .getByLabel('Doel van het delen')
    .fill('Zorgen over de veiligheid thuis bespreken met de huisarts');
  await page.getByLabel('Organisatie van ontvanger 1').fill('Huisartsenpraktijk De Linde');
  await page.getByRole('button', { name: 'Deelverzoek starten' }).click();
  await doorloopAfwegingen(page);

  const stap = page.getByRole('region', { name: 'Toestemming vragen' });
  await stap.getByRole('combobox', { name: 'Uitkomst' }).selectOption('nee');
  await stap.getByLabel('Wat zei de cliënt (in eigen woorden)?').fill('Nee, dat wil ik niet.');
  await stap.getByRole('button', { name: 'Poging vastleggen' }).click();
  await expect(stap.getByRole('list', { name: 'Pogingen' })).toContainText('Nee, geweigerd');

  await stap.getByText('Geen toestemming: afweging 4 starten').click();
  await stap
    .getByLabel('Toelichting (komt in het dossier)')
    .last()
    .fill('Mevrouw weigert; de zorgen blijven groot.');
  await stap.getByRole('button', { name: 'Afweging 4 starten' }).click();
  await expect(page.getByText('Afweging 4: delen zonder toestemming').first()).toBeVisible();

  await page.getByText('Deelverzoek intrekken').click();
  await page
    .getByLabel('Waarom is delen niet meer nodig?')
    .fill('Mevrouw heeft zelf contact gezocht met de huisarts.');
  await page.getByRole('button', { name: 'Intrekken', exact: true }).click();
  // It asks first, says what will happen, and holds the focus until answered.
  const vraag = page.getByRole('alertdialog', { name: 'Intrekken: bevestigen' });
  await expect(vraag).toBeFocused();
  await expect(vraag).toContainText('Dit kunt u niet terugdraaien');
  await vraag.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByText('Afgesloten: ingetrokken').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossieraantekeningen' })).not.toContainText(
    'Gegevens gedeeld',
  );
});
