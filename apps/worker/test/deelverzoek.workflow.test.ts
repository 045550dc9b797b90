import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import { deelverzoekQueries } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import type { Afweging1Antwoord } from '@deelwijs/domain';
import {
  DEELVERZOEK_WORKFLOW,
  deelverzoekStatusQuery,
  OVERTREDING_FAILURE,
  opdrachtUpdate,
} from '@deelwijs/temporal';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casemanager,
  startTestWorker,
  testInput,
  uniekeTaakwachtrij,
  verbindTestomgeving,
} from './support/temporal';

/** Every byte array in a history: payload data and metadata, failure attributes. */
function alleBytes(value: unknown, acc: Buffer[] = []): Buffer[] {
  if (value instanceof Uint8Array) acc.push(Buffer.from(value));
  else if (Array.isArray(value)) for (const v of value) alleBytes(v, acc);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) alleBytes(v, acc);
  else if (typeof value === 'string') acc.push(Buffer.from(value));
  return acc;
}

export const afweging1 = (antwoord: Afweging1Antwoord) => ({
  args: [{ opdracht: { soort: 'afweging-1' as const, antwoord }, door: casemanager }] as [never],
});

const GEHEIM_DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';

describe('deelverzoekWorkflow on the Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('deelverzoek');

  beforeAll(async () => {
    [env, db] = await Promise.all([verbindTestomgeving(), createTestDatabase('worker_test')]);
    worker = await startTestWorker({ taskQueue, db: db.db });
  });

  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await db?.drop();
  });

  const start = async () => {
    const wf = testInput(GEHEIM_DOEL);
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: wf.id,
      args: [wf],
    });
    await expect
      .poll(() => handle.query(deelverzoekStatusQuery).then((s) => s.geregistreerd), { timeout: 20_000 })
      .toBe(true);
    return { wf, handle };
  };

  it('writes the deelverzoek and its first dossieraantekening with the pinned versions', async () => {
    const { wf } = await start();
    const rij = await deelverzoekQueries(db.db).vind(wf.id);
    expect(rij?.deelverzoek).toMatchObject({
      status: 'afweging-1',
      contentVersie: CONTENT_VERSIE,
      beleidVersie: standaardBeleid.versie,
    });
    const aantekeningen = await deelverzoekQueries(db.db).aantekeningen(wf.id);
    expect(aantekeningen.map((a) => a.soort)).toEqual(['deelverzoek-gestart']);
  });

  it('closes as doorverwezen when the question does not belong to the professional', async () => {
    const { wf, handle } = await start();
    const status = await handle.executeUpdate(
      opdrachtUpdate,
      afweging1({
        hoortBijMij: false,
        toelichting: 'Hoort bij de GGD',
        doorverwezenNaar: 'GGD Noord- en Oost-Gelderland',
      }),
    );
    expect(status).toMatchObject({ status: 'doorverwezen' });
    expect(await handle.result()).toMatchObject({ status: 'doorverwezen' });
    const aantekeningen = await deelverzoekQueries(db.db).aantekeningen(wf.id);
    expect(aantekeningen.map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1', 'afsluiting']);
    expect((await deelverzoekQueries(db.db).vind(wf.id))?.deelverzoek.status).toBe('doorverwezen');
  });

  it('refuses invalid input in the validator with the Dutch message, and writes nothing', async () => {
    const { wf, handle } = await start();
    const fout = await handle
      .executeUpdate(opdrachtUpdate, afweging1({ hoortBijMij: false, toelichting: 'Niet voor mij' }))
      .catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (fout as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(cause.type).toBe(OVERTREDING_FAILURE);
    expect(cause.message).toContain('Noem bij een doorverwijzing naar wie u de cliënt verwijst.');
    expect(await deelverzoekQueries(db.db).aantekeningen(wf.id)).toHaveLength(1);
    expect((await handle.query(deelverzoekStatusQuery)).status).toBe('afweging-1');
  });

  it('refuses a second answer to afweging 1 with the rule that forbids it', async () => {
    const { handle } = await start();
    await handle.executeUpdate(
      opdrachtUpdate,
      afweging1({ hoortBijMij: true, toelichting: 'Past bij mijn taak' }),
    );
    const fout = await handle
      .executeUpdate(opdrachtUpdate, afweging1({ hoortBijMij: true, toelichting: 'Nog een keer' }))
      .catch((e: unknown) => e);
    const details = ((fout as WorkflowUpdateFailedError).cause as ApplicationFailure).details;
    expect(details?.[0]).toEqual([expect.objectContaining({ code: 'afweging-1-al-beantwoord' })]);
  });

  it('keeps client data out of the Temporal history in clear text', async () => {
    const { handle } = await start();
    await handle.executeUpdate(
      opdrachtUpdate,
      afweging1({
        hoortBijMij: false,
        toelichting: 'Toelichting met Sanne erin',
        doorverwezenNaar: 'Sociaal wijkteam',
      }),
    );
    const bytes = Buffer.concat(alleBytes(await handle.fetchHistory()));
    expect(bytes.includes('binary/encrypted')).toBe(true); // the walk does see the payloads
    for (const geheim of [GEHEIM_DOEL, 'Sanne', 'Gemeente Zutphen', 'Sociaal wijkteam', '1987-03-14']) {
      expect(bytes.includes(geheim)).toBe(false);
    }
  });
});
