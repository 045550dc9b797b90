import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bewaartermijnQueries, controleerDossier } from '../src';
import { alsEigenaar, createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

const sleutel = randomBytes(32);
const OUD = '2000-03-01T09:00:00.000Z';
const LOG_GRENS = '2010-01-01T00:00:00.000Z';
const DOSSIER_GRENS = '2001-01-01T00:00:00.000Z';
const wegens = ['bewaartermijn-workflow', 'Bewaartermijn verstreken'] as const;

/** What the database said: drizzle wraps it, with the query, in an error of its own. */
const weigering = (poging: Promise<unknown>) =>
  poging.then(
    () => 'geen weigering',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

async function logregels(db: Db, clientId: string, op: string, aantal: number) {
  for (let i = 0; i < aantal; i++) {
    const moment = new Date(Date.parse(op) + i * 60_000).toISOString();
    await db.pool.query(
      `insert into toegangslog (op, actor, rollen, handeling, client_id, span_id) values ($1, 'systeem:test', '{}', 'test', $2, $3)`,
      [moment, clientId, `span-${i}`],
    );
    await db.pool.query(
      `insert into verwerkingslog (trace_id, span_id, name, status_code, start_time, end_time, processing_activity_id, data_subject_id, data_subject_id_type)
       values ('t', $1, 'test', 'OK', $2, $2, 'https://deelwijs.nl/verwerkingen/test', 'pseudoniem', 'client')`,
      [`span-${i}`, moment],
    );
  }
}

const tel = async (db: Db, tabel: string) =>
  (await db.pool.query<{ n: number }>(`select count(*)::int as n from ${tabel}`)).rows[0]!.n;

describe('measuring and removing what is past retention (PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('bewaartermijn_rapport');
  }, 60_000);
  afterAll(() => db?.drop());

  it('counts and removes old log rows through the owner functions, and leaves the young ones', async () => {
    const { clientId } = await clientMetKeten(db, 1);
    await logregels(db, clientId, OUD, 3);
    await logregels(db, clientId, new Date().toISOString(), 2);
    const q = bewaartermijnQueries(db.db);

    expect(await q.meet('toegangslog', LOG_GRENS)).toEqual({ verlopen: 3, oudste: OUD });
    expect(await q.meet('verwerkingslog', LOG_GRENS)).toEqual({ verlopen: 3, oudste: OUD });
    // Measuring removes nothing.
    expect(await tel(db, 'toegangslog')).toBe(5);

    expect(await q.verwijder('toegangslog', LOG_GRENS, ...wegens)).toEqual({ verwijderd: 3, geweigerd: 0 });
    expect(await q.verwijder('verwerkingslog', LOG_GRENS, ...wegens)).toEqual({
      verwijderd: 3,
      geweigerd: 0,
    });
    expect(await tel(db, 'toegangslog')).toBe(2);
    expect(await tel(db, 'verwerkingslog')).toBe(2);
    expect(await q.meet('toegangslog', LOG_GRENS)).toEqual({ verlopen: 0, oudste: null });
  });

  it('refuses, in the database, to take log rows younger than five years, whatever limit is asked', async () => {
    const q = bewaartermijnQueries(db.db);
    const vorigJaar = new Date(Date.now() - 365 * 86_400_000).toISOString();
    expect(await weigering(q.verwijder('toegangslog', vorigJaar, ...wegens))).toMatch(
      /^bewaartermijn: toegangslog van na .* blijft staan$/,
    );
    expect(await weigering(q.verwijder('verwerkingslog', vorigJaar, ...wegens))).toMatch(
      /^bewaartermijn: verwerkingslog van na .* blijft staan$/,
    );
  });

  it('gives the app role no way around the functions: no DELETE, no TRUNCATE, no report rewritten', async () => {
    for (const tabel of ['toegangslog', 'verwerkingslog', 'bewaartermijnrapporten']) {
      expect(await weigering(db.pool.query(`delete from ${tabel}`))).toMatch(/permission denied/);
      expect(await weigering(db.pool.query(`truncate ${tabel}`))).toMatch(/permission denied/);
    }
    expect(await weigering(db.pool.query('update bewaartermijnrapporten set verwijderen = false'))).toMatch(
      /permission denied/,
    );
    // The switch the dossier's function flips lets only the table owner through, not the app role.
    const c = await db.pool.connect();
    try {
      await c.query('begin');
      await c.query(`select set_config('deelwijs.bewaartermijn', 'verwijderen', true)`);
      expect(await weigering(c.query('delete from dossieraantekeningen'))).toMatch(/permission denied/);
    } finally {
      await c.query('rollback');
      c.release();
    }
  });

  it('removes old dossier chains per client with a tombstone, and the verification stays green', async () => {
    const heel = await clientMetKeten(db, 4, OUD);
    const kapot = await clientMetKeten(db, 4, OUD);
    await controleerDossier(db.db, sleutel);
    // Someone with the owner's access took an entry out of the second chain: the function will not
    // shorten a chain that is not whole, and the run counts that instead of hiding it.
    await alsEigenaar(db.ownerUrl, (c) =>
      c.query('delete from dossieraantekeningen where id = $1', [kapot.ids[1]]),
    );
    const q = bewaartermijnQueries(db.db);
    expect(await q.meet('dossieraantekeningen', DOSSIER_GRENS)).toEqual({ verlopen: 7, oudste: OUD });

    expect(await q.verwijder('dossieraantekeningen', DOSSIER_GRENS, ...wegens)).toEqual({
      verwijderd: 4,
      geweigerd: 1,
    });
    const { rows } = await db.pool.query('select client_id, aantal, door from dossierverwijderingen');
    expect(rows).toEqual([{ client_id: heel.clientId, aantal: 4, door: wegens[0] }]);
    expect((await controleerDossier(db.db, sleutel, { clientId: heel.clientId })).bevindingen).toEqual([]);
  });

  it('keeps a login count while its block runs, and removes old sessions and reminders', async () => {
    const q = bewaartermijnQueries(db.db);
    const grens = new Date(Date.now() - 30 * 86_400_000).toISOString();
    await db.pool.query(
      `insert into inlogpogingen (sleutel, mislukt, laatste_op, geblokkeerd_tot) values
         ('oud', 2, '2020-01-01', null), ('geblokkeerd', 9, '2020-01-01', now() + interval '1 day'), ('nieuw', 1, now(), null)`,
    );
    expect(await q.meet('inlogpogingen', grens)).toEqual({ verlopen: 1, oudste: '2020-01-01T00:00:00.000Z' });
    expect(await q.verwijder('inlogpogingen', grens, ...wegens)).toEqual({ verwijderd: 1, geweigerd: 0 });
    expect((await db.pool.query('select sleutel from inlogpogingen order by 1')).rows).toEqual([
      { sleutel: 'geblokkeerd' },
      { sleutel: 'nieuw' },
    ]);
    expect(await q.meet('sessies', grens)).toEqual({ verlopen: 0, oudste: null });
  });

  it('removes rolwijzigingen older than five years through their function, and spent invitations', async () => {
    const q = bewaartermijnQueries(db.db);
    await db.pool.query(
      `insert into gebruikers (id, email, naam, rollen, team, organisatietype, beroepsgeheim) values
         ('bewaar-beheer', 'bewaar-beheer@test.nl', 'Beheer', '["functioneel-beheerder"]', 'wijkteam-noord', 'wijkteam', 'algemeen'),
         ('bewaar-cm', 'bewaar-cm@test.nl', 'Casemanager', '["casemanager"]', 'wijkteam-noord', 'wijkteam', 'algemeen')`,
    );
    await db.pool.query(
      `insert into rolwijzigingen (op, door, voor, rol, wijziging, team, leest_clientgegevens) values
         ($1, 'bewaar-beheer', 'bewaar-cm', 'casemanager', 'toegekend', 'wijkteam-noord', true),
         (now(), 'bewaar-beheer', 'bewaar-cm', 'casemanager', 'ingetrokken', 'wijkteam-noord', true)`,
      [OUD],
    );
    expect(await q.meet('rolwijzigingen', LOG_GRENS)).toEqual({ verlopen: 1, oudste: OUD });
    expect(await q.verwijder('rolwijzigingen', LOG_GRENS, ...wegens)).toEqual({
      verwijderd: 1,
      geweigerd: 0,
    });
    expect(await tel(db, 'rolwijzigingen')).toBe(1);
    // Not younger than the access log they explain, whatever limit is asked; and no DELETE of its own.
    const vorigJaar = new Date(Date.now() - 365 * 86_400_000).toISOString();
    expect(await weigering(q.verwijder('rolwijzigingen', vorigJaar, ...wegens))).toMatch(
      /^bewaartermijn: rolwijzigingen van na .* blijven staan$/,
    );
    expect(await weigering(db.pool.query('delete from rolwijzigingen'))).toMatch(/permission denied/);

    // An invitation counts from when it expired: a spent one goes, a running one stays.
    await db.pool.query(
      `insert into uitnodigingen (token_hash, gebruiker_id, volgnummer, aangemaakt_door, verloopt_op, gebruikt_op) values
         ('oud', 'bewaar-cm', 1, 'bewaar-beheer', '2020-01-08', '2020-01-02'), ('lopend', 'bewaar-cm', 2, 'bewaar-beheer', now() + interval '7 days', null)`,
    );
    const grens = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect(await q.meet('uitnodigingen', grens)).toEqual({ verlopen: 1, oudste: '2020-01-08T00:00:00.000Z' });
    expect(await q.verwijder('uitnodigingen', grens, ...wegens)).toEqual({ verwijderd: 1, geweigerd: 0 });
    expect((await db.pool.query('select token_hash from uitnodigingen')).rows).toEqual([
      { token_hash: 'lopend' },
    ]);
  });

  it('writes one report per run, and lists the newest first', async () => {
    const q = bewaartermijnQueries(db.db);
    const regel = {
      soort: 'sessies',
      termijn: { aantal: 30, eenheid: 'dagen' },
      grens: '2026-01-01T00:00:00.000Z',
      verlopen: 2,
      oudste: '2025-12-01T00:00:00.000Z',
      verwijderd: 0,
      geweigerd: 0,
    };
    const rapport = (runId: string, gemetenOp: string) => ({
      runId,
      gemetenOp,
      beleidVersie: 'bewaartermijnen-2026.1',
      verwijderen: false,
      regels: [regel],
    });
    await q.legVast(rapport('run-1', '2026-01-31T00:00:00.000Z'));
    await q.legVast(rapport('run-1', '2026-01-31T00:00:00.000Z')); // a retried activity
    await q.legVast(rapport('run-2', '2026-02-01T00:00:00.000Z'));
    const laatste = await q.laatste(10);
    expect(laatste.map((r) => r.runId)).toEqual(['run-2', 'run-1']);
    expect(laatste[0]!.regels).toEqual([regel]);
  });
});
