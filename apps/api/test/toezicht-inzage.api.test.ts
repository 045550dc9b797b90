import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFWEGING_TEKST,
  akkoord,
  collega,
  DOEL,
  legVast,
  leiding,
  ONTVANGER,
  oppakken,
  toetsing,
  totAfweging4,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { pdfTekst } from './support/pdf';
import { logIn, startStack } from './support/stack';

// Issue 11, the privacy officer's drill-down and deliberate inzage, against the real API, worker and
// PostgreSQL: the drill-down carries process metadata only; the file opens only with a stated
// reason, which lands in the access log and in that client's export, as JSON and as PDF.

const [sanne, , bakker] = demoClienten as [(typeof demoClienten)[0], unknown, (typeof demoClienten)[0]];
const REDEN = 'Klacht van de cliënt over het delen met de huisarts, nagaan wat er is gebeurd';

/** Shared under 4b two days ago: the client must still be told. */
const gedeeld4b = (client: typeof sanne) => (db: Parameters<typeof legVast>[0]) =>
  legVast(
    db,
    client,
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

describe('the privacy officer’s drill-down, inzien met reden and the export as PDF', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let ingrid: Awaited<ReturnType<typeof logIn>>;
  const ids = { sanne4b: '', bakker4b: '', gestart: '' };

  beforeAll(async () => {
    stack = await startStack();
    ids.sanne4b = await gedeeld4b(sanne)(stack.db.db);
    ids.bakker4b = await gedeeld4b(bakker)(stack.db.db);
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    // Started through the API: the worker writes its first step and logs that as itself.
    const start = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: 'Afstemmen van de hulp met de wijkverpleging',
      ontvangers: [{ organisatie: 'Wijkverpleging Oost', rol: 'wijkverpleging' }],
    });
    expect(start.status).toBe(201);
    ids.gestart = (await start.json()).id;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('shows where a deelverzoek stands, who holds it and the counts, and nothing of the file', async () => {
    const antwoord = await ingrid.get(`/toezicht/deelverzoeken/${ids.sanne4b}`);
    expect(antwoord.status).toBe(200);
    const d = await antwoord.json();
    expect(d).toMatchObject({
      deelverzoekId: ids.sanne4b,
      client: { id: sanne.id, pseudoniem: sanne.pseudoniem },
      team: sanne.team,
      status: 'informeren-achteraf',
      volgendeActie: 'informeren-achteraf',
      teLaat: false,
      aanZet: { rol: 'casemanager', medewerker: { gebruikerId: 'eva-smit', naam: 'Eva Smit' } },
      doorbreking: {
        afweging: '4a',
        fase: 'akkoord-gegeven',
        toetsing: { oordeel: 'eens' },
        akkoord: { besluit: 'akkoord' },
      },
      verstrekking: {
        basis: { soort: 'doorbreking', nietVoorafInformeren: true },
        voorafGeinformeerd: false,
        aantalOntvangers: 1,
      },
      informerenAchteraf: { gedaanOp: null, uitstelGevraagd: false, aantalUitstel: 0 },
    });
    expect(d.betrokkenen).toEqual([
      { taak: 'aanvrager', medewerker: { gebruikerId: 'eva-smit', naam: 'Eva Smit' } },
      { taak: 'toetser', medewerker: { gebruikerId: 'lotte-mulder', naam: 'Lotte Mulder' } },
      { taak: 'leidinggevende', medewerker: { gebruikerId: 'ahmed-yilmaz', naam: 'Ahmed Yilmaz' } },
      { taak: 'verstrekker', medewerker: { gebruikerId: 'eva-smit', naam: 'Eva Smit' } },
    ]);
    const { rows } = await stack.db.pool.query(
      'select soort, tekst from dossieraantekeningen where deelverzoek_id = $1',
      [ids.sanne4b],
    );
    expect(d.aantekeningen.totaal).toBe(rows.length);
    expect(d.aantekeningen.perSoort.find((s: { soort: string }) => s.soort === 'verstrekking')).toEqual({
      soort: 'verstrekking',
      label: 'Gegevens gedeeld',
      aantal: 1,
    });
    // No content: not the client's name, the doel, the recipient, the weighing or any entry's text.
    const tekst = JSON.stringify(d);
    for (const inhoud of [sanne.naam, DOEL, ONTVANGER, AFWEGING_TEKST, ...rows.map((r) => r.tekst)])
      expect(tekst).not.toContain(inhoud);
  });

  it('answers the drill-down of an unknown deelverzoek with 404, and not for a casemanager', async () => {
    expect((await ingrid.get('/toezicht/deelverzoeken/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await eva.get(`/toezicht/deelverzoeken/${ids.sanne4b}`)).status).toBe(403);
  });

  it('keeps the file closed on the ordinary routes, pointing to inzien met reden', async () => {
    for (const pad of [`/clienten/${sanne.id}`, `/clienten/${sanne.id}/dossieraantekeningen`]) {
      const r = await ingrid.get(pad);
      expect(r.status).toBe(403);
      expect((await r.json()).detail).toContain('Inzien met reden');
    }
    // Her werkvoorraad holds no open deelverzoeken (their doel is content).
    expect((await (await ingrid.get('/werkvoorraad')).json()).deelverzoeken).toEqual([]);
  });

  it('opens the file only with a reason, in Dutch when it is missing or too short', async () => {
    const zonder = await ingrid.post(`/toezicht/clienten/${sanne.id}/inzien`, {});
    expect(zonder.status).toBe(400);
    expect(JSON.stringify(await zonder.json())).toContain('Noem waarom u dit dossier opent');
    const kort = await ingrid.post(`/toezicht/clienten/${sanne.id}/inzien`, { reden: 'kijken' });
    expect(kort.status).toBe(400);
    expect((await kort.json()).fouten).toEqual([
      expect.objectContaining({ pad: 'reden', bericht: expect.stringContaining('minstens 15 tekens') }),
    ]);
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from toegangslog where handeling = 'toezichtInzien'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('opens the file with a reason, and logs who, in which role and why, in both logs', async () => {
    const r = await ingrid.post(`/toezicht/clienten/${sanne.id}/inzien`, { reden: `  ${REDEN} ` });
    expect(r.status).toBe(200);
    const inzage = await r.json();
    expect(inzage.client).toMatchObject({ id: sanne.id, naam: sanne.naam });
    expect(inzage.reden).toBe(REDEN);
    expect(inzage.dossier.map((a: { deelverzoekId: string }) => a.deelverzoekId)).toContain(ids.sanne4b);
    expect(JSON.stringify(inzage)).not.toContain(bakker.naam);

    const { rows } = await stack.db.pool.query(
      `select t.gebruiker_id, t.rollen, t.reden, t.deelverzoek_id, v.processing_activity_id
         from toegangslog t join verwerkingslog v on v.span_id = t.span_id
        where t.handeling = 'toezichtInzien' and t.client_id = $1`,
      [sanne.id],
    );
    expect(rows).toEqual([
      {
        gebruiker_id: 'ingrid-de-boer',
        rollen: ['privacy-officer'],
        reden: REDEN,
        deelverzoek_id: null,
        processing_activity_id: expect.stringMatching(/\/dossier-inzien$/),
      },
    ]);
  });

  it('puts the inzien with its reason and the worker’s own processing in that client’s export only', async () => {
    const inzage = await (await ingrid.get(`/clienten/${sanne.id}/inzage-export`)).json();
    expect(inzage.toegang).toContainEqual(
      expect.objectContaining({
        door: { gebruikerId: 'ingrid-de-boer', actor: null, naam: 'Ingrid de Boer' },
        rollen: ['privacy-officer'],
        handeling: 'toezichtInzien',
        reden: REDEN,
      }),
    );
    // The drill-down was a look at this client's process too.
    expect(inzage.toegang).toContainEqual(
      expect.objectContaining({ handeling: 'toezichtDeelverzoek', deelverzoekId: ids.sanne4b }),
    );
    // Rows of the worker, which has no account, are in the export too.
    expect(inzage.toegang).toContainEqual(
      expect.objectContaining({
        door: { gebruikerId: null, actor: 'systeem:worker', naam: 'Deelwijs (automatisch)' },
        rollen: [],
        handeling: 'legStapVast',
        deelverzoekId: ids.gestart,
      }),
    );
    expect(inzage.verstrekkingen.map((v: { deelverzoekId: string }) => v.deelverzoekId)).toEqual([
      ids.sanne4b,
    ]);
    const tekst = JSON.stringify(inzage);
    expect(tekst).not.toContain(ids.bakker4b);
    expect(tekst).not.toContain(bakker.id);

    const bakkers = await (await ingrid.get(`/clienten/${bakker.id}/inzage-export`)).json();
    expect(bakkers.toegang.map((t: { handeling: string }) => t.handeling)).not.toContain('toezichtInzien');
  });

  it('gives the same export as a readable PDF, of this client only', async () => {
    const r = await ingrid.get(`/clienten/${sanne.id}/inzage-export.pdf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(r.headers.get('content-disposition')).toContain(`inzage-${sanne.pseudoniem}.pdf`);
    const pdf = Buffer.from(await r.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(pdf);
    for (const verwacht of [
      'Wat is er over u gedeeld?',
      sanne.pseudoniem,
      'Welke gegevens wij deelden',
      ONTVANGER,
      'Nee, u hoorde het niet van tevoren.',
      'Wie uw dossier bekeek',
      'Ingrid de Boer (privacy officer) opende uw dossier voor controle.',
      'Deelwijs (automatisch) schreef een stap in uw dossier.',
      'Autoriteit Persoonsgegevens',
    ])
      expect(tekst).toContain(verwacht);
    // The reason may wrap; its first words are on one line.
    expect(tekst).toContain('Klacht van de cliënt');
    expect(tekst).not.toContain(bakker.pseudoniem);
    expect(tekst).not.toContain(bakker.naam);

    expect((await eva.get(`/clienten/${sanne.id}/inzage-export.pdf`)).status).toBe(403);
    // Asking for the PDF is itself on record.
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from toegangslog where handeling = 'clientInzageExportPdf' and client_id = $1`,
      [sanne.id],
    );
    expect(rows[0].n).toBe(1);
  });
});
