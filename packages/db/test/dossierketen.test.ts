import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controleerDossier, deelverzoekQueries, ketenHash, onderteken } from '../src';
import { createTestDatabase, alsEigenaar as eigenaar } from '../src/testing';
import { clientMetKeten, type Db, start } from './support/keten';

const sleutel = randomBytes(32);

/** As an attacker with the owner's rights would: connected as the owner, the append-only triggers off. */
const alsEigenaar = (db: Db, ...statements: Array<[string, unknown[]]>) =>
  eigenaar(db.ownerUrl, async (c) => {
    for (const [sql, params] of statements) await c.query(sql, params);
  });

const bevindingen = async (db: Db, clientId: string) =>
  (await controleerDossier(db.db, sleutel, { clientId })).bevindingen.map(
    ({ soort, aantekeningId, ketenVolgnummer }) => ({ soort, aantekeningId, ketenVolgnummer }),
  );

describe('the hash-chained dossier on PostgreSQL', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('dossierketen');
  }, 60_000);
  afterAll(() => db?.drop());

  it('links every entry of a client to the one before, also under concurrent writes, and signs a checkpoint', async () => {
    const clientId = randomUUID();
    await db.pool.query(
      `insert into clienten (id, pseudoniem, naam, geboortedatum, team) values ($1, $2, 'Gelijktijdig', '1980-01-01', 'wijkteam-noord')`,
      [clientId, `CL-${clientId.slice(0, 8)}`],
    );
    // Twenty deelverzoeken of one client written at once, each step twice (a retry).
    const stappen = Array.from({ length: 20 }, () => start(clientId));
    const schrijf = (s: (typeof stappen)[number]) =>
      deelverzoekQueries(db.db).legStapVast({
        ...s,
        volgnummer: 1,
        op: s.deelverzoek.aangemaaktOp,
        volgende: { actie: null, op: null },
      });
    await Promise.all([...stappen, ...stappen].map(schrijf));
    const { rows } = await db.pool.query(
      'select keten_volgnummer, vorige_hash, hash from dossieraantekeningen where client_id = $1 order by keten_volgnummer',
      [clientId],
    );
    expect(rows.map((r) => r.keten_volgnummer)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    rows.forEach((r, i) => {
      if (i > 0) expect(r.vorige_hash).toBe(rows[i - 1].hash);
    });
    const uitslag = await controleerDossier(db.db, sleutel, { clientId });
    expect(uitslag).toMatchObject({
      clienten: 1,
      aantekeningen: 20,
      bevindingen: [],
      nieuweControlepunten: 1,
    });
    // Nothing new since: no second checkpoint.
    expect((await controleerDossier(db.db, sleutel, { clientId })).nieuweControlepunten).toBe(0);
  });

  it('names an altered entry', async () => {
    const { clientId, ids } = await clientMetKeten(db, 6);
    await controleerDossier(db.db, sleutel, { clientId });
    await alsEigenaar(db, [`update dossieraantekeningen set tekst = 'Iets anders' where id = $1`, [ids[2]]]);
    expect(await bevindingen(db, clientId)).toEqual([
      { soort: 'gewijzigd', aantekeningId: ids[2], ketenVolgnummer: 3 },
    ]);
  });

  it('names an altered entry whose hash the attacker recomputed, by the broken link after it', async () => {
    const { clientId, ids } = await clientMetKeten(db, 6);
    const { rows } = await db.pool.query('select * from dossieraantekeningen where id = $1', [ids[1]]);
    const r = rows[0];
    const vervalst = ketenHash(
      {
        id: r.id,
        deelverzoekId: r.deelverzoek_id,
        clientId: r.client_id,
        soort: r.soort,
        tekst: 'Vervalst',
        door: r.door,
        op: r.op,
        contentVersie: r.content_versie,
        beleidVersie: r.beleid_versie,
      },
      r.vorige_hash,
    );
    await alsEigenaar(db, [
      `update dossieraantekeningen set tekst = 'Vervalst', hash = $2 where id = $1`,
      [ids[1], vervalst],
    ]);
    expect(await bevindingen(db, clientId)).toEqual([
      { soort: 'verwijderd', aantekeningId: undefined, ketenVolgnummer: 2 },
    ]);
  });

  it('names a removed entry, and moved entries', async () => {
    const weg = await clientMetKeten(db, 6);
    await alsEigenaar(db, ['delete from dossieraantekeningen where id = $1', [weg.ids[3]]]);
    expect(await bevindingen(db, weg.clientId)).toEqual([
      { soort: 'verwijderd', aantekeningId: undefined, ketenVolgnummer: 4 },
    ]);

    const verplaatst = await clientMetKeten(db, 6);
    // Swap positions 3 and 4 (through a free number: a position is unique per client).
    const zet = (van: number, naar: number): [string, unknown[]] => [
      'update dossieraantekeningen set keten_volgnummer = $3 where client_id = $1 and keten_volgnummer = $2',
      [verplaatst.clientId, van, naar],
    ];
    await alsEigenaar(db, zet(3, -3), zet(4, 3), zet(-3, 4));
    const gevonden = await bevindingen(db, verplaatst.clientId);
    expect(gevonden.every((b) => b.soort === 'volgorde')).toBe(true);
    expect(gevonden.map((b) => b.aantekeningId)).toEqual(
      expect.arrayContaining([verplaatst.ids[2], verplaatst.ids[3]]),
    );
  });

  it('catches the newest entries deleted with the head adjusted, and a whole chain deleted, by the signed checkpoint', async () => {
    const staart = await clientMetKeten(db, 6);
    await controleerDossier(db.db, sleutel, { clientId: staart.clientId });
    await alsEigenaar(db, ['delete from dossieraantekeningen where id = any($1)', [staart.ids.slice(4)]]);
    const { rows } = await db.pool.query(
      'select hash from dossieraantekeningen where client_id = $1 and keten_volgnummer = 4',
      [staart.clientId],
    );
    await alsEigenaar(db, [
      'update dossierketens set aantal = 4, laatste_hash = $2 where client_id = $1',
      [staart.clientId, rows[0].hash],
    ]);
    expect(await bevindingen(db, staart.clientId)).toEqual([
      { soort: 'controlepunt-wijkt-af', aantekeningId: undefined, ketenVolgnummer: 6 },
    ]);

    const geheel = await clientMetKeten(db, 4);
    await controleerDossier(db.db, sleutel, { clientId: geheel.clientId });
    await alsEigenaar(
      db,
      ['delete from dossieraantekeningen where client_id = $1', [geheel.clientId]],
      ['delete from dossierketens where client_id = $1', [geheel.clientId]],
    );
    expect(await bevindingen(db, geheel.clientId)).toEqual([
      { soort: 'controlepunt-wijkt-af', aantekeningId: undefined, ketenVolgnummer: 4 },
    ]);
  });

  it('refuses a checkpoint signed with another key, and entries added outside the chain', async () => {
    const { clientId, ids } = await clientMetKeten(db, 2);
    const { rows } = await db.pool.query('select hash from dossieraantekeningen where id = $1', [ids[1]]);
    const punt = { clientId, aantal: 2, hash: rows[0].hash, op: '2026-12-01T00:00:00.000Z' };
    await db.pool.query(
      'insert into dossiercontrolepunten (client_id, aantal, hash, op, handtekening) values ($1, $2, $3, $4, $5)',
      [clientId, punt.aantal, punt.hash, punt.op, onderteken(punt, randomBytes(32))],
    );
    await db.pool.query(
      `insert into dossieraantekeningen (id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie)
       select 'ingevoegd', deelverzoek_id, client_id, soort, 'Ingevoegd', door, op, content_versie, beleid_versie
         from dossieraantekeningen where id = $1`,
      [ids[0]],
    );
    expect(await bevindingen(db, clientId)).toEqual([
      { soort: 'niet-geketend', aantekeningId: 'ingevoegd', ketenVolgnummer: undefined },
      { soort: 'controlepunt-ongeldig', aantekeningId: undefined, ketenVolgnummer: undefined },
    ]);
  });
});
