import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  adviseer,
  alsGebruiker,
  besluit,
  screenshotPad,
  stelDoorbrekingVoor,
  VIJF,
  verstrekNaDoorbreking,
} from './helpers';

// Issue 12, a file people can read years later: after a doorbreking, the deelverzoek's file, the
// client's timeline and the verantwoording name people by name and role, give Dutch local times and
// labels, show the five conditions with their motivations, and carry no ids, ISO moments or codes.

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NL_TIJD =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d om \d\d:\d\d/;
const VERBODEN: Array<[string, RegExp]> = [
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
  ['ISO-tijdstip', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['gebruikers-id', /eva-smit|lotte-mulder|ahmed-yilmaz/],
  [
    'code',
    /client-weigert|geen-tijd|op basis van (doorbreking|toestemming)|Uitkomst: nee\.|\(overleg\)|: (eens|akkoord)\./,
  ],
];

async function geenAxeFouten(page: Page, waar: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    violations.map((v) => `${waar} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** What a reader sees in the file: names, Dutch time, labels, the reasoning; never an id or a code. */
async function leesbaar(dossier: Locator) {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, with breaks between terms and values.
  const tekst = (await dossier.innerText()).replace(/\s+/g, ' ');
  for (const [wat, patroon] of VERBODEN) expect(tekst, `${wat} in het dossier`).not.toMatch(patroon);
  expect(tekst).toMatch(NL_TIJD);
  for (const wie of [
    'Eva Smit (casemanager)',
    'Lotte Mulder (deskundige collega)',
    'Ahmed Yilmaz (leidinggevende)',
  ])
    expect(tekst).toContain(wie);
  expect(tekst).toContain('Reden: de cliënt (of vertegenwoordiger) weigert');
  for (const [i, vraag] of VIJF.entries())
    expect(tekst).toContain(`${i + 1}. ${vraag} Ja. Met het team nagegaan: vraag ${i + 1} geldt hier.`);
  expect(tekst).toContain('De cliënt zei: Nee, dat wil ik niet.');
  expect(tekst).toContain('Vooraf verteld aan de cliënt');
  expect(tekst).toContain('Ze was boos maar begreep het.');
  return tekst;
}

test('after a doorbreking the file reads as a record: names, Dutch times, labels and the five conditions', async ({
  browser,
}) => {
  const casemanager = await alsGebruiker(browser, 'casemanager@demo.deelwijs.nl');
  const url = await stelDoorbrekingVoor(casemanager);

  const collega = await alsGebruiker(browser, 'collega@demo.deelwijs.nl');
  await collega.goto(url);
  await adviseer(collega);

  const leiding = await alsGebruiker(browser, 'leidinggevende@demo.deelwijs.nl');
  await leiding.goto(url);
  await besluit(
    leiding,
    'Wacht op akkoord leidinggevende',
    /^Akkoord/,
    'Zorgvuldig afgewogen; delen is nodig.',
  );
  await expect(leiding.getByRole('region', { name: 'Besluiten' })).toContainText(
    'Ahmed Yilmaz (leidinggevende)',
  );

  await casemanager.reload();
  await verstrekNaDoorbreking(casemanager);

  // The deelverzoek's file.
  const dossier = casemanager.getByRole('region', { name: 'Dossieraantekeningen' });
  await expect(dossier.getByRole('article', { name: 'Besluit van de leidinggevende' })).toBeVisible();
  const tekst = await leesbaar(dossier);
  expect(tekst).toContain('Handtekening Naam Ahmed Yilmaz Rol leidinggevende');
  await casemanager.screenshot({ path: screenshotPad('dossier-leesbaar-deelverzoek'), fullPage: true });
  await geenAxeFouten(casemanager, 'deelverzoek');

  // The client's timeline: the same entries, readable.
  await casemanager.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await casemanager.getByPlaceholder('Zoek op naam of pseudoniem').fill('Sanne de Vries');
  await casemanager.getByRole('button', { name: 'Zoeken' }).click();
  // Found by her name, listed by her pseudonym.
  await casemanager
    .getByRole('row', { name: /^CL-1001 / })
    .getByRole('link')
    .click();
  await leesbaar(casemanager.getByRole('region', { name: 'Dossier' }));
  await geenAxeFouten(casemanager, 'cliënt');

  // The verantwoording: a heading per afweging, the reasoning, the signatures.
  const id = new URL(url).pathname.split('/').at(-1);
  await casemanager.goto(`/api/v1/deelverzoeken/${id}/verantwoording`);
  for (const kop of [
    'Afweging 1: hoort de vraag bij mij?',
    'Afweging 2: doel, gegevens en grondslag',
    'Afweging 3: nodig, in verhouding en geen lichtere weg',
    'Toestemming: de pogingen en wat er is gezegd',
    'Afweging 4: delen zonder toestemming',
    'De verstrekking',
    'Ondertekening',
  ])
    await expect(casemanager.getByRole('heading', { level: 2, name: kop })).toBeVisible();
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, with breaks between cells.
  const verantwoording = (await casemanager.locator('body').innerText()).replace(/\s+/g, ' ');
  for (const [wat, patroon] of VERBODEN) expect(verantwoording, wat).not.toMatch(patroon);
  expect(verantwoording).toContain('Zo delen we gegevens in Zutphen');
  expect(verantwoording).toMatch(/Akkoord leidinggevende\s+Ahmed Yilmaz \(leidinggevende\)/);
  await casemanager.screenshot({ path: screenshotPad('dossier-verantwoording'), fullPage: true });
  await geenAxeFouten(casemanager, 'verantwoording');
});
