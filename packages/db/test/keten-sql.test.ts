import { randomBytes, randomUUID } from 'node:crypto';
import type { Ketenaantekening } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEGIN_HASH, controleerDossier, ketenHash, ketenInhoud } from '../src';
import { voegAanKetensToe } from '../src/dossier/schrijven';
import { createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

/** Text the UTF-8 bytes of which differ from any one-byte encoding, and JSON's escapes. */
const lastig =
  'De cliënt betaalt € 12,50; "aanhalingstekens", \\ schuine streep,\nnieuwe regel,\ttab, 🙂 en ß.';

describe('the chain hash in the database against the one in TypeScript (PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('ketensql');
  }, 60_000);
  afterAll(() => db?.drop());

  /** A client with a chain already (so the new entries link onto a head) and one of its deelverzoeken. */
  async function clientMetDeelverzoek() {
    const { clientId } = await clientMetKeten(db, 2);
    const { rows } = await db.pool.query('select id from deelverzoeken where client_id = $1 limit 1', [
      clientId,
    ]);
    return { clientId, deelverzoekId: rows[0].id as string };
  }

  const rijen = async (clientId: string) =>
    (
      await db.pool.query(
        `select id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie,
                keten_volgnummer, vorige_hash, hash
           from dossieraantekeningen where client_id = $1 order by keten_volgnummer`,
        [clientId],
      )
    ).rows;

  it('stores each entry as given and hashes it byte for byte as ketenHash does, with non-ASCII text', async () => {
    const { clientId, deelverzoekId } = await clientMetDeelverzoek();
    const nieuw: Ketenaantekening[] = [
      {
        id: `${deelverzoekId}:€`,
        deelverzoekId,
        clientId,
        soort: 'afweging-2',
        tekst: lastig,
        door: { gebruikerId: 'casemanager-ë' },
        op: '2026-11-23T10:15:30.123Z',
        contentVersie: '2025.1.0',
        beleidVersie: 'standaard-2025.1',
      },
      {
        id: `${clientId}:geboortedatum`,
        deelverzoekId: null,
        clientId,
        soort: 'geboortedatum-gecorrigeerd',
        tekst: 'Geboortedatum van de cliënt gecorrigeerd — €0 kosten.',
        door: { gebruikerId: 'casemanager-1' },
        op: '2026-11-23T10:16:00.000Z',
        contentVersie: '2025.1.0',
        beleidVersie: 'standaard-2025.1',
      },
    ];
    expect(await db.db.transaction((tx) => voegAanKetensToe(tx, nieuw))).toBe(2);

    const alle = await rijen(clientId);
    expect(alle.map((r) => r.keten_volgnummer)).toEqual([1, 2, 3, 4]);
    const [, tweede, derde, vierde] = alle;
    // The row is what was given: nothing lost or altered on the way through the canonical JSON.
    expect(derde).toMatchObject({ id: nieuw[0]!.id, deelverzoek_id: deelverzoekId, tekst: lastig });
    expect(derde.door).toEqual({ gebruikerId: 'casemanager-ë' });
    expect(new Date(derde.op).toISOString()).toBe('2026-11-23T10:15:30.123Z');
    expect(vierde).toMatchObject({
      id: nieuw[1]!.id,
      deelverzoek_id: null,
      soort: 'geboortedatum-gecorrigeerd',
    });
    // The database's hash is TypeScript's, over the entry as given and as read back.
    expect(derde.vorige_hash).toBe(tweede.hash);
    expect(derde.hash).toBe(ketenHash(nieuw[0]!, tweede.hash));
    expect(vierde.hash).toBe(ketenHash(nieuw[1]!, derde.hash));
    for (const r of alle)
      expect(
        ketenHash(
          {
            id: r.id,
            deelverzoekId: r.deelverzoek_id,
            clientId: r.client_id,
            soort: r.soort,
            tekst: r.tekst,
            door: r.door,
            op: r.op,
            contentVersie: r.content_versie,
            beleidVersie: r.beleid_versie,
          },
          r.vorige_hash,
        ),
      ).toBe(r.hash);
    // The same bytes hashed by the database outright, as the function does it.
    const { rows } = await db.pool.query(
      `select encode(sha256(convert_to($1 || E'\\n' || $2, 'UTF8')), 'hex') as hash`,
      [BEGIN_HASH, ketenInhoud(nieuw[0]!)],
    );
    expect(rows[0].hash).toBe(ketenHash(nieuw[0]!, BEGIN_HASH));

    expect((await controleerDossier(db.db, randomBytes(32), { clientId })).bevindingen).toEqual([]);
  });

  it('writes a retried entry once, starts a new chain at BEGIN_HASH and locks several clients in one call', async () => {
    const eerder = await clientMetDeelverzoek();
    const nieuweClient = randomUUID();
    await db.pool.query(
      `insert into clienten (id, pseudoniem, naam, geboortedatum, team) values ($1, $2, 'Nieuw Ketenbegin', '1990-05-05', 'wijkteam-noord')`,
      [nieuweClient, `CL-${nieuweClient.slice(0, 8)}`],
    );
    const aantekening = (clientId: string, deelverzoekId: string | null, n: number): Ketenaantekening =>
      deelverzoekId
        ? {
            id: `${clientId}:${n}`,
            deelverzoekId,
            clientId,
            soort: 'afweging-1',
            tekst: `Stap ${n} voor de cliënt.`,
            door: { gebruikerId: 'casemanager-1' },
            op: new Date(Date.UTC(2026, 10, 23, 11, n)).toISOString(),
            contentVersie: '2025.1.0',
            beleidVersie: 'standaard-2025.1',
          }
        : {
            id: `${clientId}:${n}`,
            deelverzoekId: null,
            clientId,
            soort: 'vertegenwoordiger-toegevoegd',
            tekst: `Vertegenwoordiger ${n} toegevoegd.`,
            door: { gebruikerId: 'casemanager-1' },
            op: new Date(Date.UTC(2026, 10, 23, 11, n)).toISOString(),
            contentVersie: '2025.1.0',
            beleidVersie: 'standaard-2025.1',
          };
    const partij = [
      aantekening(nieuweClient, null, 1),
      aantekening(eerder.clientId, eerder.deelverzoekId, 1),
      aantekening(nieuweClient, null, 2),
    ];
    expect(await db.db.transaction((tx) => voegAanKetensToe(tx, partij))).toBe(3);
    // The same call again (a retried step), and once more with one entry added: only that one is new.
    expect(await db.db.transaction((tx) => voegAanKetensToe(tx, partij))).toBe(0);
    // An entry twice in one call is written once; nothing at all writes nothing.
    const erbij = aantekening(nieuweClient, null, 3);
    expect(await db.db.transaction((tx) => voegAanKetensToe(tx, [...partij, erbij, erbij]))).toBe(1);
    expect((await db.pool.query(`select public.voeg_aan_ketens_toe('{}') as n`)).rows[0].n).toBe(0);

    const nieuw = await rijen(nieuweClient);
    expect(nieuw.map((r) => [r.id, r.keten_volgnummer])).toEqual([
      [`${nieuweClient}:1`, 1],
      [`${nieuweClient}:2`, 2],
      [`${nieuweClient}:3`, 3],
    ]);
    expect(nieuw[0].vorige_hash).toBe(BEGIN_HASH);
    expect((await rijen(eerder.clientId)).map((r) => r.keten_volgnummer)).toEqual([1, 2, 3]);
    const { rows: koppen } = await db.pool.query(
      'select client_id, aantal, laatste_hash from dossierketens where client_id = any($1)',
      [[nieuweClient, eerder.clientId]],
    );
    const kop = (id: string) => koppen.find((k) => k.client_id === id);
    expect(kop(nieuweClient)).toEqual({ client_id: nieuweClient, aantal: 3, laatste_hash: nieuw[2].hash });
    expect(kop(eerder.clientId)).toEqual({
      client_id: eerder.clientId,
      aantal: 3,
      laatste_hash: (await rijen(eerder.clientId))[2].hash,
    });
    const controle = await controleerDossier(db.db, randomBytes(32));
    expect(
      controle.bevindingen.filter((b) => [nieuweClient, eerder.clientId as string].includes(b.clientId)),
    ).toEqual([]);
  });
});
