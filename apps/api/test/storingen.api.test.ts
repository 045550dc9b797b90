import { createHash } from 'node:crypto';
import { demoClienten } from '@deelwijs/db/seed';
import { metEigenaar } from '@deelwijs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eigenPostgres, eigenTemporal } from './support/onderdelen';
import { type Antwoord, logIn, startStack } from './support/stack';

// Sanne (CL-1001), an adult without representatives, in Eva's team.
const sanne = demoClienten[0]!;
const DOEL = 'Afstemmen van de hulp met de huisarts van mevrouw';
const nieuw = {
  clientId: sanne.id,
  doel: DOEL,
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde', rol: 'huisarts' }],
};
const afweging1 = (toelichting: string, hoortBijMij = true) => ({
  soort: 'afweging-1',
  antwoord: hoortBijMij
    ? { hoortBijMij, toelichting }
    : { hoortBijMij, toelichting, doorverwezenNaar: 'GGD Noord- en Oost-Gelderland' },
});

type Sessie = Awaited<ReturnType<typeof logIn>>;

/** A command with the volgnummer of the state it is meant for (a new deelverzoek stands at 1). */
const stap = (eva: Sessie, id: string, opdracht: unknown, volgnummer = 1, sleutel?: string) =>
  eva.post(`/deelverzoeken/${id}/opdrachten`, { volgnummer, opdracht }, { sleutel });

async function expectProblem(response: Antwoord, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return response.json();
}

/** Answers within `ms`, whatever it answers: an outage must never make a request hang. */
async function binnen<T>(ms: number, verzoek: () => Promise<T>): Promise<{ antwoord: T; duur: number }> {
  const start = Date.now();
  const antwoord = await verzoek();
  const duur = Date.now() - start;
  expect(duur).toBeLessThan(ms);
  return { antwoord, duur };
}

async function maakDeelverzoek(eva: Sessie): Promise<string> {
  const response = await eva.post('/deelverzoeken', nieuw);
  expect(response.status).toBe(201);
  return (await response.json()).id;
}

const aantekeningen = async (eva: Sessie, id: string) =>
  (await (await eva.get(`/deelverzoeken/${id}/dossieraantekeningen`)).json()) as Array<{ soort: string }>;

describe('closed deelverzoeken, poison input and a step the database refuses', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Sessie;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  it('answers a command on a closed deelverzoek with 409 in Dutch, and /proces still answers', async () => {
    const id = await maakDeelverzoek(eva);
    const slot = await stap(eva, id, afweging1('Hoort bij de GGD', false));
    expect((await slot.json()).status).toBe('doorverwezen');
    // The workflow ends just after answering; until then the rules refuse (422), after that 409.
    let laatste: Antwoord | undefined;
    await expect
      .poll(
        async () => {
          laatste = await stap(eva, id, afweging1('Toch nog iets erbij'), 3);
          return laatste.status;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(409);
    const problem = await expectProblem(laatste!, 409);
    expect(problem).toMatchObject({ title: 'Dit deelverzoek is afgesloten' });
    expect(problem.detail).toMatch(/afgesloten.*geen stap meer/);
    // The process state of a closed deelverzoek stays readable: it was written with its last step.
    const proces = await eva.get(`/deelverzoeken/${id}/proces`);
    expect(proces.status).toBe(200);
    expect((await proces.json()).deelverzoek.status).toBe('doorverwezen');
    expect((await aantekeningen(eva, id)).map((a) => a.soort)).toEqual([
      'deelverzoek-gestart',
      'afweging-1',
      'afsluiting',
    ]);
  });

  it('refuses NUL and other control characters anywhere in a request with a 400 naming the field', async () => {
    const id = await maakDeelverzoek(eva);
    const nul = await stap(eva, id, afweging1('Past bij\u0000 mijn taak'));
    const problem = await expectProblem(nul, 400);
    expect(problem.fouten).toEqual([
      { pad: 'opdracht.antwoord.toelichting', bericht: expect.stringContaining('stuurteken') },
    ]);
    expect(problem.detail).toContain('‘opdracht.antwoord.toelichting’');
    // Nothing reached the workflow: the file and the process are as they were.
    expect(await aantekeningen(eva, id)).toHaveLength(1);
    expect((await (await eva.get(`/deelverzoeken/${id}/proces`)).json()).deelverzoek.status).toBe(
      'afweging-1',
    );

    const bel = await eva.post('/deelverzoeken', {
      ...nieuw,
      ontvangers: [{ organisatie: 'Huisarts\u0007 De Linde', rol: 'huisarts' }],
    });
    expect((await expectProblem(bel, 400)).fouten.map((f: { pad: string }) => f.pad)).toEqual([
      'ontvangers.0.organisatie',
    ]);
    const inQuery = await eva.get('/deelverzoeken?pagina=1%00');
    expect((await expectProblem(inQuery, 400)).fouten.map((f: { pad: string }) => f.pad)).toEqual(['pagina']);

    // Tab, line feed and carriage return are ordinary text; the same deelverzoek goes on.
    const goed = await stap(eva, id, afweging1('Past bij mijn taak:\n- eerste regel\r\n- tweede\tregel'));
    expect(goed.status).toBe(200);
    expect((await goed.json()).status).toBe('afweging-2');
  });

  it('answers a step the database refuses for good with a Dutch problem; the workflow goes on and the werkvoorraad shows it', async () => {
    // A rule in the database itself refuses this text for good (SQLSTATE 23514, an integrity violation);
    // only the owner may add one.
    await metEigenaar(stack.db.ownerUrl, (c) =>
      c.query(
        "alter table dossieraantekeningen add constraint test_weigert check (tekst not like '%WEIGER-DIT%')",
      ),
    );
    const id = await maakDeelverzoek(eva);
    const { antwoord } = await binnen(15_000, () =>
      stap(eva, id, afweging1('WEIGER-DIT: past bij mijn taak')),
    );
    const problem = await expectProblem(antwoord, 500);
    expect(problem).toMatchObject({ type: 'https://deelwijs.nl/problemen/niet-vastgelegd' });
    expect(problem.detail).toContain('kon niet worden vastgelegd');

    // The step did not happen: the file and the process are as they were; the werkvoorraad says why.
    expect(await aantekeningen(eva, id)).toHaveLength(1);
    expect((await (await eva.get(`/deelverzoeken/${id}/proces`)).json()).deelverzoek.status).toBe(
      'afweging-1',
    );
    const werkvoorraad = await (await eva.get('/werkvoorraad')).json();
    expect(werkvoorraad.deelverzoeken.find((d: { id: string }) => d.id === id)).toMatchObject({
      volgendeActie: 'storing',
      volgendeActieOp: expect.any(String),
    });

    // The same workflow takes the next command.
    const daarna = await stap(eva, id, afweging1('Past bij mijn taak'));
    expect(daarna.status).toBe(200);
    expect(await daarna.json()).toMatchObject({ status: 'afweging-2' });
    expect((await aantekeningen(eva, id)).map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1']);
    expect((await (await eva.get(`/deelverzoeken/${id}`)).json()).volgendeActie).not.toBe('storing');
    await metEigenaar(stack.db.ownerUrl, (c) =>
      c.query('alter table dossieraantekeningen drop constraint test_weigert'),
    );
  });

  it('answers a value the database cannot store with a 400 in Dutch, not a 500', async () => {
    // Year 0000 passes the ISO date check but not PostgreSQL (SQLSTATE 22008).
    const response = await eva.post('/clienten', {
      naam: 'Geheime Naam Jansen',
      geboortedatum: '0000-01-01',
    });
    const problem = await expectProblem(response, 400);
    expect(problem.detail).toContain('kan niet worden opgeslagen');
  });

  it('logs JSON lines only, without client data, query strings, query parameters, cookies or tokens', async () => {
    await eva.get('/deelverzoeken?pagina=1&zoek=Sanne+Verbeek');
    const api = stack.logboek();
    const worker = stack.workerLogboek();
    for (const [naam, log] of [
      ['api', api],
      ['worker', worker],
    ] as const) {
      const regels = log.split('\n').filter((r) => r.trim());
      expect(regels.length, naam).toBeGreaterThan(0);
      for (const regel of regels) expect(() => JSON.parse(regel), `${naam}: ${regel}`).not.toThrow();
      for (const geheim of [
        'Geheime Naam Jansen', // the failed insert's parameters
        '0000-01-01',
        'WEIGER-DIT', // the refused dossier text
        DOEL,
        'Huisartsenpraktijk',
        sanne.naam,
        'Sanne',
        'zoek=', // a query string
        eva.geheimen.sessie,
        eva.geheimen.csrf,
        createHash('sha256').update(eva.geheimen.sessie).digest('hex'), // the session lookup's parameter
        'deelwijs_sessie',
        'params:',
      ])
        expect(log, `${naam} logs ${geheim}`).not.toContain(geheim);
    }
    const api400 = api
      .split('\n')
      .filter((r) => r.includes('"code":"22008"'))
      .map((r) => JSON.parse(r));
    expect(api400[0]).toMatchObject({ level: 'warn', status: 400, route: '/api/v1/clienten' });
    const verzoeken = api
      .split('\n')
      .filter((r) => r.includes('"http":'))
      .map((r) => JSON.parse(r).http);
    expect(verzoeken).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        route: '/api/v1/deelverzoeken',
        path: '/api/v1/deelverzoeken',
      }),
    );
    expect(worker).toContain('database error 23514'); // the refusal is logged by its code
  });
});

describe('while the database is away', () => {
  let pg: Awaited<ReturnType<typeof eigenPostgres>>;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Sessie;

  beforeAll(async () => {
    pg = await eigenPostgres('storing');
    stack = await startStack({}, { databaseAdminUrl: pg.url });
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(async () => {
    await pg?.start().catch(() => undefined); // so the stack can drop its database
    await stack?.stop();
    await pg?.drop();
  });

  it('answers 503 with Retry-After in Dutch, names the database in readiness, and recovers by itself', async () => {
    const id = await maakDeelverzoek(eva);
    await pg.stop();

    const { antwoord: lijst } = await binnen(5_000, () => eva.get('/deelverzoeken'));
    const problem = await expectProblem(lijst, 503);
    expect(lijst.headers.get('retry-after')).toBe('5');
    expect(problem.detail).toContain('De database is even niet bereikbaar');
    const { antwoord: opdracht } = await binnen(5_000, () => stap(eva, id, afweging1('Past bij mijn taak')));
    await expectProblem(opdracht, 503);
    const { antwoord: gereed } = await binnen(5_000, () => fetch(`${stack.baseUrl}/gezondheid/gereed`));
    expect(gereed.status).toBe(503);
    expect(gereed.headers.get('retry-after')).toBe('5');
    expect(await gereed.json()).toMatchObject({
      ontbreekt: ['database'],
      detail: 'Deelwijs is niet gereed: de database is niet bereikbaar.',
    });
    expect((await fetch(`${stack.baseUrl}/gezondheid`)).status).toBe(200);
    // The pools' idle connections were cut (57P01); their error handlers kept both processes alive.
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.levend()).toBe(true);

    await pg.start();
    await expect
      .poll(() => fetch(`${stack.baseUrl}/gezondheid/gereed`).then((r) => r.status), {
        timeout: 20_000,
        interval: 250,
      })
      .toBe(200);
    expect((await eva.get(`/deelverzoeken/${id}`)).status).toBe(200);
    const verder = await stap(eva, id, afweging1('Past bij mijn taak'));
    expect(verder.status).toBe(200);
    expect((await aantekeningen(eva, id)).map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1']);
    expect(stack.levend()).toBe(true);
    expect(stack.logboek()).toContain('database connection lost while idle');
  });
});

describe('while Temporal is away', () => {
  let temporal: Awaited<ReturnType<typeof eigenTemporal>>;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Sessie;

  beforeAll(async () => {
    temporal = await eigenTemporal();
    stack = await startStack({}, { temporalAddress: temporal.address });
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(async () => {
    await stack?.stop();
    await temporal?.opruimen();
  });

  it('answers 503 with Retry-After in Dutch, names Temporal in readiness, and recovers by itself', async () => {
    const id = await maakDeelverzoek(eva);
    const voorDeStoring = await (await eva.get(`/deelverzoeken/${id}/proces`)).json();
    expect(voorDeStoring).toMatchObject({ status: 'afweging-1', volgnummer: 1 });
    await temporal.kill();

    // One key for the command and all its retries, as the dashboard does: applied once, answered alike.
    const sleutel = 'temporal-weg-afweging-1';
    const { antwoord: opdracht } = await binnen(30_000, () =>
      stap(eva, id, afweging1('Past bij mijn taak'), 1, sleutel),
    );
    const problem = await expectProblem(opdracht, 503);
    expect(opdracht.headers.get('retry-after')).toBe('5');
    expect(problem.detail).toMatch(/Temporal|verwerking/);
    const { antwoord: start } = await binnen(30_000, () => eva.post('/deelverzoeken', nieuw));
    expect((await expectProblem(start, 503)).detail).toContain('niet aangemaakt');
    const gereed = await fetch(`${stack.baseUrl}/gezondheid/gereed`);
    expect(gereed.status).toBe(503);
    expect(await gereed.json()).toMatchObject({ ontbreekt: ['temporal'] });
    // What needs only the database still works, the process state too: it is written with each step.
    expect((await eva.get(`/deelverzoeken/${id}`)).status).toBe(200);
    const { antwoord: proces } = await binnen(5_000, () => eva.get(`/deelverzoeken/${id}/proces`));
    expect(proces.status).toBe(200);
    expect(await proces.json()).toEqual(voorDeStoring);
    expect(stack.levend()).toBe(true);

    await temporal.start(); // the same SQLite file: the workflow is still there
    await expect
      .poll(() => fetch(`${stack.baseUrl}/gezondheid/gereed`).then((r) => r.status), {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(200);
    // The worker reconnects by itself too; a retry that finds it still catching up answers 503 again.
    // An earlier try that Temporal accepted anyway is the same Update (its id follows from the key).
    await expect
      .poll(async () => (await stap(eva, id, afweging1('Past bij mijn taak'), 1, sleutel)).status, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(200);
    await expect
      .poll(async () => (await aantekeningen(eva, id)).map((a) => a.soort), { timeout: 30_000 })
      .toEqual(['deelverzoek-gestart', 'afweging-1']);
    expect(stack.levend()).toBe(true);
  });
});
