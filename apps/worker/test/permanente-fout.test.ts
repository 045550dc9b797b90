import { createServer } from 'node:net';
import { createDb, deelverzoekQueries } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import type { Afweging1Antwoord } from '@deelwijs/domain';
import {
  DATABASE_WEIGERT_FAILURE,
  DEELVERZOEK_WORKFLOW,
  deelverzoekStatusQuery,
  opdrachtUpdate,
  STORING_ACTIE,
  VASTLEGGEN_MISLUKT_FAILURE,
} from '@deelwijs/temporal';
import { ApplicationFailure, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeelverzoekActivities } from '../dist/activities/deelverzoek.activities';
import {
  casemanager,
  startTestWorker,
  testInput,
  testVerwerkingslogSleutel,
  uniekeTaakwachtrij,
  verbindTestomgeving,
} from './support/temporal';

const stil = { stuur: async () => undefined };
const afweging1 = (antwoord: Afweging1Antwoord) => ({
  args: [{ opdracht: { soort: 'afweging-1' as const, antwoord }, door: casemanager }] as [never],
});

describe('a step the database refuses for good', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('permanent');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('permanent_test')]);
    worker = await startTestWorker({ taskQueue, db: db.db });
  });

  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  const start = async (doel?: string) => {
    const wf = testInput(doel);
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: wf.id,
      args: [wf],
    });
    return { wf, handle };
  };

  it('fails the Update without retrying, undoes the step, marks the werkvoorraad, and takes the next command', async () => {
    const { wf, handle } = await start();
    await expect
      .poll(() => handle.query(deelverzoekStatusQuery).then((s) => s.geregistreerd), { timeout: 20_000 })
      .toBe(true);
    const queries = deelverzoekQueries(db.db);

    // PostgreSQL refuses NUL in text (SQLSTATE 22021): this write can never succeed.
    const begin = Date.now();
    const fout = await handle
      .executeUpdate(opdrachtUpdate, afweging1({ hoortBijMij: true, toelichting: 'Past bij\u0000 mij' }))
      .catch((e: unknown) => e);
    expect(Date.now() - begin).toBeLessThan(10_000); // no retries with back-off
    expect(fout).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (fout as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect(cause.type).toBe(VASTLEGGEN_MISLUKT_FAILURE);

    // Nothing of the step is on file, the process is where it was, and the werkvoorraad shows the failure.
    expect(await queries.aantekeningen(wf.id)).toHaveLength(1);
    expect(await handle.query(deelverzoekStatusQuery)).toMatchObject({ status: 'afweging-1', volgnummer: 1 });
    const rij = (await queries.vind(wf.id))!.deelverzoek;
    expect(rij).toMatchObject({ status: 'afweging-1', volgendeActie: STORING_ACTIE });
    expect(rij.volgendeActieOp).not.toBeNull();

    // The workflow is healthy: the next command is applied and numbered as if the failed one never was.
    const status = await handle.executeUpdate(
      opdrachtUpdate,
      afweging1({ hoortBijMij: true, toelichting: 'Past bij mijn taak' }),
    );
    expect(status).toMatchObject({ status: 'afweging-2', volgnummer: 2 });
    const aantekeningen = await queries.aantekeningen(wf.id);
    expect(aantekeningen.map((a) => [a.id, a.soort])).toEqual([
      [`${wf.id}:0001`, 'deelverzoek-gestart'],
      [`${wf.id}:0002`, 'afweging-1'],
    ]);
    expect((await queries.vind(wf.id))!.deelverzoek.volgendeActie).not.toBe(STORING_ACTIE);
    const nogmaals = await handle
      .executeUpdate(opdrachtUpdate, afweging1({ hoortBijMij: true, toelichting: 'Nog eens' }))
      .catch((e: unknown) => e);
    expect(nogmaals).toBeInstanceOf(WorkflowUpdateFailedError); // now the rules refuse, not the database
  });

  it('fails a workflow whose very first write is refused, instead of retrying it forever', async () => {
    const { handle } = await start('Overleg over de schulden van mevrouw\u0000 met de Wmo-consulent');
    const fout = await handle.result().catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WorkflowFailedError);
  }, 30_000);
});

describe('the activities tell a permanent database error from a passing one', () => {
  it('a refused value: non-retryable, with the SQLSTATE and without the value', async () => {
    const db = await createTestDatabase('permanent_activity');
    try {
      const activities = createDeelverzoekActivities(
        db.db,
        stil,
        'http://dashboard.test',
        testVerwerkingslogSleutel,
      );
      const input = testInput('Geheim doel\u0000 met een NUL-teken erin');
      const fout = await activities
        .legStapVast({
          deelverzoek: {
            id: input.id,
            clientId: input.aanvraag.clientId,
            doel: input.aanvraag.doel,
            ontvangers: input.aanvraag.ontvangers,
            status: 'afweging-1',
            aangemaaktDoor: input.door,
            aangemaaktOp: new Date().toISOString(),
            contentVersie: input.contentVersie,
            beleidVersie: input.beleid.versie,
          } as never,
          aantekeningen: [],
          volgnummer: 1,
          op: new Date().toISOString(),
          volgende: { actie: null, op: null },
        })
        .catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(ApplicationFailure);
      const failure = fout as ApplicationFailure;
      expect(failure).toMatchObject({ type: DATABASE_WEIGERT_FAILURE, nonRetryable: true });
      expect(failure.message).toContain('22021');
      expect(failure.message).not.toContain('Geheim doel');
      expect(failure.cause).toBeUndefined();
    } finally {
      await db.drop();
    }
  });

  it('a database that is away: retryable, and the process lives on', async () => {
    // A port on which nothing listens: every connection is refused.
    const poort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const weg = createDb(`postgres://postgres@127.0.0.1:${poort}/postgres`);
    try {
      const activities = createDeelverzoekActivities(
        weg.db,
        stil,
        'http://dashboard.test',
        testVerwerkingslogSleutel,
      );
      const fout = await activities
        .meldStoring({ deelverzoekId: '00000000-0000-4000-8000-000000000000', op: new Date().toISOString() })
        .catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(ApplicationFailure);
      expect(fout).toMatchObject({ nonRetryable: false });
      expect((fout as ApplicationFailure).message).not.toContain('params');
    } finally {
      await weg.close();
    }
  });
});
