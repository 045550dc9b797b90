/// <reference lib="dom" />
// The functions passed to page.evaluate run in the browser, with its document.
import { expect, type Locator, type Page } from '@playwright/test';

// Keyboard-only moves for the e2e tests (issue 12): Tab, Shift+Tab, Enter, Space and typing,
// never a click. Every stop the focus makes on the way must be visible.

/** What has the focus, in words, for a failure message. */
export const gefocust = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'niets (body)';
    const naam = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${naam}`;
  });

/**
 * Whether the focused element shows it: an outline of at least 2px that is not transparent, or a
 * box-shadow ring (WCAG 2.4.7). A focus that only changes colour does not count.
 */
export const focusZichtbaar = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    const outline =
      s.outlineStyle !== 'none' &&
      Number.parseFloat(s.outlineWidth) >= 2 &&
      !/rgba\(.*,\s*0\)$|transparent/.test(s.outlineColor);
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  });

export async function verwachtZichtbareFocus(page: Page) {
  expect(await focusZichtbaar(page), `zichtbare focus op ${await gefocust(page)}`).toBe(true);
}

const heeftFocus = (doel: Locator) => doel.evaluate((el) => el === document.activeElement);

/**
 * Tab until `doel` has the focus: forward when it lies after the focus, back (Shift+Tab) when
 * before. Each stop on the way has a visible focus. Fails when the keyboard cannot reach it.
 */
export async function tabNaar(page: Page, doel: Locator, max = 80) {
  await expect(doel).toBeVisible();
  if (await heeftFocus(doel)) return;
  const terug = await doel.evaluate((el) => {
    const nu = document.activeElement;
    if (!nu || nu === document.body) return false;
    return Boolean(nu.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab');
    await verwachtZichtbareFocus(page);
    if (await heeftFocus(doel)) return;
  }
  throw new Error(
    `Met ${terug ? 'Shift+Tab' : 'Tab'} niet bereikt; de focus staat op ${await gefocust(page)}`,
  );
}

/** Tab to a field and type into it. */
export async function typ(page: Page, veld: Locator, tekst: string) {
  await tabNaar(page, veld);
  await page.keyboard.type(tekst);
}

/** Tab to a button or link and press Enter. */
export async function druk(page: Page, doel: Locator) {
  await tabNaar(page, doel);
  await page.keyboard.press('Enter');
}

/** Tab to a radio or checkbox and press Space. */
export async function kies(page: Page, keuze: Locator) {
  await tabNaar(page, keuze);
  await page.keyboard.press('Space');
  await expect(keuze).toBeChecked();
}

/** Tab to a select and type the start of an option's label (the browser selects it as you type). */
export async function kiesOptie(page: Page, select: Locator, label: string, begin = label.split(' ')[0]!) {
  await tabNaar(page, select);
  await page.keyboard.type(begin);
  await expect(select.locator('option:checked')).toHaveText(label);
}
