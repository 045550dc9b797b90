import path from 'node:path';
import { createTestDatabase } from '@deelwijs/db/testing';
import type { Opdracht } from '@deelwijs/domain';
import {
  DEELVERZOEK_WORKFLOW,
  deelwijsDataConverter,
  leesPayloadSleutels,
  ONGELDIGE_INVOER_FAILURE,
  OVERTREDING_FAILURE,
  opdrachtUpdate,
} from '@deelwijs/temporal';
import {
  ApplicationFailure,
  WorkflowFailedError,
  type WorkflowHandle,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowsPath } from '../dist/worker';
import { afweging1Ja, afweging2Ja } from './support/opdrachten';
import {
  casemanager,
  startTestWorker,
  testInput,
  testSleutels,
  uniekeTaakwachtrij,
  verbindTestomgeving,
  workflowBundle,
} from './support/temporal';

interface Verzoek {
  request: string;
  contextInfo?: { issuer?: string };
}
// The bundler's own webpack, to swap one rule module for a variant in a test build.
const webpack = require(
  require.resolve('webpack', { paths: [path.dirname(require.resolve('@temporalio/worker'))] }),
) as { NormalModuleReplacementPlugin: new (test: RegExp, vervang: (r: Verzoek) => void) => never };

/** The worker's workflow code with afweging 3's handler replaced by `variant` (test/regelwijziging). */
const bundelMetRegel = (variant: string): Promise<WorkflowBundleWithSourceMap> =>
  bundleWorkflowCode({
    workflowsPath,
    logger: undefined,
    webpackConfigHook: (config) => ({
      ...config,
      plugins: [
        ...(config.plugins ?? []),
        new webpack.NormalModuleReplacementPlugin(/afweging-3[\\/]afweging-3\.opdrachten(\.js)?$/, (r) => {
          // The variant itself imports the rule as it was.
          if (!String(r.contextInfo?.issuer ?? '').includes(`${path.sep}regelwijziging${path.sep}`))
            r.request = path.join(__dirname, 'regelwijziging', variant);
        }),
      ],
    }),
  });

const replay = async (bundle: WorkflowBundleWithSourceMap, history: unknown) => {
  const uit = [];
  for await (const r of Worker.runReplayHistories(
    { workflowBundle: bundle, dataConverter: deelwijsDataConverter(leesPayloadSleutels(testSleutels)) },
    [{ workflowId: 'regelwijziging', history: history as never }],
  ))
    uit.push(r);
  return uit[0]!;
};

const KORT = 'Nodig en evenredig.'; // shorter than the 40 characters the changed rule asks
const afweging3 = (toelichting: string): Opdracht => ({
  soort: 'afweging-3',
  antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting },
});
const totAfweging3: Opdracht[] = [afweging1Ja, afweging2Ja];
const poging = (uitkomst: 'ja' | 'geen-antwoord'): Opdracht =>
  ({
    soort: 'toestemmingspoging',
    poging: {
      op: new Date(Date.now() - 1000).toISOString(),
      wijze: 'gesprek',
      partij: { soort: 'client' },
      uitkomst,
      ...(uitkomst === 'ja'
        ? {
            reikwijdte: {
              doel: testInput().aanvraag.doel,
              gegevens: ['relevante-hulpinformatie'],
              ontvangers: ['Gemeente Zutphen'],
              wijze: 'schriftelijk',
              intrekkenUitgelegd: true,
            },
          }
        : {}),
    },
  }) as Opdracht;

describe('a rule change under running processes', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> } | undefined;
  let metVersie: WorkflowBundleWithSourceMap;
  let zonderVersie: WorkflowBundleWithSourceMap;
  const taskQueue = uniekeTaakwachtrij('regelwijziging');
  const lopend: WorkflowHandle[] = [];

  beforeAll(async () => {
    [env, db, metVersie, zonderVersie] = await Promise.all([
      verbindTestomgeving(),
      createTestDatabase('versies_test'),
      bundelMetRegel('afweging-3.met-versie.ts'),
      bundelMetRegel('afweging-3.zonder-versie.ts'),
    ]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all(lopend.map((h) => h.terminate('einde van de test').catch(() => undefined)));
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  const start = async (contentVersie?: string) => {
    const input = { ...testInput(), ...(contentVersie ? { contentVersie } : {}) };
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input],
    });
    lopend.push(handle);
    return handle;
  };
  const doe = (handle: WorkflowHandle, opdracht: Opdracht) =>
    handle.executeUpdate(opdrachtUpdate, { args: [{ opdracht, door: casemanager }] });

  it('keeps the rules a process started under: it replays and runs on under the changed rule', async () => {
    // Recorded under today's rules: afweging 3 with a short toelichting asks for consent (a child clock).
    worker = await startTestWorker({ taskQueue, db: db.db });
    // The old process pins the version before the change; the new one the version that brings it.
    const oud = await start('2025.1.0');
    for (const o of [...totAfweging3, afweging3(KORT), poging('geen-antwoord')]) await doe(oud, o);
    const history = await oud.fetchHistory();

    // The rule changed for every process: the recorded afweging 3 now goes another way.
    const fout = await replay(zonderVersie, history);
    expect(fout.error).toBeInstanceOf(DeterminismViolationError);
    expect(fout.error?.message).toMatch(/nondeterminism/i);
    // The rule changed from a content version on: the history replays as it was recorded.
    expect((await replay(metVersie, history)).error).toBeUndefined();
    // Sanity: today's code replays it too.
    expect((await replay(await workflowBundle(), history)).error).toBeUndefined();

    // Deploy the changed rule: the running process carries on under the rules it started with.
    await worker.stop();
    worker = await startTestWorker({ taskQueue, db: db.db, bundle: metVersie });
    expect((await doe(oud, poging('ja'))).status).toBe('verstrekking');
    expect((await replay(metVersie, await oud.fetchHistory())).error).toBeUndefined();

    // A process on the new content version meets the new rule.
    const nieuw = await start('2025.2.0');
    for (const o of totAfweging3) await doe(nieuw, o);
    const weigering = await doe(nieuw, afweging3(KORT)).catch((e: unknown) => e);
    expect(weigering).toBeInstanceOf(WorkflowUpdateFailedError);
    const oorzaak = (weigering as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(oorzaak.type).toBe(OVERTREDING_FAILURE);
    expect(oorzaak.message).toBe('Licht afweging 3 toe in minstens 40 tekens.');
    const lang = 'Nodig, evenredig en alleen met wie al betrokken is bij mevrouw.';
    expect((await doe(nieuw, afweging3(lang))).status).toBe('toestemming');
    // And the old process, on the old content version, never met it.
    expect((await replay(metVersie, await nieuw.fetchHistory())).error).toBeUndefined();
  });
});

describe('versioned workflow input', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('invoer');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('invoer_test')]);
    worker = await startTestWorker({ taskQueue, db: db.db });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  it('still runs a process started with the shape from before inputs carried a version', async () => {
    const { v: _, ...oud } = testInput();
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: oud.id,
      args: [oud as never],
    });
    await handle.executeUpdate(opdrachtUpdate, {
      args: [
        {
          opdracht: {
            soort: 'afweging-1',
            antwoord: { hoortBijMij: false, toelichting: 'Hoort bij de GGD.', doorverwezenNaar: 'GGD' },
          },
          door: casemanager,
        },
      ],
    });
    expect((await handle.result()).status).toBe('doorverwezen');
  });

  it('fails a process at once when no version of the schema accepts its input', async () => {
    const input = { ...testInput(), v: 2 };
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input as never],
    });
    const fout = await handle.result().catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WorkflowFailedError);
    const oorzaak = (fout as WorkflowFailedError).cause as ApplicationFailure;
    expect(oorzaak.type).toBe(ONGELDIGE_INVOER_FAILURE);
    expect(oorzaak.message).toContain('geen versie van zijn schema');
    expect(oorzaak.message).not.toContain(input.aanvraag.doel);
  });
});
