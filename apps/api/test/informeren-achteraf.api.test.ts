import { standaardBeleid } from '@deelwijs/content';
import { werkvoorraadQueries } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import { informerenAchterafKlok, type Medewerker, type Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFWEGING_TEKST,
  acuteVerstrekking,
  akkoord,
  collega,
  DOEL,
  legVast,
  leiding,
  oppakken,
  toetsing,
  totAfweging4,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten[0]!;
const youssef = demoClienten.find((c) => c.team === 'jeugdteam-zuid')!;
const DAG = 24 * 3600_000;
type Persoon = Awaited<ReturnType<typeof logIn>>;
type Stap = [Opdracht, Medewerker?];

/** Shared at once in immediate danger, signed afterwards: the client did not know (steps 0–5). */
const acuutGetekend: Stap[] = [
  ...totAfweging4(true).map((o) => [o] as Stap),
  [acuteVerstrekking],
  [akkoord('akkoord'), leiding],
];
/** Afweging 4b: reviewed, signed and shared without telling the client first. */
const gedeeld4b = (dagen: number): Stap[] => [
  ...totAfweging4(false, new Date(Date.now() - dagen * DAG)).map((o) => [o] as Stap),
  [voorstel4b],
  [oppakken, collega],
  [toetsing, collega],
  [akkoord('akkoord'), leiding],
  [verstrek],
];

describe('the privacy officer’s list of clients still to be told afterwards', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let ingrid: Persoon;
  let eva: Persoon;
  let ahmed: Persoon;
  const ids = { lang: '', uitstel: '', zuid: '', bijna: '', later: '', verteld: '' };
  let uitstelTot = '';

  beforeAll(async () => {
    stack = await startStack();
    [ingrid, eva, ahmed] = (await Promise.all(
      ['privacy@demo.deelwijs.nl', 'casemanager@demo.deelwijs.nl', 'leidinggevende@demo.deelwijs.nl'].map(
        (e) => logIn(stack.baseUrl, e),
      ),
    )) as [Persoon, Persoon, Persoon];
    // Written days ago step by step, as the worker writes them (a minute apart; see legVast).
    const db = stack.db.db;
    ids.lang = await legVast(db, sanne, acuutGetekend, 40); // deadline 10 days ago
    ids.zuid = await legVast(db, youssef, acuutGetekend, 31); // 1 day ago, another team
    ids.bijna = await legVast(db, sanne, gedeeld4b(25), 25); // in 5 days
    ids.later = await legVast(db, sanne, gedeeld4b(10), 10); // in 20 days: not yet on the list
    ids.verteld = await legVast(
      db,
      sanne,
      [...acuutGetekend, [{ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } }]],
      45,
    );
    // 35 days ago, with an uitstel approved before the deadline that runs 90 s past it: the
    // acute verstrekking is step 4 (start + 6 min), the approval step 7 (start + 9 min).
    const begin = Date.now() - 35 * DAG;
    const verstrektOp = new Date(begin + 6 * 60_000).toISOString();
    uitstelTot = new Date(
      Date.parse(informerenAchterafKlok(standaardBeleid, verstrektOp).uiterlijk) + 90_000,
    ).toISOString();
    ids.uitstel = await legVast(
      db,
      sanne,
      [
        ...acuutGetekend,
        [
          {
            soort: 'uitstel',
            reden: 'bescherming-betrokkene',
            onderbouwing: 'Eerst haar veiligheid thuis regelen.',
            tot: uitstelTot,
          },
        ],
        [
          { soort: 'uitstel-besluit', besluit: { besluit: 'akkoord', toelichting: 'Eerst de veiligheid.' } },
          leiding,
        ],
      ],
      35,
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists open notifications overdue or due within 7 days, oldest deadline first, metadata only', async () => {
    const r = await ingrid.get('/toezicht/informeren-achteraf');
    expect(r.status).toBe(200);
    const lijst = await r.json();
    type Item = { deelverzoekId: string; route: string; teLaat: boolean };
    expect(lijst.items.map((i: Item) => [i.deelverzoekId, i.route, i.teLaat])).toEqual([
      [ids.lang, 'acuut-vitaal-belang', true],
      [ids.uitstel, 'acuut-vitaal-belang', true],
      [ids.zuid, 'acuut-vitaal-belang', true],
      [ids.bijna, 'niet-vooraf-informeren', false],
    ]);
    expect(lijst.totaal).toBe(4);
    const [lang, uitstel, , bijna] = lijst.items;
    expect(lang).toMatchObject({
      team: 'wijkteam-noord',
      client: { pseudoniem: sanne.pseudoniem },
      uitstelTot: null,
    });
    // The deadline is the clock's: 30 days after the verstrekking, moved by the approved uitstel.
    expect(Date.parse(lang.uiterlijk)).toBe(
      Date.parse(informerenAchterafKlok(standaardBeleid, lang.verstrektOp).uiterlijk),
    );
    expect(Date.parse(uitstel.uitstelTot)).toBe(Date.parse(uitstelTot));
    expect(Date.parse(uitstel.uiterlijk)).toBe(Date.parse(uitstelTot));
    expect(Date.parse(bijna.uiterlijk) - Date.now()).toBeGreaterThan(4 * DAG);
    expect(Date.parse(bijna.uiterlijk) - Date.now()).toBeLessThan(6 * DAG);
    const tekst = JSON.stringify(lijst);
    for (const geheim of [DOEL, AFWEGING_TEKST, sanne.naam, youssef.naam, ids.later, ids.verteld])
      expect(tekst).not.toContain(geheim);
  });

  it('pages, and narrows to one team', async () => {
    const eerste = await (await ingrid.get('/toezicht/informeren-achteraf?perPagina=3')).json();
    expect(eerste.items).toHaveLength(3);
    expect(eerste._links.volgende).toBe('/api/v1/toezicht/informeren-achteraf?pagina=2&perPagina=3');
    const zuid = await (await ingrid.get('/toezicht/informeren-achteraf?team=jeugdteam-zuid')).json();
    expect(zuid.items.map((i: { deelverzoekId: string }) => i.deelverzoekId)).toEqual([ids.zuid]);
    expect(zuid._links.self).toContain('team=jeugdteam-zuid');
  });

  it('refuses a malformed team in Dutch, and anyone but the privacy officer', async () => {
    const r = await ingrid.get('/toezicht/informeren-achteraf?team=Wijkteam%20Noord');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await r.json())).toContain('kleine letters');
    for (const wie of [eva, ahmed]) expect((await wie.get('/toezicht/informeren-achteraf')).status).toBe(403);
  });

  it('reads the deadline through the partial informeren-achteraf index', async () => {
    // The very query the list runs, with its parameters.
    const { sql, params } = werkvoorraadQueries(stack.db.db)
      .informerenAchterafPagina({
        tot: new Date(Date.now() + 7 * DAG).toISOString(),
        team: 'wijkteam-noord',
        pagina: 1,
        perPagina: 20,
      })
      .toSQL();
    // On a handful of rows the planner would rather scan; forbid that to see which index it takes.
    const c = await stack.db.pool.connect();
    const plan = await (async () => {
      try {
        await c.query('begin');
        await c.query('set local enable_seqscan = off');
        const r = await c.query(`explain ${sql}`, params as unknown[]);
        return r.rows.map((row) => Object.values(row).join(' ')).join('\n');
      } finally {
        await c.query('rollback');
        c.release();
      }
    })();
    expect(plan).toContain('deelverzoeken_informeren_idx');
  });
});
