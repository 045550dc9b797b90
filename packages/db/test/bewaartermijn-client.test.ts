import { randomBytes, randomUUID } from 'node:crypto';
import { AfgeslotenStatus } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bewaartermijnQueries, controleerDossier } from '../src';
import { createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

const sleutel = randomBytes(32);
const OUD = '2000-03-01T09:00:00.000Z';
const GRENS = '2001-01-01T00:00:00.000Z';
const wegens = ['bewaartermijn-workflow', 'Bewaartermijn verstreken'] as const;

/** What the database said: drizzle wraps it, with the query, in an error of its own. */
const weigering = (poging: Promise<unknown>) =>
  poging.then(
    () => 'geen weigering',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

const tel = async (db: Db, tabel: string, clientId: string, kolom = 'client_id') =>
  (
    await db.pool.query<{ n: number }>(`select count(*)::int as n from ${tabel} where ${kolom} = $1`, [
      clientId,
    ])
  ).rows[0]!.n;

/**
 * A client of 2000 as it would stand twenty years on: its chain, two closed deelverzoeken, a
 * representative, a consent and a reminder, all from then. The app role writes all of it (it may
 * update a deelverzoek and the head of a chain, as the product does), so no trigger is switched off.
 */
async function oudeClient(db: Db, opties: { open?: boolean } = {}) {
  const { clientId } = await clientMetKeten(db, 4, OUD);
  const status = opties.open ? 'afweging-2' : 'ingetrokken';
  await db.pool.query('update deelverzoeken set status = $2, bijgewerkt_op = $3 where client_id = $1', [
    clientId,
    status,
    OUD,
  ]);
  await db.pool.query('update dossierketens set bijgewerkt_op = $2 where client_id = $1', [clientId, OUD]);
  await db.pool.query('update clienten set aangemaakt_op = $2 where id = $1', [clientId, OUD]);
  await db.pool.query(
    `insert into vertegenwoordigers (id, client_id, naam, rol, aangemaakt_op) values ($1, $2, 'Oude Voogd', 'voogd', $3)`,
    [randomUUID(), clientId, OUD],
  );
  const { rows } = await db.pool.query<{ id: string }>(
    'select id from deelverzoeken where client_id = $1 order by id',
    [clientId],
  );
  await db.pool.query(
    `insert into toestemmingen (id, client_id, gegeven_in, gegeven_op, record) values ($1, $2, $3, $4, '{}'::jsonb)`,
    [randomUUID(), clientId, rows[0]!.id, OUD],
  );
  await db.pool.query(
    `insert into gebruikers (id, naam, email, rollen, team) values ('cm-oud', 'Oud', 'oud@example.org', '["casemanager"]', 'wijkteam-noord') on conflict do nothing`,
  );
  await db.pool.query(
    `insert into notificaties (id, gebruiker_id, deelverzoek_id, soort, tekst, aangemaakt_op) values ($1, 'cm-oud', $2, 'herinnering', 'Herinnering', $3)`,
    [randomUUID(), rows[0]!.id, OUD],
  );
  // Someone looked at the file last month: the access log keeps that its own five years.
  await db.pool.query(
    `insert into toegangslog (actor, rollen, handeling, client_id) values ('systeem:test', '{}', 'test', $1)`,
    [clientId],
  );
  return clientId;
}

describe("a client's own data at the end of retention (PostgreSQL)", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('bewaartermijn_client');
  }, 60_000);
  afterAll(() => db?.drop());

  it('keeps the list of closed statuses in the database equal to the domain', async () => {
    const { rows } = await db.pool.query<{ s: string[] }>('select deelverzoek_afgesloten_statussen() as s');
    expect([...rows[0]!.s].sort()).toEqual([...AfgeslotenStatus.options].sort());
  });

  it('removes a client only after its chain, with a tombstone; the logs and the verification stay', async () => {
    const clientId = await oudeClient(db);
    await controleerDossier(db.db, sleutel, { clientId });
    const q = bewaartermijnQueries(db.db);

    // While entries are left, the client's data is not past retention.
    expect(await q.meet('clientgegevens', GRENS)).toEqual({ verlopen: 0, oudste: null });
    expect(await q.verwijder('dossieraantekeningen', GRENS, ...wegens)).toEqual({
      verwijderd: 4,
      geweigerd: 0,
    });
    expect(await q.meet('clientgegevens', GRENS)).toEqual({ verlopen: 1, oudste: OUD });

    expect(await q.verwijder('clientgegevens', GRENS, ...wegens)).toEqual({ verwijderd: 1, geweigerd: 0 });
    expect(await tel(db, 'clienten', clientId, 'id')).toBe(0);
    for (const tabel of ['deelverzoeken', 'vertegenwoordigers', 'toestemmingen'])
      expect(await tel(db, tabel, clientId), tabel).toBe(0);
    expect(await tel(db, 'toegangslog', clientId)).toBe(1);
    const { rows } = await db.pool.query('select * from clientverwijderingen where client_id = $1', [
      clientId,
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        deelverzoeken: 2,
        vertegenwoordigers: 1,
        toestemmingen: 1,
        notificaties: 1,
        door: wegens[0],
        reden: wegens[1],
        database_rol: 'deelwijs_app',
      }),
    ]);
    expect(new Date(rows[0].laatste_wijziging).toISOString()).toBe(OUD);
    // The head, its tombstone and the signed checkpoint still account for the whole chain.
    expect((await controleerDossier(db.db, sleutel, { clientId })).bevindingen).toEqual([]);
    expect(await q.meet('clientgegevens', GRENS)).toEqual({ verlopen: 0, oudste: null });
  });

  it('keeps a client with open work, or with a change after the limit', async () => {
    const open = await oudeClient(db, { open: true });
    const veranderd = await oudeClient(db);
    const q = bewaartermijnQueries(db.db);
    await q.verwijder('dossieraantekeningen', GRENS, ...wegens);
    // A consent withdrawn last year is a change in the file: the twenty years start again.
    await db.pool.query('update toestemmingen set ingetrokken_op = now() where client_id = $1', [veranderd]);
    expect(await q.meet('clientgegevens', GRENS)).toEqual({ verlopen: 0, oudste: null });
    expect(await q.verwijder('clientgegevens', GRENS, ...wegens)).toEqual({ verwijderd: 0, geweigerd: 0 });
    // And the function itself, asked directly about a client that is not due, removes nothing.
    for (const clientId of [open, veranderd]) {
      const { rows } = await db.pool.query('select verwijder_verlopen_clientgegevens($1, $2, $3, $4) as id', [
        clientId,
        GRENS,
        ...wegens,
      ]);
      expect(rows[0].id).toBeNull();
      expect(await tel(db, 'clienten', clientId, 'id')).toBe(1);
    }
  });

  it('refuses, in the database, a limit younger than twenty years and a removal without who and why', async () => {
    const clientId = randomUUID();
    const vorigJaar = new Date(Date.now() - 365 * 86_400_000).toISOString();
    expect(
      await weigering(
        db.pool.query('select verwijder_verlopen_clientgegevens($1, $2, $3, $4)', [
          clientId,
          vorigJaar,
          ...wegens,
        ]),
      ),
    ).toMatch(/^bewaartermijn: cliëntgegevens van na .* blijven staan$/);
    expect(
      await weigering(
        db.pool.query('select verwijder_verlopen_clientgegevens($1, $2, $3, $4)', [clientId, GRENS, ' ', '']),
      ),
    ).toBe('bewaartermijn: wie en waarom zijn verplicht');
  });

  it('gives the app role no other way out: no DELETE of a client, deelverzoek or representative, no tombstone changed', async () => {
    for (const tabel of ['clienten', 'deelverzoeken', 'vertegenwoordigers', 'clientverwijderingen']) {
      expect(await weigering(db.pool.query(`delete from ${tabel}`)), tabel).toMatch(/permission denied/);
      expect(await weigering(db.pool.query(`truncate ${tabel}`)), tabel).toMatch(/permission denied/);
    }
    expect(await weigering(db.pool.query('update clientverwijderingen set reden = reden'))).toMatch(
      /permission denied/,
    );
  });
});
