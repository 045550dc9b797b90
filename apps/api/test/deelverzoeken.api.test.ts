import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Antwoord, logIn, nieuwAccount, startStack } from './support/stack';

const [sanne] = demoClienten;
const youssef = demoClienten.find((c) => c.team === 'jeugdteam-zuid')!;
const geldig = {
  clientId: sanne!.id,
  doel: 'Afstemmen van de hulp met de huisarts',
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde', rol: 'huisarts' }],
};

describe('API against PostgreSQL, Temporal and the real worker', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let deelverzoekId: string;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  describe('deelverzoeken', () => {
    it('starts a deelverzoek: 201, Location, status afweging 1, and the first dossieraantekening', async () => {
      const response = await eva.post('/deelverzoeken', geldig);
      expect(response.status).toBe(201);
      const body = await response.json();
      deelverzoekId = body.id;
      expect(response.headers.get('location')).toBe(`/api/v1/deelverzoeken/${body.id}`);
      expect(body).toMatchObject({
        status: 'afweging-1',
        client: { pseudoniem: 'CL-1001' },
        aangemaaktDoor: { gebruikerId: 'eva-smit' },
      });
      const aantekeningen = await (await eva.get(`/deelverzoeken/${body.id}/dossieraantekeningen`)).json();
      expect(aantekeningen.map((a: { soort: string }) => a.soort)).toEqual(['deelverzoek-gestart']);
    });

    it('lists it with its status, paged', async () => {
      const lijst = await (await eva.get('/deelverzoeken?pagina=1&perPagina=10')).json();
      expect(lijst).toMatchObject({ pagina: 1, perPagina: 10, totaal: 1 });
      expect(lijst.items[0]).toMatchObject({
        id: deelverzoekId,
        statusLabel: 'Afweging 1: hoort de vraag bij mij?',
      });
    });

    it('answers bad input with problem+json in Dutch, per field, and stores nothing', async () => {
      const response = await eva.post('/deelverzoeken', { clientId: 'x', doel: 'kort', ontvangers: [] });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = await response.json();
      expect(problem.fouten).toEqual(
        expect.arrayContaining([
          { pad: 'clientId', bericht: 'Kies een bestaande cliënt.' },
          { pad: 'doel', bericht: 'Beschrijf het doel van het delen in minstens 10 tekens.' },
          { pad: 'ontvangers', bericht: 'Noem minstens één ontvanger.' },
        ]),
      );
      expect((await (await eva.get('/deelverzoeken')).json()).totaal).toBe(1);
    });

    it('answers malformed JSON with a Dutch problem', async () => {
      const response = await eva.post('/deelverzoeken', '{"doel": ');
      expect(response.status).toBe(400);
      expect((await response.json()).title).toBe('Ongeldig verzoek');
    });

    it('records afweging 1 through the workflow and refuses a second answer with the rule (422)', async () => {
      const eerste = await eva.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, {
        volgnummer: 1,
        opdracht: {
          soort: 'afweging-1',
          antwoord: {
            hoortBijMij: true,
            toelichting: 'Past bij mijn opdracht',
          },
        },
      });
      expect(eerste.status).toBe(200);
      // The answer is the page's whole view after the step, from the Update itself: no second request.
      const na = await eerste.json();
      expect(na).toMatchObject({
        status: 'afweging-2',
        volgnummer: 2,
        client: { pseudoniem: 'CL-1001' },
        proces: { status: 'afweging-2', volgnummer: 2, deelverzoek: { id: deelverzoekId } },
      });
      expect(na.aantekeningen.map((a: { soort: string }) => a.soort)).toEqual([
        'deelverzoek-gestart',
        'afweging-1',
      ]);
      expect(await (await eva.get(`/deelverzoeken/${deelverzoekId}/wizard`)).json()).toEqual(na);
      const tweede = await eva.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, {
        volgnummer: 2,
        opdracht: {
          soort: 'afweging-1',
          antwoord: {
            hoortBijMij: true,
            toelichting: 'Nog eens',
          },
        },
      });
      expect(tweede.status).toBe(422);
      expect((await tweede.json()).overtredingen).toEqual([
        expect.objectContaining({
          code: 'afweging-1-al-beantwoord',
          bron: expect.stringContaining('afweging 1'),
        }),
      ]);
      const aantekeningen = await (
        await eva.get(`/deelverzoeken/${deelverzoekId}/dossieraantekeningen`)
      ).json();
      expect(aantekeningen).toHaveLength(2);
    });

    it('serves the deelverzoek page in one request: deelverzoek, process, representatives, file', async () => {
      const view = await (await eva.get(`/deelverzoeken/${deelverzoekId}/wizard`)).json();
      expect(view).toMatchObject({
        id: deelverzoekId,
        status: 'afweging-2',
        afgesloten: false,
        volgendeActie: null,
        contentVersie: expect.any(String),
        client: { pseudoniem: 'CL-1001' },
        proces: { status: 'afweging-2', deelverzoek: { id: deelverzoekId } },
      });
      expect(view.vertegenwoordigers).toEqual(expect.any(Array));
      expect(view.aantekeningen).toHaveLength(2);
      const tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
      expect((await tom.get(`/deelverzoeken/${deelverzoekId}/wizard`)).status).toBe(404);
    });

    it('shows the process as the workflow holds it, for the wizard', async () => {
      const proces = await (await eva.get(`/deelverzoeken/${deelverzoekId}/proces`)).json();
      expect(proces).toMatchObject({
        deelverzoek: { id: deelverzoekId, status: 'afweging-2' },
        professional: { pet: 'sociaal-werker' },
        pogingen: [],
      });
    });

    it('refuses an unknown kind of opdracht with a Dutch 400 and writes nothing', async () => {
      const response = await eva.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, {
        volgnummer: 2,
        opdracht: { soort: 'alles-delen' },
      });
      expect(response.status).toBe(400);
      expect(
        (await (await eva.get(`/deelverzoeken/${deelverzoekId}/dossieraantekeningen`)).json()).length,
      ).toBe(2);
    });

    it('renders the verantwoording as HTML and as PDF from the file', async () => {
      const html = await (await eva.get(`/deelverzoeken/${deelverzoekId}/verantwoording`)).text();
      expect(html).toContain('Verantwoording deelverzoek CL-1001');
      expect(html).toContain('Afweging 1: hoort de vraag bij mij?');
      expect(html).toContain('Eva Smit');
      expect(html).not.toContain('Sanne'); // the account names the client by pseudonym only
      const pdf = await eva.get(`/deelverzoeken/${deelverzoekId}/verantwoording.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1500);
    });

    it('puts open deelverzoeken in the werkvoorraad, with what they wait for', async () => {
      const werkvoorraad = await (await eva.get('/werkvoorraad')).json();
      expect(werkvoorraad.deelverzoeken.map((d: { id: string }) => d.id)).toContain(deelverzoekId);
      expect(werkvoorraad.notificaties).toEqual([]);
      expect((await eva.post('/notificaties/bestaat-niet/gelezen', {})).status).toBe(404);
    });
  });

  describe('access (need to know)', () => {
    it('gives a casemanager of another team 404, never data, and an empty list', async () => {
      const tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
      for (const pad of [
        `/deelverzoeken/${deelverzoekId}`,
        `/deelverzoeken/${deelverzoekId}/dossieraantekeningen`,
        `/deelverzoeken/${deelverzoekId}/proces`,
        `/deelverzoeken/${deelverzoekId}/verantwoording`,
        `/deelverzoeken/${deelverzoekId}/verantwoording.pdf`,
      ]) {
        const response = await tom.get(pad);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('huisarts');
      }
      expect((await (await tom.get('/deelverzoeken')).json()).totaal).toBe(0);
      expect(
        (
          await tom.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, {
            volgnummer: 2,
            opdracht: {
              soort: 'afweging-1',
              antwoord: {
                hoortBijMij: true,
                toelichting: 'Wel van mij',
              },
            },
          })
        ).status,
      ).toBe(404);
      expect((await tom.post('/deelverzoeken', geldig)).status).toBe(404);
    });

    it('lists only clients of the own team', async () => {
      const tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
      const clienten = await (await tom.get('/clienten')).json();
      expect(clienten.items.map((c: { id: string }) => c.id)).toEqual([youssef.id]);
    });

    it('gives the privacy officer no deelverzoek and no caseload (need to know), nor a start', async () => {
      const ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
      const gelezen = await ingrid.get(`/deelverzoeken/${deelverzoekId}`);
      expect(gelezen.status).toBe(403);
      expect((await gelezen.json()).detail).toContain('Inzien met reden');
      expect((await ingrid.get(`/deelverzoeken/${deelverzoekId}/wizard`)).status).toBe(403);
      expect((await ingrid.get('/deelverzoeken')).status).toBe(403);
      expect((await ingrid.get('/clienten')).status).toBe(403);
      expect((await (await ingrid.get('/werkvoorraad')).json()).deelverzoeken).toEqual([]);
      expect((await ingrid.post('/deelverzoeken', geldig)).status).toBe(403);
    });

    it('gives the functioneel beheerder no client data', async () => {
      const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
      expect((await beheer.get('/deelverzoeken')).status).toBe(403);
      expect((await beheer.get('/clienten')).status).toBe(403);
    });

    it('refuses requests without a session (401) and changes without the CSRF token (403)', async () => {
      const anoniem = await (fetch as (...a: Parameters<typeof fetch>) => Promise<Antwoord>)(
        `${stack.baseUrl}/deelverzoeken`,
      );
      expect(anoniem.status).toBe(401);
      expect(anoniem.headers.get('content-type')).toContain('application/problem+json');
      expect((await eva.post('/deelverzoeken', geldig, { csrf: false })).status).toBe(403);
    });
  });

  describe('accounts (functioneel beheerder)', () => {
    const nieuw = {
      email: 'Nieuwe.Collega@demo.deelwijs.nl',
      naam: 'Nieuwe Collega',
      rollen: ['casemanager'],
      team: 'wijkteam-noord',
      pet: 'sociaal-werker',
      wachtwoord: 'een-lang-wachtwoord',
    };

    it('lets the functioneel beheerder invite someone who then sets a password and logs in', async () => {
      const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
      const { wachtwoord: _, ...uitnodiging } = nieuw;
      await nieuwAccount(stack.baseUrl, beheer, uitnodiging, 'een-lang-wachtwoord');
      const collega = await logIn(stack.baseUrl, 'nieuwe.collega@demo.deelwijs.nl', 'een-lang-wachtwoord');
      expect(await (await collega.get('/sessies/huidige')).json()).toMatchObject({
        naam: 'Nieuwe Collega',
        email: 'nieuwe.collega@demo.deelwijs.nl',
        rollen: ['casemanager'],
        pet: 'sociaal-werker',
        beroepsgeheim: 'algemeen',
      });
      const dubbel = await beheer.post('/gebruikers', uitnodiging);
      expect((await dubbel.json()).fouten).toEqual([
        { pad: 'email', bericht: 'Er is al een account met dit e-mailadres.' },
      ]);
      expect(
        (await (await beheer.get('/gebruikers')).json()).map((g: { email: string }) => g.email),
      ).toContain('nieuwe.collega@demo.deelwijs.nl');
    });

    it('refuses accounts to anyone else, and bad input in Dutch', async () => {
      expect((await eva.post('/gebruikers', { ...nieuw, email: 'x@demo.deelwijs.nl' })).status).toBe(403);
      expect((await eva.get('/gebruikers')).status).toBe(403);
      const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
      const fout = await (
        await beheer.post('/gebruikers', {
          ...nieuw,
          email: 'geen-adres',
          rollen: ['baas'],
          team: '',
        })
      ).json();
      expect(fout.fouten.map((f: { pad: string }) => f.pad)).toEqual(
        expect.arrayContaining(['email', 'rollen.0', 'team']),
      );
    });
  });

  describe('sessions', () => {
    it('refuses a wrong password in Dutch without saying which part was wrong', async () => {
      const response = await (fetch as (...a: Parameters<typeof fetch>) => Promise<Antwoord>)(
        `${stack.baseUrl}/sessies`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'leidinggevende@demo.deelwijs.nl', wachtwoord: 'fout' }),
        },
      );
      expect(response.status).toBe(400);
      expect((await response.json()).fouten).toEqual([
        { pad: 'wachtwoord', bericht: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.' },
      ]);
    });

    it('limits failed logins per account (429 after five)', async () => {
      const poging = () =>
        fetch(`${stack.baseUrl}/sessies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'collega@demo.deelwijs.nl', wachtwoord: 'fout' }),
        });
      const statussen = [];
      for (let i = 0; i < 6; i++) statussen.push((await poging()).status);
      expect(statussen).toEqual([400, 400, 400, 400, 400, 429]);
    });

    it('offers only the password login when no OIDC provider is configured', async () => {
      expect(await (await fetch(`${stack.baseUrl}/sessies/methoden`)).json()).toEqual({
        wachtwoord: true,
        oidc: false,
      });
      expect((await fetch(`${stack.baseUrl}/sessies/oidc`, { redirect: 'manual' })).status).toBe(404);
    });

    it('ends the session on logout', async () => {
      const ahmed = await logIn(stack.baseUrl, 'leidinggevende@demo.deelwijs.nl');
      expect((await ahmed.get('/sessies/huidige')).status).toBe(200);
      expect((await ahmed.delete('/sessies/huidige')).status).toBe(204);
      expect((await ahmed.get('/sessies/huidige')).status).toBe(401);
    });
  });

  it('serves the OpenAPI document and its docs page without a session', async () => {
    const document = await (
      await (fetch as (...a: Parameters<typeof fetch>) => Promise<Antwoord>)(`${stack.baseUrl}/openapi.json`)
    ).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/deelverzoeken/{id}/opdrachten');
    expect(
      document.paths['/deelverzoeken'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['clientId', 'doel', 'ontvangers']);
    const docs = await (fetch as (...a: Parameters<typeof fetch>) => Promise<Antwoord>)(
      `${stack.baseUrl}/docs`,
    );
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect(
      (
        await (fetch as (...a: Parameters<typeof fetch>) => Promise<Antwoord>)(
          `${stack.baseUrl}/docs/assets/swagger-ui-bundle.js`,
        )
      ).status,
    ).toBe(200);
  });
});
