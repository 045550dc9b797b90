import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { deelverzoekQueries } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import { DEELVERZOEK_WORKFLOW, opdrachtUpdate } from '@deelwijs/temporal';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casemanager,
  temporalAddress,
  testDossierSleutel,
  testInput,
  testSleutels,
  testVerwerkingslogSleutel,
  uniekeTaakwachtrij,
  verbindTestomgeving,
} from './support/temporal';

/** The real worker binary, as production starts it. */
function spawnWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[worker ${child.pid}] ${d}`));
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

describe('a worker killed in the middle of a deelverzoek', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const workers: ChildProcess[] = [];
  const taskQueue = uniekeTaakwachtrij('crash');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('crash_test')]);
  });

  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await env?.teardown();
    await db?.drop();
  });

  it('goes on with a new worker, and the file holds every entry exactly once', async () => {
    const workerEnv = {
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporalAddress(),
      TEMPORAL_TASK_QUEUE: taskQueue,
      DEELWIJS_PAYLOAD_KEYS: testSleutels,
      DEELWIJS_DOSSIER_SLEUTEL: testDossierSleutel.toString('base64'),
      DEELWIJS_VERWERKINGSLOG_SLEUTEL: testVerwerkingslogSleutel.toString('base64'),
    };
    const input = testInput();
    const queries = deelverzoekQueries(db.db);

    // Started while no worker runs: the request waits durably in Temporal.
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input],
    });

    const eerste = spawnWorker(workerEnv);
    workers.push(eerste);
    await expect
      .poll(() => queries.aantekeningen(input.id).then((a) => a.length), { timeout: 30_000, interval: 250 })
      .toBe(1);

    eerste.kill('SIGKILL');
    await exited(eerste);

    // The answer is given while no worker is alive; it completes once a new one picks the workflow up.
    const antwoord = handle.executeUpdate(opdrachtUpdate, {
      args: [
        {
          opdracht: {
            soort: 'afweging-1',
            antwoord: { hoortBijMij: false, toelichting: 'Hoort bij de GGD', doorverwezenNaar: 'GGD' },
          },
          door: casemanager,
        },
      ],
    });
    const tweede = spawnWorker(workerEnv);
    workers.push(tweede);

    expect(await antwoord).toMatchObject({ status: 'doorverwezen' });
    expect(await handle.result()).toMatchObject({ status: 'doorverwezen', volgnummer: 3 });
    const aantekeningen = await queries.aantekeningen(input.id);
    expect(aantekeningen.map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1', 'afsluiting']);
    expect((await queries.vind(input.id))?.deelverzoek.status).toBe('doorverwezen');
  });
});
