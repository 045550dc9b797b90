import { standaardBeleid } from '@deelwijs/content';
import { toezichtQueries } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import { type Medewerker, type Opdracht, toestemmingsklok } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFWEGING_TEKST,
  acuteVerstrekking,
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
import { logIn, startStack } from './support/stack';

const sanne = demoClienten[0]!;
const youssef = demoClienten.find((c) => c.team === 'jeugdteam-zuid')!;
const DAG = 24 * 3600_000;
type Persoon = Awaited<ReturnType<typeof logIn>>;
type Stap = [Opdracht, Medewerker?];

/** A consent attempt a few minutes after a process that started `dagen` ago (legVast's clock). */
const pogingOp = (dagen: number) => new Date(Date.now() - dagen * DAG + 5 * 60_000);
/** Afweging 1–3: the process now asks for consent, nobody asked yet. */
const totToestemming = (dagen: number): Stap[] =>
  totAfweging4(false, pogingOp(dagen))
    .slice(0, 3)
    .map((o) => [o]);
/** Asked once, the client said no, and nothing happened after. */
const eenPoging = (dagen: number): Stap[] =>
  totAfweging4(false, pogingOp(dagen))
    .slice(0, 4)
    .map((o) => [o]);
const metToestemming = (dagen: number): Stap[] => [
  ...totToestemming(dagen),
  [
    {
      soort: 'toestemmingspoging',
      poging: {
        op: pogingOp(dagen).toISOString(),
        wijze: 'gesprek',
        partij: { soort: 'client' },
        uitkomst: 'ja',
        reikwijdte: {
          doel: DOEL,
          gegevens: ['relevante-hulpinformatie'],
          ontvangers: [ONTVANGER],
          wijze: 'schriftelijk',
          intrekkenUitgelegd: true,
        },
      },
    } as Opdracht,
  ],
  [verstrek],
];
const acuutGetekend: Stap[] = [
  ...totAfweging4(true).map((o) => [o] as Stap),
  [acuteVerstrekking],
  [akkoord('akkoord'), leiding],
];
const gedeeld4b = (dagen: number): Stap[] => [
  ...totAfweging4(false, pogingOp(dagen)).map((o) => [o] as Stap),
  [voorstel4b],
  [oppakken, collega],
  [toetsing, collega],
  [akkoord('akkoord'), leiding],
  [verstrek],
];

/** The local (Europe/Amsterdam) date of an instant, YYYY-MM-DD. */
const lokaleDatum = (t: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(t));
const plusDagen = (datum: string, n: number) =>
  new Date(Date.parse(`${datum}T12:00:00Z`) + n * DAG).toISOString().slice(0, 10);

describe('the privacy officer’s figures and stalled consent processes', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let ingrid: Persoon;
  let eva: Persoon;
  const ids = { vastEen: '', vastGeen: '', vastZuid: '', vers: '', acuut: '', verteld: '', oud: '', ja: '' };
  const ids2 = { b4: '', onGetekend: '', inToetsing: '' };

  beforeAll(async () => {
    stack = await startStack();
    [ingrid, eva] = (await Promise.all(
      ['privacy@demo.deelwijs.nl', 'casemanager@demo.deelwijs.nl'].map((e) => logIn(stack.baseUrl, e)),
    )) as [Persoon, Persoon];
    const db = stack.db.db;
    // Stalled: past the beslismoment (14 days) after an attempt; past the reminder with none.
    ids.vastEen = await legVast(db, sanne, eenPoging(20), 20);
    ids.vastGeen = await legVast(db, sanne, totToestemming(15), 15);
    ids.vastZuid = await legVast(db, youssef, eenPoging(30), 30);
    // Asked 2 days ago: the beslismoment is still ahead.
    ids.vers = await legVast(db, sanne, eenPoging(2), 2);
    // Shared without consent 40 days ago, told afterwards not yet: overdue.
    ids.acuut = await legVast(db, sanne, acuutGetekend, 40);
    ids.verteld = await legVast(
      db,
      sanne,
      [...acuutGetekend, [{ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } }]],
      45,
    );
    ids.oud = await legVast(db, sanne, acuutGetekend, 120); // outside the 12 weeks
    ids.ja = await legVast(db, sanne, metToestemming(15), 15);
    ids2.b4 = await legVast(db, youssef, gedeeld4b(8), 8);
    // Shared acutely 5 days ago, never signed: a late signature and an open doorbreking.
    ids2.onGetekend = await legVast(
      db,
      sanne,
      [...totAfweging4(true).map((o) => [o] as Stap), [acuteVerstrekking]],
      5,
    );
    // A 4b proposal waiting for review: an open doorbreking, nothing late.
    ids2.inToetsing = await legVast(
      db,
      sanne,
      [...totAfweging4(false, pogingOp(1)).map((o) => [o] as Stap), [voorstel4b]],
      1,
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const snapshot = async (id: string, veld: string) => {
    const r = await stack.db.pool.query(`select proces #>> $2 as t from deelverzoeken where id = $1`, [
      id,
      `{${veld},op}`,
    ]);
    return r.rows[0].t as string;
  };

  it('counts what is open now, per kind and per team', async () => {
    const r = await ingrid.get('/toezicht/overzicht');
    expect(r.status).toBe(200);
    const o = await r.json();
    expect(o.aantallen).toEqual({
      informerenAchterafTeLaat: 2, // acuut (40 days) and oud (120 days); verteld is done
      handtekeningenTeLaat: 1,
      toestemmingVastgelopen: 3,
      openDoorbrekingen: 2,
    });
    const noord = await (await ingrid.get('/toezicht/overzicht?team=wijkteam-noord')).json();
    expect(noord.aantallen.toestemmingVastgelopen).toBe(2);
    const zuid = await (await ingrid.get('/toezicht/overzicht?team=jeugdteam-zuid')).json();
    expect(zuid.aantallen).toEqual({
      informerenAchterafTeLaat: 0,
      handtekeningenTeLaat: 0,
      toestemmingVastgelopen: 1,
      openDoorbrekingen: 0,
    });
  });

  it('gives 12 ISO weeks, the current one last, each verstrekking in its own week', async () => {
    const o = await (await ingrid.get('/toezicht/overzicht')).json();
    type Week = {
      week: string;
      vanaf: string;
      metToestemming: number;
      zonderToestemming: number;
      doorbrekingen: number;
      informerenAfgerond: number;
    };
    const weken: Week[] = o.perWeek;
    expect(weken).toHaveLength(12);
    const vandaag = lokaleDatum(new Date().toISOString());
    const laatste = weken[11]!;
    expect(laatste.vanaf <= vandaag && vandaag < plusDagen(laatste.vanaf, 7)).toBe(true);
    expect(new Date(`${laatste.vanaf}T12:00:00Z`).getUTCDay()).toBe(1); // a Monday
    for (let i = 1; i < 12; i++) expect(weken[i]!.vanaf).toBe(plusDagen(weken[i - 1]!.vanaf, 7));
    const weekVan = (t: string) => {
      const d = lokaleDatum(t);
      return weken.findIndex((w) => w.vanaf <= d && d < plusDagen(w.vanaf, 7));
    };
    const som = (k: keyof Omit<Week, 'week' | 'vanaf'>) => weken.reduce((n, w) => n + w[k], 0);
    // In the window: acuut, verteld, b4, onGetekend without consent (all doorbrekingen), ja with it.
    expect(som('metToestemming')).toBe(1);
    expect(som('zonderToestemming')).toBe(4);
    expect(som('doorbrekingen')).toBe(4);
    expect(som('informerenAfgerond')).toBe(1);
    expect(weken[weekVan(await snapshot(ids.ja, 'verstrekking'))]!.metToestemming).toBe(1);
    expect(weken[weekVan(await snapshot(ids.verteld, 'informerenAchteraf'))]!.informerenAfgerond).toBe(1);
    const acuutWeek = weekVan(await snapshot(ids.acuut, 'verstrekking'));
    expect(acuutWeek).toBeGreaterThanOrEqual(0);
    expect(weken[acuutWeek]!.zonderToestemming).toBeGreaterThanOrEqual(1);
    expect(weekVan(await snapshot(ids.oud, 'verstrekking'))).toBe(-1);
    // The team filter: only youssef's 4b verstrekking in jeugdteam-zuid.
    const zuid = await (await ingrid.get('/toezicht/overzicht?team=jeugdteam-zuid')).json();
    expect(zuid.perWeek.reduce((n: number, w: Week) => n + w.zonderToestemming, 0)).toBe(1);
    expect(JSON.stringify(o)).not.toContain(sanne.pseudoniem);
  });

  it('lists stalled consent processes, longest stalled first, metadata only', async () => {
    const r = await ingrid.get('/toezicht/toestemming-vastgelopen');
    expect(r.status).toBe(200);
    const lijst = await r.json();
    type Item = { deelverzoekId: string; pogingen: number; team: string };
    expect(lijst.items.map((i: Item) => [i.deelverzoekId, i.pogingen, i.team])).toEqual([
      [ids.vastZuid, 1, 'jeugdteam-zuid'], // beslismoment 16 days ago
      [ids.vastGeen, 0, 'wijkteam-noord'], // reminder 3 working days after 15 days ago: 8–12 days ago on any weekday
      [ids.vastEen, 1, 'wijkteam-noord'], // beslismoment 6 days ago
    ]);
    expect(lijst.totaal).toBe(3);
    const [zuid] = lijst.items;
    // With an attempt, the moment that passed is the beslismoment: the consent clock's.
    expect(Date.parse(zuid.sinds)).toBe(
      Date.parse(toestemmingsklok(standaardBeleid, zuid.gevraagdVanaf).beslismoment),
    );
    const tekst = JSON.stringify(lijst);
    for (const geheim of [DOEL, AFWEGING_TEKST, sanne.naam, youssef.naam, ids.vers])
      expect(tekst).not.toContain(geheim);
    const pagina = await (
      await ingrid.get('/toezicht/toestemming-vastgelopen?perPagina=2&team=wijkteam-noord')
    ).json();
    expect(pagina.items.map((i: Item) => i.deelverzoekId)).toEqual([ids.vastGeen, ids.vastEen]);
    expect(pagina._links.self).toContain('team=wijkteam-noord');
  });

  it('refuses a malformed team in Dutch, and anyone but the privacy officer', async () => {
    const r = await ingrid.get('/toezicht/overzicht?team=Wijkteam%20Noord');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await r.json())).toContain('kleine letters');
    expect((await eva.get('/toezicht/overzicht')).status).toBe(403);
    expect((await eva.get('/toezicht/toestemming-vastgelopen')).status).toBe(403);
  });

  it('reads the stalled consent processes through the (volgende_actie, volgende_actie_op) index', async () => {
    const c = await stack.db.pool.connect();
    try {
      await c.query('begin');
      await c.query('set local enable_seqscan = off');
      const { sql, params } = toezichtQueries(stack.db.db)
        .toestemmingVastgelopenPagina({ nu: new Date().toISOString(), pagina: 1, perPagina: 20 })
        .toSQL();
      const r = await c.query(`explain ${sql}`, params as unknown[]);
      expect(r.rows.map((row) => Object.values(row).join(' ')).join('\n')).toContain(
        'deelverzoeken_volgende_actie_idx',
      );
    } finally {
      await c.query('rollback');
      c.release();
    }
  });
});
