import type { Db } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import type { Medewerker, Opdracht } from '@deelwijs/domain';
import { DEELVERZOEK_WORKFLOW, type DeelverzoekWorkflowInput, opdrachtUpdate } from '@deelwijs/temporal';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll } from 'vitest';
import { casemanager, startTestWorker, uniekeTaakwachtrij, verbindTestomgeving } from './temporal';

/**
 * What the workflow tests of one file share: the dev server, a database of their own and a worker
 * on a task queue of its own, started before the first test and stopped after the last.
 */
export function metWorkflowOmgeving(naam: string) {
  const taskQueue = uniekeTaakwachtrij(naam);
  let env: TestWorkflowEnvironment | undefined;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let worker: { stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    [env, database] = await Promise.all([verbindTestomgeving(), createTestDatabase(`${naam}_test`)]);
    worker = await startTestWorker({ taskQueue, db: database.db });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await database?.drop();
  });
  const omgeving = {
    taskQueue,
    get env(): TestWorkflowEnvironment {
      if (!env) throw new Error('De testomgeving is nog niet gestart.');
      return env;
    },
    get db(): Db {
      if (!database) throw new Error('De testdatabase is nog niet gestart.');
      return database.db;
    },
    /** For assertions in SQL on what the worker wrote. */
    get pool() {
      if (!database) throw new Error('De testdatabase is nog niet gestart.');
      return database.pool;
    },
    /** A deelverzoek workflow on this file's queue. */
    starten: (input: DeelverzoekWorkflowInput) =>
      omgeving.env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
        taskQueue,
        workflowId: input.id,
        args: [input],
      }),
    /** One command, by default as the casemanager. */
    doe: (handle: WorkflowHandle, opdracht: Opdracht, door: Medewerker = casemanager) =>
      handle.executeUpdate(opdrachtUpdate, { args: [{ opdracht, door }] }),
  };
  return omgeving;
}
