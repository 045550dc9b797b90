import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controleerDossier, deelverzoekQueries, verwijderVerlopenAantekeningen } from '../src';
import { alsEigenaar, createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db, start } from './support/keten';

const sleutel = randomBytes(32);
const OUD = '2000-03-01T09:00:00.000Z';
const GRENS = '2001-01-01T00:00:00.000Z';
const wegens = { door: 'bewaartermijn-workflow', reden: 'Bewaartermijn verstreken' };

/** A client whose chain starts with `oud` entries from 2000 and goes on with `nieuw` from 2026, checkpointed. */
async function clientMetOudEnNieuw(db: Db, oud: number, nieuw: number) {
  const eerst = await clientMetKeten(db, oud, OUD);
  const rest = nieuw > 0 ? await clientMetKetenVoor(db, eerst.clientId, nieuw) : [];
  await controleerDossier(db.db, sleutel, { clientId: eerst.clientId });
  return { clientId: eerst.clientId, oud: eerst.ids, nieuw: rest };
}

/** More entries for the same client, written the way the workflow writes them. */
async function clientMetKetenVoor(db: Db, clientId: string, stappen: number) {
  const { deelverzoek, proces, aantekeningen } = start(clientId);
  const alle = Array.from({ length: stappen }, (_, i) => ({
    ...aantekeningen[0]!,
    id: `${deelverzoek.id}:${i + 1}`,
    tekst: `Nieuwe stap ${i + 1}.`,
    op: new Date(Date.parse(deelverzoek.aangemaaktOp) + i * 60_000).toISOString(),
  }));
  await deelverzoekQueries(db.db).legStapVast({
    deelverzoek,
    proces,
    aantekeningen: alle,
    volgnummer: alle.length,
    op: deelverzoek.aangemaaktOp,
    volgende: { actie: null, op: null },
  });
  return alle.map((a) => a.id);
}

/** What the database said: drizzle wraps it, with the query, in an error of its own. */
const weigering = (poging: Promise<unknown>) =>
  poging.then(
    () => 'geen weigering',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

const overgebleven = async (db: Db, clientId: string) =>
  (
    await db.pool.query<{ id: string }>(
      'select id from dossieraantekeningen where client_id = $1 order by keten_volgnummer',
      [clientId],
    )
  ).rows.map((r) => r.id);

describe('retention through the one narrow path (PostgreSQL)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('bewaartermijn');
  }, 60_000);
  afterAll(() => db?.drop());

  it('removes the old start of a chain as the app role, writes the tombstone, and the chain still verifies', async () => {
    const { clientId, oud, nieuw } = await clientMetOudEnNieuw(db, 4, 2);
    const { rows: kop } = await db.pool.query(
      'select aantal, laatste_hash from dossierketens where client_id = $1',
      [clientId],
    );

    const id = await verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens });

    expect(await overgebleven(db, clientId)).toEqual(nieuw);
    const { rows } = await db.pool.query('select * from dossierverwijderingen where id = $1', [id]);
    expect(rows[0]).toMatchObject({
      client_id: clientId,
      aantal: 4,
      van_volgnummer: 1,
      tot_volgnummer: 4,
      kop_aantal: kop[0].aantal,
      kop_hash: kop[0].laatste_hash,
      door: wegens.door,
      reden: wegens.reden,
      database_rol: 'deelwijs_app',
    });
    expect(new Date(rows[0].oudste_op).toISOString()).toBe(OUD);
    expect(oud).toHaveLength(4);
    const uitslag = await controleerDossier(db.db, sleutel, { clientId });
    expect(uitslag.bevindingen).toEqual([]);
    expect(uitslag.verwijderingen).toEqual([
      expect.objectContaining({
        verwijderingId: id,
        clientId,
        aantal: 4,
        vanVolgnummer: 1,
        totVolgnummer: 4,
      }),
    ]);
    // Nothing more is past retention: a second call removes nothing and writes no tombstone.
    expect(await verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens })).toBeNull();
  });

  it('removes a whole chain that is past retention, and its checkpoint counts as covered', async () => {
    const { clientId } = await clientMetOudEnNieuw(db, 4, 0);
    const id = await verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens });
    expect(await overgebleven(db, clientId)).toEqual([]);
    const uitslag = await controleerDossier(db.db, sleutel, { clientId });
    expect(uitslag.bevindingen).toEqual([]);
    expect(uitslag.verwijderingen.map((v) => v.verwijderingId)).toEqual([id]);
  });

  it('goes on from the last tombstone: a chain removed in two rounds verifies', async () => {
    const { clientId, nieuw } = await clientMetOudEnNieuw(db, 4, 2);
    // The first round with an earlier limit takes only the first entry: the second is a minute younger.
    const eerste = await verwijderVerlopenAantekeningen(db.db, {
      clientId,
      grens: '2000-03-01T09:00:30.000Z',
      ...wegens,
    });
    const tweede = await verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens });
    expect(await overgebleven(db, clientId)).toEqual(nieuw);
    const uitslag = await controleerDossier(db.db, sleutel, { clientId });
    expect(uitslag.bevindingen).toEqual([]);
    expect(uitslag.verwijderingen.map((v) => [v.verwijderingId, v.vanVolgnummer, v.totVolgnummer])).toEqual([
      [eerste, 1, 1],
      [tweede, 2, 4],
    ]);
  });

  it('still names what an owner removes after retention, beside the tombstone', async () => {
    const { clientId, nieuw } = await clientMetOudEnNieuw(db, 4, 3);
    await verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens });
    await alsEigenaar(db.ownerUrl, (c) =>
      c.query('delete from dossieraantekeningen where id = $1', [nieuw[0]]),
    );
    expect((await controleerDossier(db.db, sleutel, { clientId })).bevindingen).toEqual([
      expect.objectContaining({ soort: 'verwijderd', ketenVolgnummer: 5 }),
    ]);
  });

  it('refuses entries younger than the floor, a missing who or why, and a chain that is not whole', async () => {
    const { clientId, oud } = await clientMetOudEnNieuw(db, 4, 1);
    const eenJaarGeleden = new Date(Date.now() - 365 * 86_400_000).toISOString();
    expect(
      await weigering(verwijderVerlopenAantekeningen(db.db, { clientId, grens: eenJaarGeleden, ...wegens })),
    ).toMatch(/^bewaartermijn: aantekeningen van na .* blijven staan$/);
    expect(
      await weigering(
        verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, door: ' ', reden: 'x' }),
      ),
    ).toBe('bewaartermijn: wie en waarom zijn verplicht');
    // An entry of the old part gone behind the function's back: it removes nothing rather than hide that.
    await alsEigenaar(db.ownerUrl, (c) =>
      c.query('delete from dossieraantekeningen where id = $1', [oud[1]]),
    );
    expect(
      await weigering(verwijderVerlopenAantekeningen(db.db, { clientId, grens: GRENS, ...wegens })),
    ).toMatch(/niet heel/);
    expect(await overgebleven(db, clientId)).toHaveLength(4);
  });
});
