import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

const jaarGeleden = (jaren: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - jaren);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
};

describe('clienten', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let tom: Awaited<ReturnType<typeof logIn>>;

  beforeAll(async () => {
    stack = await startStack();
    [eva, tom] = await Promise.all([
      logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl'),
      logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl'),
    ]);
  });
  afterAll(() => stack?.stop());

  it('creates a 14-year-old with two parents: both parents and the child must consent', async () => {
    const response = await eva.post('/clienten', {
      naam: 'Noor Hendriks',
      geboortedatum: jaarGeleden(14),
      vertegenwoordigers: [
        { naam: 'Ilse Hendriks', rol: 'ouder-met-gezag' },
        { naam: 'Bram Hendriks', rol: 'ouder-met-gezag' },
      ],
    });
    expect(response.status).toBe(201);
    const client = await response.json();
    expect(client.pseudoniem).toMatch(/^CL-[A-HJ-NP-Z2-9]{6}$/);
    expect(response.headers.get('location')).toBe(`/api/v1/clienten/${client.id}`);
    expect(client).toMatchObject({
      team: 'wijkteam-noord',
      toestemming: { ok: true, waarde: { regel: '12-tot-16', vereist: 'allen', leeftijd: 14 } },
    });
    expect(client.toestemming.waarde.toestemmers).toHaveLength(3);
  });

  it('says why consent cannot be settled for a minor without anyone holding gezag', async () => {
    const client = await (
      await eva.post('/clienten', { naam: 'Kind Zonder Gezag', geboortedatum: jaarGeleden(8) })
    ).json();
    expect(client.toestemming.ok).toBe(false);
    expect(client.toestemming.overtredingen[0].bericht).toMatch(/gezag/);
  });

  it('refuses bad input per field, in Dutch, and stores nothing', async () => {
    const voor = (await (await eva.get('/clienten?perPagina=100')).json()).totaal;
    const response = await eva.post('/clienten', {
      naam: 'X',
      geboortedatum: '14-03-1987',
      vertegenwoordigers: [{ naam: 'Oom', rol: 'oom' }],
    });
    expect(response.status).toBe(400);
    const { fouten } = await response.json();
    expect(fouten.map((f: { pad: string }) => f.pad)).toEqual(
      expect.arrayContaining(['naam', 'geboortedatum', 'vertegenwoordigers.0.rol']),
    );
    expect(fouten.find((f: { pad: string }) => f.pad === 'naam').bericht).toBe(
      'Vul de naam van de cliënt in (minstens 2 tekens).',
    );
    const toekomst = await eva.post('/clienten', { naam: 'Nog Niet Geboren', geboortedatum: '2999-01-01' });
    expect((await toekomst.json()).fouten).toEqual([
      { pad: 'geboortedatum', bericht: 'De geboortedatum ligt in de toekomst.' },
    ]);
    expect((await (await eva.get('/clienten?perPagina=100')).json()).totaal).toBe(voor);
  });

  it('finds clients by name or pseudonym, within the own team only', async () => {
    const zoek = (wie: typeof eva, zoekterm: string) => wie.post('/clienten/_zoek', { zoekterm });
    const opNaam = await (await zoek(eva, 'sanne')).json();
    expect(opNaam.items.map((c: { pseudoniem: string }) => c.pseudoniem)).toEqual(['CL-1001']);
    const opPseudoniem = await (await zoek(eva, 'cl-100')).json();
    expect(opPseudoniem.totaal).toBe(3);
    expect((await (await zoek(tom, 'sanne')).json()).totaal).toBe(0);
    expect((await zoek(eva, '%')).status).toBe(200);
    expect((await (await zoek(eva, '%')).json()).totaal).toBe(0);
  });

  it("hides another team's client and its file (404, no data)", async () => {
    const sanne = '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01';
    for (const pad of [`/clienten/${sanne}`, `/clienten/${sanne}/dossieraantekeningen`]) {
      const response = await tom.get(pad);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Sanne');
    }
  });

  it('shows the client file as a timeline across deelverzoeken', async () => {
    const sanne = '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01';
    for (const doel of ['Eerste afstemming met de huisarts', 'Tweede afstemming met de school']) {
      expect(
        (
          await eva.post('/deelverzoeken', {
            clientId: sanne,
            doel,
            ontvangers: [{ organisatie: 'Partner' }],
          })
        ).status,
      ).toBe(201);
    }
    const dossier = await (await eva.get(`/clienten/${sanne}/dossieraantekeningen`)).json();
    expect(dossier.map((a: { tekst: string }) => a.tekst)).toEqual([
      expect.stringContaining('Eerste afstemming'),
      expect.stringContaining('Tweede afstemming'),
    ]);
    expect(new Set(dossier.map((a: { deelverzoekId: string }) => a.deelverzoekId)).size).toBe(2);
  });

  it('shows who must consent for a demo client with a mentor (wilsonbekwaam adult)', async () => {
    const bakker = await (await eva.get('/clienten/7e4f0a36-3b5c-4d8e-9f1a-2b3c4d5e6f03')).json();
    expect(bakker.toestemming).toMatchObject({ ok: true, waarde: { regel: 'wilsonbekwame-volwassene' } });
    expect(bakker.vertegenwoordigers).toEqual([
      expect.objectContaining({ naam: 'J. Bakker', rol: 'mentor', rolLabel: 'mentor' }),
    ]);
  });
});
