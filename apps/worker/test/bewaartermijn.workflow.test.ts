import { randomUUID } from 'node:crypto';
import { standaardBewaarbeleid } from '@deelwijs/content';
import { deelverzoekQueries } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import { type Dossieraantekening, startProces } from '@deelwijs/domain';
import { BEWAARTERMIJN_WORKFLOW, type BewaartermijnInput } from '@deelwijs/temporal';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBewaartermijn } from '../dist/bewaartermijn-schema';
import { klareTekstIn } from './opname/fixtures';
import {
  startTestWorker,
  temporalAddress,
  uniekeTaakwachtrij,
  verbindTestomgeving,
} from './support/temporal';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const OUD = '2000-03-01T09:00:00.000Z';

/** A client whose chain of `stappen` entries was written in March 2000, as the workflow writes steps. */
async function oudeKeten(db: Db, stappen: number) {
  const clientId = randomUUID();
  await db.pool.query(
    `insert into clienten (id, pseudoniem, naam, geboortedatum, team) values ($1, $2, 'Oud Dossier', '1960-01-01', 'wijkteam-noord')`,
    [clientId, `CL-${clientId.slice(0, 8)}`],
  );
  const { deelverzoek, proces, aantekeningen } = startProces({
    start: {
      id: randomUUID(),
      aanvraag: { clientId, doel: 'Afstemmen met de huisarts', ontvangers: [{ organisatie: 'Huisarts' }] },
      door: { gebruikerId: 'eva-smit' },
      op: OUD,
      contentVersie: '2025.1.0',
      beleidVersie: 'standaard-2025.1',
    },
    client: { id: clientId, geboortedatum: '1960-01-01', wilsonbekwaam: false, vertegenwoordigers: [] },
    professional: {
      gebruikerId: 'eva-smit',
      pet: null,
      organisatietype: 'wijkteam',
      beroepsgeheim: 'algemeen',
    },
  });
  const alle: Dossieraantekening[] = Array.from({ length: stappen }, (_, i) => ({
    ...aantekeningen[0]!,
    id: `${deelverzoek.id}:${i + 1}`,
    op: new Date(Date.parse(OUD) + i * 60_000).toISOString(),
  }));
  await deelverzoekQueries(db.db).legStapVast({
    deelverzoek,
    proces,
    aantekeningen: alle,
    volgnummer: alle.length,
    op: OUD,
    volgende: { actie: null, op: null },
  });
  // An old access-log row about the same client, and a session that ran out two days ago.
  await db.pool.query(
    `insert into toegangslog (op, actor, rollen, handeling, client_id) values ($1, 'systeem:worker', '{}', 'legStapVast', $2)`,
    [OUD, clientId],
  );
  await db.pool.query(
    `insert into sessies (token_hash, gebruiker_id, aangemaakt_op, verloopt_op) values ($1, 'eva-smit', now() - interval '3 days', now() - interval '2 days')`,
    [`hash-${clientId}`],
  );
  return clientId;
}

const tel = async (db: Db, sql: string, params: unknown[] = []) =>
  (await db.pool.query<{ n: number }>(sql, params)).rows[0]!.n;

/** The policy at its minimums: a session is past retention one day after it ran out. */
const kortBeleid = {
  ...standaardBewaarbeleid,
  versie: 'test-kort',
  termijnen: {
    ...standaardBewaarbeleid.termijnen,
    sessies: {
      ...standaardBewaarbeleid.termijnen.sessies,
      termijn: { aantal: 1, eenheid: 'dagen' as const },
    },
  },
};

describe('the scheduled retention run', () => {
  let env: TestWorkflowEnvironment;
  let db: Db;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('bewaartermijn');
  const draai = (naam: string, input: BewaartermijnInput) =>
    env.client.workflow.start(BEWAARTERMIJN_WORKFLOW, {
      taskQueue,
      workflowId: `${naam}-${taskQueue}`,
      args: [input],
    });

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('bewaartermijn_wf')]);
    worker = await startTestWorker({ taskQueue, db: db.db });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  it('is planned once per task queue; a restart updates its interval and whether it removes', async () => {
    const opties = { address: temporalAddress(), namespace: 'default', taskQueue, interval: '24h' };
    const id = await planBewaartermijn({ ...opties, verwijderen: false });
    await planBewaartermijn({ ...opties, interval: '12h', verwijderen: true });
    const schema = await env.client.schedule.getHandle(id).describe();
    expect(id).toBe(`bewaartermijn-${taskQueue}`);
    expect(schema.spec.intervals).toMatchObject([{ every: 12 * 3600_000 }]);
    expect(schema.action).toMatchObject({
      workflowType: BEWAARTERMIJN_WORKFLOW,
      taskQueue,
      args: [{ v: 1, verwijderen: true }],
    });
    await env.client.schedule.getHandle(id).delete();
  });

  it('only reports when removal is off: the report row is written and every record stays', async () => {
    const clientId = await oudeKeten(db, 3);
    const handle = await draai('rapport', { v: 1, verwijderen: false, bewaarbeleid: kortBeleid });
    expect(await handle.result()).toEqual({
      beleidVersie: 'test-kort',
      verwijderen: false,
      verlopen: 5, // 3 entries, 1 access-log row, 1 session
      verwijderd: 0,
      geweigerd: 0,
    });
    expect(
      await tel(db, 'select count(*)::int as n from dossieraantekeningen where client_id = $1', [clientId]),
    ).toBe(3);
    expect(await tel(db, 'select count(*)::int as n from sessies where verloopt_op < now()')).toBe(1);
    const { rows } = await db.pool.query('select * from bewaartermijnrapporten where run_id = $1', [
      handle.firstExecutionRunId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ verwijderen: false, beleid_versie: 'test-kort' });
    expect(rows[0].regels).toContainEqual(
      expect.objectContaining({ soort: 'dossieraantekeningen', verlopen: 3, oudste: OUD, verwijderd: 0 }),
    );
    expect(rows[0].regels.map((r: { soort: string }) => r.soort)).toEqual(Object.keys(kortBeleid.termijnen));
    expect(klareTekstIn(await handle.fetchHistory(), [clientId])).toEqual([]);
  });

  it('removes when told to: entries gone, a tombstone in their place, and the verification stays green', async () => {
    const clientId = (await db.pool.query('select client_id from dossieraantekeningen limit 1')).rows[0]
      .client_id;
    // A checkpoint of the chain before it goes: the verification must count it as covered.
    expect(
      await env.client.workflow.execute('dossiercontroleWorkflow', {
        taskQueue,
        workflowId: `voor-${taskQueue}`,
      }),
    ).toMatchObject({ bevindingen: 0, nieuweControlepunten: 1 });

    const handle = await draai('verwijderen', { v: 1, verwijderen: true, bewaarbeleid: kortBeleid });
    expect(await handle.result()).toMatchObject({
      verwijderen: true,
      verlopen: 5,
      verwijderd: 5,
      geweigerd: 0,
    });

    expect(
      await tel(db, 'select count(*)::int as n from dossieraantekeningen where client_id = $1', [clientId]),
    ).toBe(0);
    expect(await tel(db, 'select count(*)::int as n from toegangslog where op < $1', ['2001-01-01'])).toBe(0);
    expect(await tel(db, 'select count(*)::int as n from sessies where verloopt_op < now()')).toBe(0);
    const { rows: stenen } = await db.pool.query(
      'select aantal, van_volgnummer, tot_volgnummer, door from dossierverwijderingen where client_id = $1',
      [clientId],
    );
    expect(stenen).toEqual([
      { aantal: 3, van_volgnummer: 1, tot_volgnummer: 3, door: 'systeem:bewaartermijn-workflow' },
    ]);
    // Shortening the chain is a processing of that client: one row in each log, as the worker, same span.
    const { rows: log } = await db.pool.query(
      `select t.actor, v.processing_activity_id from toegangslog t join verwerkingslog v on v.span_id = t.span_id
        where t.client_id = $1 and t.handeling = 'verwijderVerlopen'`,
      [clientId],
    );
    expect(log).toEqual([
      { actor: 'systeem:worker', processing_activity_id: expect.stringMatching(/\/bewaartermijn$/) },
    ]);
    expect(
      await env.client.workflow.execute('dossiercontroleWorkflow', {
        taskQueue,
        workflowId: `na-${taskQueue}`,
      }),
    ).toMatchObject({ bevindingen: 0 });
    const { rows } = await db.pool.query('select regels from bewaartermijnrapporten where run_id = $1', [
      handle.firstExecutionRunId,
    ]);
    expect(rows[0].regels).toContainEqual(
      expect.objectContaining({ soort: 'dossieraantekeningen', verlopen: 3, verwijderd: 3 }),
    );

    // Nothing is past retention any more: the next run finds nothing and removes nothing.
    expect(
      await (await draai('daarna', { v: 1, verwijderen: true, bewaarbeleid: kortBeleid })).result(),
    ).toMatchObject({
      verlopen: 0,
      verwijderd: 0,
    });
  });

  it("removes a closed client of 2000 whole in one run: its chain first, then the client's own data", async () => {
    const clientId = await oudeKeten(db, 2);
    // Closed twenty-odd years ago, nothing changed since: the whole file is past retention.
    await db.pool.query(
      `update deelverzoeken set status = 'niet-gedeeld', bijgewerkt_op = $2 where client_id = $1`,
      [clientId, OUD],
    );
    await db.pool.query('update dossierketens set bijgewerkt_op = $2 where client_id = $1', [clientId, OUD]);
    await db.pool.query('update clienten set aangemaakt_op = $2 where id = $1', [clientId, OUD]);

    const handle = await draai('client', { v: 1, verwijderen: true, bewaarbeleid: kortBeleid });
    await handle.result();
    const { rows } = await db.pool.query('select regels from bewaartermijnrapporten where run_id = $1', [
      handle.firstExecutionRunId,
    ]);
    expect(rows[0].regels).toContainEqual(
      expect.objectContaining({ soort: 'dossieraantekeningen', verwijderd: 2 }),
    );
    // Measured before the chain went, so it was not due yet; removed in the same run all the same.
    expect(rows[0].regels).toContainEqual(
      expect.objectContaining({ soort: 'clientgegevens', verlopen: 0, verwijderd: 1 }),
    );
    expect(await tel(db, 'select count(*)::int as n from clienten where id = $1', [clientId])).toBe(0);
    expect(
      await tel(db, 'select count(*)::int as n from deelverzoeken where client_id = $1', [clientId]),
    ).toBe(0);
    expect(
      (
        await db.pool.query('select deelverzoeken, door from clientverwijderingen where client_id = $1', [
          clientId,
        ])
      ).rows,
    ).toEqual([{ deelverzoeken: 1, door: 'systeem:bewaartermijn-workflow' }]);
    expect(
      await env.client.workflow.execute('dossiercontroleWorkflow', {
        taskQueue,
        workflowId: `na-client-${taskQueue}`,
      }),
    ).toMatchObject({ bevindingen: 0 });
  });

  it('refuses a policy below the minimums at once, without touching anything', async () => {
    const teKort = {
      ...kortBeleid,
      termijnen: {
        ...kortBeleid.termijnen,
        toegangslog: {
          ...kortBeleid.termijnen.toegangslog,
          termijn: { aantal: 1, eenheid: 'jaren' as const },
        },
      },
    };
    const voor = await tel(db, 'select count(*)::int as n from bewaartermijnrapporten');
    const handle = await draai('te-kort', { v: 1, verwijderen: true, bewaarbeleid: teKort });
    const fout = await handle.result().then(
      () => undefined,
      (e: { cause?: { type?: string; message?: string } }) => e.cause,
    );
    expect(fout?.type).toBe('OngeldigeWorkflowInvoer');
    expect(fout?.message).toContain('bewaarbeleid.termijnen.toegangslog.termijn');
    expect(await tel(db, 'select count(*)::int as n from bewaartermijnrapporten')).toBe(voor);
  });
});
