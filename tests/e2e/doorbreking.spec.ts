import { expect, test } from '@playwright/test';
import {
  alsGebruiker,
  besluit,
  deelAcuut,
  screenshotPad,
  stelDoorbrekingVoor,
  verstrekNaDoorbreking,
  viaWerkvoorraad,
} from './helpers';

// Issue 10: a doorbreking end to end, each person in their own browser session. The casemanager
// proposes, the deskundige collega reviews, the leidinggevende signs; nobody acts for another.

test('a doorbreking: the casemanager proposes, the collega advises, the leidinggevende signs, then the client is told and the data shared', async ({
  browser,
}) => {
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await stelDoorbrekingVoor(casemanager);
  const toetsing = casemanager.getByRole('region', { name: 'Wacht op collegiale toetsing' });
  await expect(toetsing.getByRole('status')).toContainText('de pool van deskundige collega’s van het team');

  // Need to know: before his signature is needed, the leidinggevende is told so, and sees nothing of it.
  const nogNiet = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await nogNiet.goto(url);
  await expect(nogNiet.getByRole('heading', { name: 'Geen toegang', level: 1 })).toBeVisible();
  await expect(nogNiet.getByText('U bent niet betrokken bij dit deelverzoek.')).toBeVisible();
  await expect(nogNiet.getByText('Haar veiligheid thuis staat op het spel.')).toHaveCount(0);
  await nogNiet.close();

  // The deskundige collega takes it from the pool and advises.
  const collega = await alsGebruiker(browser, 'collega@demo.deelwijs.nl');
  expect(await viaWerkvoorraad(collega, 'In de pool van mijn team', url)).toContain('Afweging 4a');
  // Before taking it she sees only what the pool shows; taking it opens the whole weighing.
  await expect(collega.getByText('Haar veiligheid thuis staat op het spel.')).toHaveCount(0);
  await collega
    .getByRole('region', { name: 'Collegiale toetsing in de pool van uw team' })
    .getByRole('button', { name: 'Toetsing oppakken' })
    .click();
  const bijCollega = collega.getByRole('region', { name: 'Wacht op collegiale toetsing' });
  await expect(bijCollega.getByRole('status')).toContainText('wacht op Lotte Mulder (deskundige collega)');
  await expect(bijCollega.getByRole('status')).not.toContainText('lotte-mulder');
  await expect(bijCollega.getByRole('region', { name: 'De weging' })).toContainText(
    'Haar veiligheid thuis staat op het spel.',
  );
  await bijCollega
    .getByRole('group', { name: 'Uw advies' })
    .getByLabel('Eens met het voorstel', { exact: true })
    .check();
  await bijCollega
    .getByLabel('Waarom? (komt in het dossier)')
    .fill('De vijf vragen zijn zorgvuldig beantwoord.');
  await bijCollega.getByRole('button', { name: 'Advies vastleggen' }).click();
  await expect(collega.getByRole('region', { name: 'Wacht op akkoord leidinggevende' })).toBeVisible();
  await expect(collega.getByRole('button', { name: 'Besluit nemen' })).toHaveCount(0);

  // The leidinggevende signs on one page with the whole weighing.
  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await viaWerkvoorraad(leiding, 'Wachten op mijn akkoord', url);
  await expect(leiding.getByRole('region', { name: 'De weging' })).toContainText(
    'De vijf vragen zijn zorgvuldig beantwoord.',
  );
  await besluit(
    leiding,
    'Wacht op akkoord leidinggevende',
    /^Akkoord/,
    'Zorgvuldig afgewogen; delen is nodig.',
  );
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText(
    'Besluit: akkoord, de doorbreking is ondertekend',
  );
  await expect(leiding.getByRole('button', { name: 'Verstrekking vastleggen' })).toHaveCount(0);

  // The casemanager sees the decision, records telling the client beforehand, then the verstrekking.
  await casemanager.reload();
  await expect(casemanager.getByRole('region', { name: 'Besluiten' })).toContainText(
    'Zorgvuldig afgewogen; delen is nodig.',
  );
  await verstrekNaDoorbreking(casemanager);
  await expect(casemanager.getByRole('region', { name: 'Dossieraantekeningen' })).toContainText(
    'Gedeeld (doorbreking van de zwijgplicht',
  );
  await casemanager.screenshot({ path: screenshotPad('doorbreking-gedeeld'), fullPage: true });
});

test('acute vitaal belang: shared first, the leidinggevende refuses afterwards and the refusal stays beside the verstrekking', async ({
  browser,
}) => {
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await deelAcuut(casemanager, 'Zij was buiten bewustzijn; de huisarts moest nu komen.');

  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  // Shared already: the item says so, whatever else waits for a signature.
  expect(await viaWerkvoorraad(leiding, 'Wachten op mijn akkoord', url)).toContain('Acuut gedeeld');
  await besluit(
    leiding,
    'Acuut gedeeld: akkoord achteraf',
    /^Geen akkoord/,
    'Er was nog tijd om eerst te overleggen.',
  );
  // The refusal has landed before the casemanager looks (the dialog does not wait for it).
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText('geen akkoord');

  await casemanager.reload();
  const besluiten = casemanager.getByRole('region', { name: 'Besluiten' });
  await expect(besluiten).toContainText('geen akkoord');
  await expect(besluiten).toContainText('De verstrekking is gebeurd en blijft vastgelegd');
  await expect(casemanager.getByRole('region', { name: 'Dossieraantekeningen' })).toContainText(
    'Acuut gedeeld, vóór het akkoord van de leidinggevende',
  );
  await casemanager.screenshot({ path: screenshotPad('doorbreking-acuut-afgewezen'), fullPage: true });

  // The privacy officer finds it on the list of sign-offs, by team, without the weighing.
  const privacy = await alsGebruiker(browser, 'privacy@demo.deelwijs.nl');
  await privacy
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Toezicht' })
    .click();
  await privacy.getByRole('combobox', { name: 'Team' }).selectOption('wijkteam-noord');
  await privacy.getByRole('button', { name: 'Toon' }).click();
  await expect(privacy).toHaveURL(/team=wijkteam-noord/);
  const lijst = privacy.getByRole('region', { name: /Handtekeningen te laat of achteraf afgewezen/ });
  await expect(
    lijst
      .getByRole('row')
      .filter({ hasText: 'Acuut gedeeld, achteraf afgewezen' })
      .filter({ hasText: 'CL-1001' }),
  ).not.toHaveCount(0);
  await expect(lijst).not.toContainText('De zorgen over de veiligheid');
  await expect(lijst).not.toContainText('jeugdteam-zuid');
});
