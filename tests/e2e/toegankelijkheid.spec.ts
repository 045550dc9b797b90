import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logIn, nieuwDeelverzoek } from './helpers';

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
