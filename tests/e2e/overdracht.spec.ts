import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { alsGebruiker, nieuwDeelverzoek, screenshotPad } from './helpers';

// Issue 12, open work moves: the leidinggevende hands an absent casemanager's deelverzoek to a
// colleague, after a confirmation that says what will happen; the colleague finds it in their own
// werkvoorraad with a reminder that names it. Every page on the way is scanned for WCAG 2.1 AA.

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page: Page, waar: string, gevonden: string[]) {
  await expect(page.locator('h1').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  for (const v of violations)
    gevonden.push(`${waar} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a leidinggevende moves a deelverzoek to a colleague, who finds it in her werkvoorraad', async ({
  browser,
}) => {
  const gevonden: string[] = [];
  const eva = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await nieuwDeelverzoek(eva, false);
  const id = url.split('/').at(-1)!;
  const kort = id.slice(0, 8);
  await expect(eva.getByTestId('eigenaar')).toHaveText('Eva Smit');

  const ahmed = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await ahmed.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Team' }).click();
  await expect(ahmed.getByRole('heading', { name: 'Open werk van het team', level: 1 })).toBeVisible();
  await scan(ahmed, 'team', gevonden);
  const vanEva = ahmed.getByRole('region', { name: /^Eva Smit/ });
  const rij = vanEva
    .getByRole('row')
    .filter({ has: ahmed.getByRole('link', { name: `Deelverzoek ${kort} openen` }) });
  await rij.getByRole('checkbox').check();
  // The button says what is still missing until a colleague and a reason are given.
  await expect(vanEva.getByText(/Nog nodig: kies aan wie/)).toBeVisible();
  await vanEva.getByLabel('Aan wie').selectOption('fatima-bouzid');
  await vanEva.getByLabel('Reden (komt in het dossier)').fill('Eva is de komende drie weken afwezig.');
  await vanEva.getByRole('button', { name: 'Gekozen overdragen (1)' }).click();
  const vraag = vanEva.getByRole('alertdialog');
  await expect(vraag).toContainText('1 deelverzoek van Eva Smit overdragen aan Fatima Bouzid?');
  await expect(vraag).toContainText('Herinneringen en termijnen gaan naar Fatima Bouzid');
  await expect(vraag).toBeFocused();
  await scan(ahmed, 'team met bevestiging', gevonden);
  await vraag.getByRole('button', { name: 'Ja, overdragen' }).click();
  await expect(vanEva.getByRole('status')).toContainText('1 deelverzoek overgedragen.');
  await expect(
    ahmed
      .getByRole('region', { name: /^Fatima Bouzid/ })
      .getByRole('link', { name: `Deelverzoek ${kort} openen` }),
  ).toBeVisible();

  const fatima = await alsGebruiker(browser, 'wijkverpleging@demo.deelwijs.nl');
  const mijn = fatima.getByRole('region', { name: /Mijn open deelverzoeken/ });
  await expect(mijn.locator(`a[href="/deelverzoeken/${id}"]`)).toBeVisible();
  // The reminder says which deelverzoek it is about: the pseudonym and the start of its number.
  const melding = fatima.getByRole('link', { name: `Naar het deelverzoek voor CL-1001 (nummer ${kort})` });
  await expect(melding.first()).toBeVisible();
  await scan(fatima, 'werkvoorraad na overdracht', gevonden);
  await fatima.screenshot({ path: screenshotPad('werkvoorraad-na-overdracht'), fullPage: true });
  await melding.first().click();
  await expect(fatima.getByTestId('eigenaar')).toHaveText('Fatima Bouzid');
  await scan(fatima, 'deelverzoek na overdracht', gevonden);

  // Eva's own list no longer has it.
  await eva.goto('/werkvoorraad');
  await expect(
    eva.getByRole('region', { name: /Mijn open deelverzoeken/ }).locator(`a[href="/deelverzoeken/${id}"]`),
  ).toHaveCount(0);
  expect(gevonden).toEqual([]);
});
