import { createTestDatabase } from '@deelwijs/db/testing';
import {
  BEWAARTERMIJN_WORKFLOW,
  DEELVERZOEK_WORKFLOW,
  DOORBREKING_WORKFLOW,
  deelwijsDataConverter,
  INFORMEREN_ACHTERAF_WORKFLOW,
  leesPayloadSleutels,
  opdrachtUpdate,
} from '@deelwijs/temporal';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huidigeHashes, klareTekstIn, leesFixtures, leesManifest, naamKlopt } from './opname/fixtures';
import { bewaartermijnPaden, DOEL, paden } from './opname/paden';
import {
  casemanager,
  FIXTURE_SLEUTELS,
  startTestWorker,
  testInput,
  uniekeTaakwachtrij,
  verbindTestomgeving,
  workflowBundle,
} from './support/temporal';

const replay = async (histories: Array<{ workflowId: string; history: unknown }>) => {
  const results = [];
  for await (const result of Worker.runReplayHistories(
    {
      workflowBundle: await workflowBundle(),
      dataConverter: deelwijsDataConverter(leesPayloadSleutels(FIXTURE_SLEUTELS)),
    },
    histories.map((h) => ({ workflowId: h.workflowId, history: h.history as never })),
  )) {
    results.push(result);
  }
  return results;
};

describe('replaying deelverzoek histories (determinism)', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('replay');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(FIXTURE_SLEUTELS), createTestDatabase('replay_test')]);
    worker = await startTestWorker({ taskQueue, db: db.db, sleutels: FIXTURE_SLEUTELS });
  });

  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  // Append-only: fixtures are added by `histories:opnemen` and never re-recorded or edited, so
  // each one is a process that started under older code and must still run under this code.
  const fixtures = leesFixtures();

  it('replays every committed fixture, of every workflow type and age, without a determinism error', async () => {
    expect(fixtures.length).toBeGreaterThan(paden.length);
    const results = await replay(fixtures.map((f) => ({ workflowId: f.bestand, history: f.history })));
    expect(results.map((r) => [r.workflowId, r.error?.message])).toEqual(
      fixtures.map((f) => [f.bestand, undefined]),
    );
    const soorten = [...new Set(fixtures.map((f) => f.workflowType))].sort();
    console.log(`${fixtures.length} vastgelegde histories herspeeld (${soorten.join(', ')}).`);
  });

  it('has a fixture for every path of every workflow, each named by workflow, path, day and commit', () => {
    expect(fixtures.filter((f) => !naamKlopt(f)).map((f) => f.bestand)).toEqual([]);
    const opgenomen = new Set(fixtures.map((f) => `${f.workflowType}/${f.pad}`));
    const verwacht = paden.flatMap((p) => [
      `${DEELVERZOEK_WORKFLOW}/${p.naam}`,
      ...(p.klokken > 0 ? [`toestemmingsklokWorkflow/${p.naam}`] : []),
      ...((p.doorbrekingsklokken ?? 0) > 0 ? [`${DOORBREKING_WORKFLOW}/${p.naam}`] : []),
      ...(p.informerenklok ? [`${INFORMEREN_ACHTERAF_WORKFLOW}/${p.naam}`] : []),
    ]);
    verwacht.push(...bewaartermijnPaden.map((p) => `${BEWAARTERMIJN_WORKFLOW}/${p.naam}`));
    expect(verwacht.filter((v) => !opgenomen.has(v))).toEqual([]);
  });

  it('keeps every fixture exactly as it was recorded: none changed, re-recorded or removed', () => {
    // A new fixture is listed by the recorder; an edit or a re-recording changes its hash.
    expect(Object.fromEntries(huidigeHashes())).toEqual(Object.fromEntries(leesManifest()));
  });

  it('holds no client data of the recordings in clear text', () => {
    const geheim = [DOEL, testInput().aanvraag.clientId, 'Sanne'];
    expect(fixtures.filter((f) => klareTekstIn(f.history, geheim).length > 0).map((f) => f.bestand)).toEqual(
      [],
    );
  });

  it('replays a history recorded in this run', async () => {
    const input = testInput();
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input],
    });
    await handle.executeUpdate(opdrachtUpdate, {
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
    await handle.result();
    const history = await handle.fetchHistory();
    const [result] = await replay([{ workflowId: input.id, history }]);
    expect(result?.error).toBeUndefined();
  });

  it('replays a consent path with its child clock and signals, recorded in this run', async () => {
    const input = testInput('Overleg over de schulden van mevrouw met de Wmo-consulent');
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input],
    });
    const reikwijdte = {
      doel: input.aanvraag.doel,
      gegevens: ['relevante-hulpinformatie'],
      ontvangers: ['Gemeente Zutphen'],
      wijze: 'schriftelijk',
      intrekkenUitgelegd: true,
    };
    const stappen = [
      { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' } },
      {
        soort: 'afweging-2',
        antwoord: {
          welbepaaldDoel: true,
          uitdrukkelijkOmschreven: true,
          gegevens: ['relevante-hulpinformatie'],
          grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kan vrij kiezen en weet waarvoor.' },
          toelichting: 'Doel en gegevens doorgenomen.',
        },
      },
      {
        soort: 'afweging-3',
        antwoord: {
          doelmatig: true,
          proportioneel: true,
          subsidiair: true,
          toelichting: 'Nodig en evenredig.',
        },
      },
      {
        soort: 'toestemmingspoging',
        poging: {
          op: new Date(Date.now() - 1000).toISOString(),
          wijze: 'gesprek',
          partij: { soort: 'client' },
          uitkomst: 'geen-antwoord',
        },
      },
      {
        soort: 'toestemmingspoging',
        poging: {
          op: new Date().toISOString(),
          wijze: 'telefoon',
          partij: { soort: 'client' },
          uitkomst: 'ja',
          reikwijdte,
        },
      },
    ];
    for (const opdracht of stappen)
      await handle.executeUpdate(opdrachtUpdate, {
        args: [{ opdracht: opdracht as never, door: casemanager }],
      });
    const history = await handle.fetchHistory();
    const [result] = await replay([{ workflowId: input.id, history }]);
    expect(result?.error).toBeUndefined();
  });
});
