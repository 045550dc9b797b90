import { conflictVanPlichtenVoorwaarden } from '@deelwijs/content';
import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  akkoord,
  collega,
  legVast,
  leiding,
  oppakken,
  toetsing,
  totAfweging4,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { pdfTekst } from './support/pdf';
import { logIn, startStack } from './support/stack';

// Issue 12, a file people can read years later: the client timeline, the deelverzoek's file and the
// verantwoording (HTML and PDF) render each stored entry at read time with names and roles, Dutch
// local time, labels for codes and the full reasoning, against the real API and PostgreSQL.

const [sanne] = demoClienten as [(typeof demoClienten)[0]];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CODES =
  /client-weigert|voorkomen-strafbare-feiten|op basis van doorbreking|eva-smit|lotte-mulder|ahmed-yilmaz|\(overleg\)|: (eens|akkoord)\./;

interface Leesbaar {
  titel: string;
  wie: { naam: string; rol: string | null };
  wanneer: string;
  tekst: string | null;
  uitspraken: { wie: string; woorden: string }[];
  onderdelen: { kop: string; regels: { naam: string; waarde: string }[] }[];
}

describe('the readable file', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let id = '';

  beforeAll(async () => {
    stack = await startStack({}, { zonderWorker: true });
    id = await legVast(
      stack.db.db,
      sanne,
      [
        ...totAfweging4(false, new Date(Date.now() - 3 * 24 * 3600_000)).map((o): [Opdracht] => [o]),
        [voorstel4b],
        [oppakken, collega],
        [toetsing, collega],
        [akkoord('akkoord'), leiding],
        [verstrek],
      ],
      2,
    );
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('gives every entry of the deelverzoek its readable form: names, roles, Dutch time, labels', async () => {
    const antwoord = await eva.get(`/deelverzoeken/${id}/dossieraantekeningen`);
    expect(antwoord.status).toBe(200);
    const rijen: Array<{ soort: string; tekst: string; leesbaar: Leesbaar }> = await antwoord.json();
    expect(rijen.length).toBeGreaterThan(8);
    for (const { leesbaar: l } of rijen) {
      expect(l.wanneer).toMatch(/^\d{1,2} [a-z]+ 20\d\d om \d\d:\d\d$/);
      const zichtbaar = JSON.stringify(l);
      expect(zichtbaar).not.toMatch(UUID);
      expect(zichtbaar).not.toMatch(ISO);
      expect(zichtbaar).not.toMatch(CODES);
    }
    const per = (soort: string) => rijen.find((r) => r.soort === soort)?.leesbaar;
    expect(per('afweging-1')?.wie).toEqual({ naam: 'Eva Smit', rol: 'casemanager' });
    expect(per('collegiale-toetsing')?.wie).toEqual({ naam: 'Lotte Mulder', rol: 'deskundige collega' });
    expect(per('afweging-4')?.tekst).toContain('Reden: de cliënt (of vertegenwoordiger) weigert');
    const vijf = per('doorbrekingsvoorstel')?.onderdelen.find((o) => o.kop === 'De vijf voorwaarden');
    expect(vijf?.regels.map((r) => r.naam)).toEqual(
      [...conflictVanPlichtenVoorwaarden]
        .sort((a, b) => a.nummer - b.nummer)
        .map((c) => `${c.nummer}. ${c.vraag}`),
    );
    expect(vijf?.regels.every((r) => r.waarde === 'Ja. Uitvoerig besproken en onderbouwd in het team.')).toBe(
      true,
    );
    expect(per('doorbrekingsvoorstel')?.onderdelen.map((o) => o.kop)).toContain(
      'De cliënt niet vooraf vertellen (afweging 4b)',
    );
    const handtekening = per('akkoord-leidinggevende')?.onderdelen.find((o) => o.kop === 'Handtekening');
    expect(handtekening?.regels.slice(0, 2)).toEqual([
      { naam: 'Naam', waarde: 'Ahmed Yilmaz' },
      { naam: 'Rol', waarde: 'leidinggevende' },
    ]);
    // The stored entries did not change: the raw text still carries its codes.
    expect(rijen.find((r) => r.soort === 'afweging-4')?.tekst).toContain('(client-weigert)');
  });

  it('names the colleagues of the deelverzoek page by name and role, so the screen needs no id', async () => {
    const wizard = await (await eva.get(`/deelverzoeken/${id}/wizard`)).json();
    expect(wizard.medewerkers).toEqual(
      expect.arrayContaining([
        { gebruikerId: 'lotte-mulder', naam: 'Lotte Mulder', rollen: ['deskundige collega', 'casemanager'] },
        expect.objectContaining({
          gebruikerId: 'ahmed-yilmaz',
          rollen: expect.arrayContaining(['leidinggevende']),
        }),
      ]),
    );
  });

  it('gives the client timeline the same readable entries', async () => {
    const tijdlijn: Array<{ deelverzoekId: string; leesbaar: Leesbaar }> = await (
      await eva.get(`/clienten/${sanne.id}/dossieraantekeningen`)
    ).json();
    const eigen = tijdlijn.filter((r) => r.deelverzoekId === id);
    expect(eigen.map((r) => r.leesbaar.titel)).toContain('Besluit van de leidinggevende');
    expect(JSON.stringify(eigen)).toContain('Uitvoerig besproken en onderbouwd in het team.');
  });

  it('writes the verantwoording as a document: headings per afweging, reasoning, signatures', async () => {
    const html = await (await eva.get(`/deelverzoeken/${id}/verantwoording`)).text();
    for (const kop of [
      '<h2>Afweging 1: hoort de vraag bij mij?</h2>',
      '<h2>Afweging 2: doel, gegevens en grondslag</h2>',
      '<h2>Afweging 3: nodig, in verhouding en geen lichtere weg</h2>',
      '<h2>Toestemming: de pogingen en wat er is gezegd</h2>',
      '<h2>Afweging 4: delen zonder toestemming</h2>',
      '<h2>De verstrekking</h2>',
      '<h2>Ondertekening</h2>',
    ])
      expect(html).toContain(kop);
    expect(html).toContain('Zo delen we gegevens in Zutphen');
    expect(html).not.toMatch(UUID);
    expect(html).not.toMatch(CODES);
    expect(html).not.toContain('Sanne'); // the account names the client by pseudonym only

    const pdf = await eva.get(`/deelverzoeken/${id}/verantwoording.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const tekst = pdfTekst(Buffer.from(await pdf.arrayBuffer()));
    for (const regel of [
      `Verantwoording deelverzoek ${sanne.pseudoniem}`,
      'Afweging 4: delen zonder toestemming',
      'De vijf voorwaarden',
      'Ondertekening',
      'Akkoord leidinggevende',
      'Ahmed Yilmaz (leidinggevende)',
      'Lotte Mulder (deskundige collega)',
      'Uitvoerig besproken en onderbouwd in het team.',
    ])
      expect(tekst).toContain(regel);
    expect(tekst).toMatch(/\d{1,2} [a-z]+ 20\d\d om \d\d:\d\d/);
    expect(tekst).not.toMatch(UUID);
    expect(tekst).not.toMatch(ISO);
    expect(tekst).not.toMatch(CODES);
  });

  it('shows the privacy officer the kinds of entry as labels, no more', async () => {
    const ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    const d = await (await ingrid.get(`/toezicht/deelverzoeken/${id}`)).json();
    expect(d.aantekeningen.perSoort).toContainEqual({
      soort: 'akkoord-leidinggevende',
      label: 'Besluit van de leidinggevende',
      aantal: 1,
    });
    expect(JSON.stringify(d)).not.toContain('Uitvoerig besproken');
  });
});
