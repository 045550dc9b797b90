import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { alsGebruiker, besluit, deelAcuut, screenshotPad } from './helpers';

// Issue 11, the privacy officer's day in a real browser: the overdue list and the chart, a
// drill-down that shows process metadata only, opening the file with a stated reason, the client's
// export as PDF and JSON with that opening in it, and the check of every dossier's chain.

const DOEL = 'Zorgen over de veiligheid thuis bespreken met de huisarts';
const REDEN = 'Klacht van de cliënt over het delen met de huisarts; nagaan wat er gebeurde';

test('the privacy officer’s day: list, chart, drill-down, inzien met reden, export and dossiercontrole', async ({
  browser,
}) => {
  // Shared in acute danger and refused afterwards: it stays on the privacy officer's list at once.
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await deelAcuut(casemanager, 'Zij was buiten bewustzijn; hulp moest nu komen.');
  const deelverzoekId = new URL(url).pathname.split('/').at(-1)!;
  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await leiding.goto(url);
  await besluit(
    leiding,
    'Acuut gedeeld: akkoord achteraf',
    /^Geen akkoord/,
    'Er was nog tijd om te overleggen.',
  );
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText('geen akkoord');

  // The list and the chart.
  const privacy = await alsGebruiker(browser, 'privacy@demo.deelwijs.nl');
  await privacy
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Toezicht' })
    .click();
  await expect(
    privacy
      .getByRole('region', { name: 'Overzicht' })
      .getByRole('img', { name: /Staafdiagram over 12 weken/ }),
  ).toBeVisible();
  const lijst = privacy.getByRole('region', { name: /Handtekeningen te laat of achteraf afgewezen/ });
  const rij = lijst
    .getByRole('row')
    .filter({ has: privacy.locator(`a[href="/toezicht/deelverzoeken/${deelverzoekId}"]`) });
  await expect(rij).toContainText('Acuut gedeeld, achteraf afgewezen');

  // The drill-down: where it stands and who held it, nothing of the file.
  await rij.getByRole('link', { name: 'CL-1001' }).click();
  await expect(privacy.getByRole('heading', { name: 'Deelverzoek van CL-1001', level: 1 })).toBeVisible();
  const stand = privacy.getByRole('region', { name: 'Waar het staat' });
  await expect(stand).toContainText('wijkteam-noord');
  await expect(privacy.getByRole('region', { name: 'Wie eraan werkte' })).toContainText('Eva Smit');
  const afweging = privacy.getByRole('region', { name: 'Toestemming, doorbreking en verstrekking' });
  await expect(afweging).toContainText('Acuut gedeeld, achteraf afgewezen');
  await expect(afweging).toContainText('cliënt niet vooraf verteld');
  await expect(privacy.getByRole('region', { name: /^Dossieraantekeningen \(\d+\)$/ })).toBeVisible();
  const main = privacy.getByRole('main');
  await expect(main).not.toContainText('Sanne de Vries');
  await expect(main).not.toContainText(DOEL);
  await expect(main).not.toContainText('Huisartsenpraktijk De Linde');
  await privacy.screenshot({ path: screenshotPad('toezicht-drilldown'), fullPage: true });

  // The ordinary page of the deelverzoek stays closed to her.
  await privacy.goto(url);
  await expect(privacy.getByRole('heading', { name: 'Geen toegang', level: 1 })).toBeVisible();
  await expect(privacy.getByRole('main')).toContainText('Inzien met reden');
  await privacy.goBack();

  // Opening the file: a reason first, too short is refused in Dutch.
  await privacy.getByRole('link', { name: /inzien met reden/ }).click();
  const inzien = privacy.getByRole('region', { name: 'Inzien met reden' });
  await inzien.getByLabel('Waarom opent u dit dossier?').fill('even kijken');
  await inzien.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(inzien.getByRole('alert')).toContainText('minstens 15 tekens');
  await inzien.getByLabel('Waarom opent u dit dossier?').fill(REDEN);
  await inzien.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(inzien.getByRole('heading', { name: 'Sanne de Vries' })).toBeVisible();
  await expect(inzien).toContainText(REDEN);
  await expect(
    inzien.getByRole('region', { name: /^Dossieraantekeningen/ }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await privacy.screenshot({ path: screenshotPad('toezicht-inzien'), fullPage: true });

  // The export: the PDF downloads; the JSON names her opening with its reason.
  const gedeeld = privacy.getByRole('region', { name: 'Wat is er over mij gedeeld?' });
  const [download] = await Promise.all([
    privacy.waitForEvent('download'),
    gedeeld.getByRole('link', { name: 'Download als PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('inzage-CL-1001.pdf');
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const clientId = new URL(privacy.url()).pathname.split('/').at(-1)!;
  const json = await (await privacy.request.get(`/api/v1/clienten/${clientId}/inzage-export`)).json();
  expect(json.client.pseudoniem).toBe('CL-1001');
  expect(json.toegang).toContainEqual(
    expect.objectContaining({ handeling: 'toezichtInzien', reden: REDEN, rollen: ['privacy-officer'] }),
  );
  expect(json.verstrekkingen.map((v: { deelverzoekId: string }) => v.deelverzoekId)).toContain(deelverzoekId);

  // The check of every dossier's chain.
  await privacy.getByRole('link', { name: 'Terug naar Toezicht' }).click();
  const controle = privacy.getByRole('region', { name: 'Dossiercontrole' });
  await controle.getByRole('button', { name: 'Dossiers nu controleren' }).click();
  await expect(controle).toContainText('Alles is in orde');
});
