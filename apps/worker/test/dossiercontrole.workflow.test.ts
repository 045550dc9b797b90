import { alsEigenaar, createTestDatabase } from '@deelwijs/db/testing';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDossiercontrole } from '../dist/dossiercontrole-schema';
import {
  startTestWorker,
  temporalAddress,
  testInput,
  uniekeTaakwachtrij,
  verbindTestomgeving,
  verzondenMail,
} from './support/temporal';

describe('the scheduled dossier verification', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('dossiercontrole');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('dossiercontrole_test')]);
    worker = await startTestWorker({ taskQueue, db: db.db });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  it('is planned once per task queue, and planning again only updates the interval', async () => {
    const opties = { address: temporalAddress(), namespace: 'default', taskQueue, interval: '6h' };
    await planDossiercontrole(opties);
    await planDossiercontrole({ ...opties, interval: '2h' });
    const schema = await env.client.schedule.getHandle(`dossiercontrole-${taskQueue}`).describe();
    expect(schema.spec.intervals).toMatchObject([{ every: 2 * 3600_000 }]);
    expect(schema.action).toMatchObject({ workflowType: 'dossiercontroleWorkflow', taskQueue });
    await env.client.schedule.getHandle(`dossiercontrole-${taskQueue}`).delete();
  });

  it('signs checkpoints of whole chains, and tells the privacy officers without client data when a chain broke', async () => {
    // A real step, written by the deelverzoek workflow.
    const wf = testInput();
    const handle = await env.client.workflow.start('deelverzoekWorkflow', {
      taskQueue,
      workflowId: wf.id,
      args: [wf],
    });
    await expect
      .poll(
        async () => (await db.pool.query('select count(*)::int as n from dossieraantekeningen')).rows[0].n,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    const heel = await env.client.workflow.execute('dossiercontroleWorkflow', {
      taskQueue,
      workflowId: `controle-1-${taskQueue}`,
    });
    expect(heel).toEqual({ clienten: 1, aantekeningen: 1, bevindingen: 0, nieuweControlepunten: 1 });
    expect(verzondenMail).toHaveLength(0);
    // Reading the client's file to recompute it is on record in both logs, as the worker.
    const gelezen = await db.pool.query(
      `select t.actor, t.client_id from toegangslog t join verwerkingslog v using (span_id)
        where t.handeling = 'controleerDossier'`,
    );
    expect(gelezen.rows).toEqual([{ actor: 'systeem:worker', client_id: wf.aanvraag.clientId }]);

    // The worker's own role cannot do this; an owner who switches the trigger off can.
    await alsEigenaar(db.ownerUrl, (c) => c.query('delete from dossieraantekeningen'));

    const kapot = await env.client.workflow.execute('dossiercontroleWorkflow', {
      taskQueue,
      workflowId: `controle-2-${taskQueue}`,
    });
    expect(kapot).toMatchObject({ bevindingen: 2, nieuweControlepunten: 0 }); // head and checkpoint disagree
    expect(verzondenMail).toEqual([
      expect.objectContaining({
        aan: 'privacy@demo.deelwijs.nl',
        onderwerp: expect.stringContaining('dossiercontrole'),
      }),
    ]);
    for (const geheim of [wf.aanvraag.doel, wf.aanvraag.clientId])
      expect(JSON.stringify(verzondenMail)).not.toContain(geheim);
    await handle.terminate();
  });
});
