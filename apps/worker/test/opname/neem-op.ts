import { demoClienten } from '@deelwijs/db/seed';
import { createTestDatabase } from '@deelwijs/db/testing';
import {
  BEWAARTERMIJN_WORKFLOW,
  DEELVERZOEK_WORKFLOW,
  DOORBREKING_WORKFLOW,
  deelwijsDataConverter,
  INFORMEREN_ACHTERAF_WORKFLOW,
  leesPayloadSleutels,
} from '@deelwijs/temporal';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_SLEUTELS,
  startTestWorker,
  testInput,
  uniekeTaakwachtrij,
  verbindTestomgeving,
  workflowBundle,
} from '../support/temporal';
import { klareTekstIn, opnameCommit, schrijfFixture } from './fixtures';
import { bewaartermijnPaden, DOEL, doeMet, paden } from './paden';

/**
 * The recording tool (`pnpm --filter @deelwijs/worker histories:opnemen`, with TEMPORAL_ADDRESS and
 * TEST_DATABASE_URL; `PADEN=a,b` picks paths). It runs each path on the dev server with the fixed
 * fixture key and ADDS its histories as new files; it never writes over an existing one. Run it
 * from a clean commit, after a change that adds a path or changes a workflow's commands — then the
 * old fixtures prove old processes still replay and the new ones pin the new behaviour.
 */
const gekozen = process.env.PADEN?.split(',').filter(Boolean);
const teOpnemen = gekozen ? paden.filter((p) => gekozen.includes(p.naam)) : paden;
const bewaartermijnTeOpnemen = gekozen
  ? bewaartermijnPaden.filter((p) => gekozen.includes(p.naam))
  : bewaartermijnPaden;

describe('recording replay fixtures', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('opname');
  const commit = opnameCommit();
  const datum = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    if (gekozen)
      expect([...teOpnemen, ...bewaartermijnTeOpnemen].map((p) => p.naam).sort()).toEqual(
        [...gekozen].sort(),
      );
    [env, db] = await Promise.all([verbindTestomgeving(FIXTURE_SLEUTELS), createTestDatabase('opname')]);
    worker = await startTestWorker({ taskQueue, db: db.db, sleutels: FIXTURE_SLEUTELS });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  for (const pad of teOpnemen)
    it(pad.naam, async () => {
      const input = {
        ...testInput(DOEL, { beleid: pad.beleid, client: pad.client }),
        ...(pad.contentVersie ? { contentVersie: pad.contentVersie } : {}),
      };
      const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
        taskQueue,
        workflowId: input.id,
        args: [input],
      });
      const klok = (n: number) => env.client.workflow.getHandle(`${input.id}:toestemmingsklok:${n}`);
      const doorbrekingsklok = (n: number) =>
        env.client.workflow.getHandle(`${input.id}:doorbrekingsklok:${n}`);
      await pad.loop(doeMet(handle, (n) => klok(n).result()));
      await handle.result();
      const histories = [
        { workflowType: DEELVERZOEK_WORKFLOW, history: await handle.fetchHistory() },
        ...(await Promise.all(
          Array.from({ length: pad.klokken }, async (_, i) => {
            await klok(i + 1).result();
            return { workflowType: 'toestemmingsklokWorkflow', history: await klok(i + 1).fetchHistory() };
          }),
        )),
        ...(await Promise.all(
          Array.from({ length: pad.doorbrekingsklokken ?? 0 }, async (_, i) => {
            await doorbrekingsklok(i + 1).result();
            return {
              workflowType: DOORBREKING_WORKFLOW,
              history: await doorbrekingsklok(i + 1).fetchHistory(),
            };
          }),
        )),
        ...(pad.informerenklok
          ? [
              await (async () => {
                const informeren = env.client.workflow.getHandle(`${input.id}:informeren-achteraf-klok`);
                await informeren.result();
                return {
                  workflowType: INFORMEREN_ACHTERAF_WORKFLOW,
                  history: await informeren.fetchHistory(),
                };
              })(),
            ]
          : []),
      ];
      // Nothing is written that does not replay against the code that recorded it, or that holds
      // the recording's client data readably.
      for await (const r of Worker.runReplayHistories(
        {
          workflowBundle: await workflowBundle(),
          dataConverter: deelwijsDataConverter(leesPayloadSleutels(FIXTURE_SLEUTELS)),
        },
        histories.map((h, i) => ({ workflowId: `${pad.naam}-${i}`, history: h.history })),
      ))
        expect(r.error).toBeUndefined();
      for (const h of histories) expect(klareTekstIn(h.history, [DOEL, input.aanvraag.clientId])).toEqual([]);
      for (const h of histories)
        console.log(`opgenomen: ${schrijfFixture({ ...h, pad: pad.naam, commit, datum })}`);
    });

  for (const pad of bewaartermijnTeOpnemen)
    it(pad.naam, async () => {
      // Something past its period, about a demo client: the removing path has a row to remove.
      await db.pool.query(
        `insert into toegangslog (op, actor, rollen, handeling, client_id) values ('2000-03-01T09:00:00Z', 'systeem:opname', '{}', 'opname', $1)`,
        [demoClienten[0]!.id],
      );
      const handle = await env.client.workflow.start(BEWAARTERMIJN_WORKFLOW, {
        taskQueue,
        workflowId: `${pad.naam}-${taskQueue}`,
        args: [pad.input],
      });
      await handle.result();
      const history = await handle.fetchHistory();
      for await (const r of Worker.runReplayHistories(
        {
          workflowBundle: await workflowBundle(),
          dataConverter: deelwijsDataConverter(leesPayloadSleutels(FIXTURE_SLEUTELS)),
        },
        [{ workflowId: pad.naam, history }],
      ))
        expect(r.error).toBeUndefined();
      expect(klareTekstIn(history, [demoClienten[0]!.id, demoClienten[0]!.naam])).toEqual([]);
      console.log(
        `opgenomen: ${schrijfFixture({ workflowType: BEWAARTERMIJN_WORKFLOW, history, pad: pad.naam, commit, datum })}`,
      );
    });
});
