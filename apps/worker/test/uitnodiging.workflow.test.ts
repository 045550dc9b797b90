import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gebruikerQueries, uitnodigingQueries } from '@deelwijs/db';
import { createTestDatabase } from '@deelwijs/db/testing';
import {
  AesGcmPayloadCodec,
  leesPayloadSleutels,
  UITNODIGING_WORKFLOW,
  type UitnodigingUitkomst,
  type UitnodigingWorkflowInput,
  uitnodigingWorkflowId,
} from '@deelwijs/temporal';
import { scanHistory } from '@deelwijs/temporal/histories';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsAan, wachtOpUitnodiging } from '../../../tests/lib/postbus';
import type * as MailModule from '../dist/meldingen/mail';
import type * as PostmapModule from '../dist/meldingen/postmap';
import { startTestWorker, testSleutels, uniekeTaakwachtrij, verbindTestomgeving } from './support/temporal';

// Loaded by Node itself, as the compiled activities load them: one MailFout class, so `instanceof` holds.
const nodeRequire = createRequire(__filename);
const { consoleMail } = nodeRequire('../dist/meldingen/mail') as typeof MailModule;
const { mapMail } = nodeRequire('../dist/meldingen/postmap') as typeof PostmapModule;

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toISOString();

describe('uitnodigingWorkflow on the dev server: the link goes to the mailbox, never into the history', () => {
  const taskQueue = uniekeTaakwachtrij('uitnodiging');
  const consoleQueue = uniekeTaakwachtrij('uitnodiging-console');
  let env: TestWorkflowEnvironment;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let postbus: string;
  const workers: Array<{ stop(): Promise<void> }> = [];

  beforeAll(async () => {
    postbus = await mkdtemp(path.join(tmpdir(), 'deelwijs-postbus-'));
    [env, database] = await Promise.all([verbindTestomgeving(), createTestDatabase('uitnodiging_test')]);
    workers.push(await startTestWorker({ taskQueue, db: database.db, mail: mapMail(postbus) }));
    workers.push(await startTestWorker({ taskQueue: consoleQueue, db: database.db, mail: consoleMail }));
  });
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await env?.teardown();
    await database?.drop();
    if (postbus) await rm(postbus, { recursive: true, force: true });
  });

  /** An invited account with its first link's row, as the API writes them in one transaction. */
  async function uitgenodigd(volgnummer = 1) {
    const id = `nina-${randomUUID().slice(0, 8)}`;
    const email = `${id}@gemeente.test`;
    await gebruikerQueries(database.db).voegToe([
      {
        id,
        email,
        naam: 'Nina Dekker',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
        status: 'uitgenodigd',
      },
    ]);
    const verlooptOp = over(7);
    await uitnodigingQueries(database.db).maak({
      gebruikerId: id,
      volgnummer,
      aangemaaktDoor: 'beheer',
      verlooptOp,
    });
    return { id, email, verlooptOp };
  }

  const start = (input: UitnodigingWorkflowInput, queue = taskQueue) =>
    env.client.workflow.start(UITNODIGING_WORKFLOW, {
      taskQueue: queue,
      workflowId: uitnodigingWorkflowId(input.gebruikerId, input.volgnummer),
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [input],
    });

  const rij = async (id: string, volgnummer = 1) =>
    (await uitnodigingQueries(database.db).vindVolgnummer(id, volgnummer))!.uitnodiging;

  it('mails the link to the account’s address; the database holds the hash of exactly that token', async () => {
    const { id, email, verlooptOp } = await uitgenodigd();
    const handle = await start({ v: 1, gebruikerId: id, volgnummer: 1, verlooptOp });
    // A double click starts the same workflow: one mail.
    const nogmaals = await start({ v: 1, gebruikerId: id, volgnummer: 1, verlooptOp });
    expect(nogmaals.firstExecutionRunId).toBe(handle.firstExecutionRunId);
    const uitkomst: UitnodigingUitkomst = await handle.result();
    expect(uitkomst.status).toBe('verstuurd');

    const mail = await wachtOpUitnodiging(postbus, email);
    expect(mail.onderwerp).toBe('Uitnodiging voor Deelwijs: kies uw wachtwoord');
    expect(mail.link).toBe(`http://dashboard.test/uitnodiging#${mail.token}`);
    expect(mail.tekst).toContain('Beste Nina Dekker,');
    expect(mail.tekst).toMatch(/De link werkt één keer, tot \d{1,2} \w+ \d{4} om \d{2}:\d{2}\./);
    expect(await mailsAan(postbus, email)).toHaveLength(1);
    // Only its owner reads the file: the link in it is a key to an account.
    expect((await stat(mail.bestand)).mode & 0o777).toBe(0o600);
    expect((await stat(postbus)).mode & 0o777).toBe(0o700);

    const opgeslagen = await rij(id);
    expect(opgeslagen.tokenHash).toBe(sha256(mail.token));
    expect(opgeslagen.verstuurdOp).not.toBeNull();
    expect(new Date(uitkomst.verstuurdOp!).getTime()).toBe(new Date(opgeslagen.verstuurdOp!).getTime());

    // The history, every payload decoded with the run's key: the account id is there (the control),
    // the token and its hash are not.
    const json = JSON.parse(historyToJSON(await handle.fetchHistory()));
    const scan = await scanHistory(
      handle.workflowId,
      json,
      [
        { label: 'account', tekst: id },
        { label: 'token', tekst: mail.token },
        { label: 'hash', tekst: opgeslagen.tokenHash! },
        { label: 'e-mailadres', tekst: email },
      ],
      new AesGcmPayloadCodec(leesPayloadSleutels(testSleutels)),
    );
    expect(scan.payloads).toBeGreaterThan(0);
    expect(scan.nietGeopend).toBe(0);
    expect([...new Set(scan.vondsten.map((v) => v.label))]).toEqual(['account']);
  });

  it('mails nothing for a link withdrawn before it went out (a newer link, or the account deactivated)', async () => {
    const { id, email, verlooptOp } = await uitgenodigd();
    await uitnodigingQueries(database.db).trekIn(id, new Date().toISOString());
    const uitkomst = await (await start({ v: 1, gebruikerId: id, volgnummer: 1, verlooptOp })).result();
    expect(uitkomst).toEqual({ status: 'ingetrokken' });
    expect(await mailsAan(postbus, email)).toEqual([]);
    expect((await rij(id)).tokenHash).toBeNull();
  });

  it('ends as niet-verstuurd when the adapter refuses: the console adapter never logs a secret link', async () => {
    const { id, verlooptOp } = await uitgenodigd();
    const uitkomst = await (
      await start({ v: 1, gebruikerId: id, volgnummer: 1, verlooptOp }, consoleQueue)
    ).result();
    expect(uitkomst).toEqual({ status: 'niet-verstuurd' });
    const opgeslagen = await rij(id);
    expect(opgeslagen.nietVerstuurdOp).not.toBeNull();
    expect(opgeslagen.verstuurdOp).toBeNull();
    // The token made for it was dropped: no copy of it can ever open the account.
    expect(opgeslagen.tokenHash).toBeNull();
  });

  it('gives up on a link whose row never committed, and says so without failing the workflow', async () => {
    const uitkomst = await (
      await start({
        v: 1,
        gebruikerId: `nooit-${randomUUID().slice(0, 8)}`,
        volgnummer: 1,
        verlooptOp: over(7),
      })
    ).result();
    expect(uitkomst).toEqual({ status: 'niet-verstuurd' });
  }, 90_000);
});
