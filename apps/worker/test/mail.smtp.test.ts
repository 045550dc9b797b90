import { randomUUID } from 'node:crypto';
import { standaardBeleid } from '@deelwijs/content';
import { deelverzoekQueries, notificatieQueries } from '@deelwijs/db';
import { demoClienten, demoGebruikers } from '@deelwijs/db/seed';
import { createTestDatabase } from '@deelwijs/db/testing';
import { type Opdracht, startDeelverzoek } from '@deelwijs/domain';
import {
  DEELVERZOEK_WORKFLOW,
  MAIL_GEWEIGERD_FAILURE,
  MAIL_STORING_FAILURE,
  opdrachtUpdate,
} from '@deelwijs/temporal';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDeelverzoekActivities } from '../dist/activities/deelverzoek.activities';
import { smtpMail } from '../dist/meldingen/smtp';
import { afweging1Ja, afweging2Ja } from './support/opdrachten';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server';
import {
  casemanager,
  startTestWorker,
  testInput,
  testVerwerkingslogSleutel,
  uniekeTaakwachtrij,
  verbindTestomgeving,
} from './support/temporal';

const LOGIN = { user: 'deelwijs', pass: 'geheim-voor-de-test' };
const AFZENDER = 'noreply@deelwijs.test';
const eva = demoGebruikers.find((g) => g.id === casemanager.gebruikerId)!;
const sanne = demoClienten[0]!;
const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';

/** Nothing in an e-mail may say whom it is about or why: not the client, not the purpose. */
function verwachtGeenClientgegevens(bron: string) {
  for (const verboden of [
    sanne.naam,
    'Sanne',
    'de Vries',
    sanne.pseudoniem,
    sanne.id,
    sanne.geboortedatum,
    DOEL,
    'schulden',
  ])
    expect(bron).not.toContain(verboden);
}

const adapter = (port: number, login = LOGIN) =>
  smtpMail({ host: '127.0.0.1', port, secure: false, auth: login, from: `Deelwijs <${AFZENDER}>` });

/** A port that refuses connections: a server that was there and is gone. */
async function geslotenPoort(): Promise<number> {
  const weg = await startSmtpServer(LOGIN);
  await weg.stop();
  return weg.port;
}

describe('the SMTP adapter against a real smtp-server', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer(LOGIN);
  });
  afterAll(() => smtp?.stop());
  beforeEach(() => smtp.antwoord(() => undefined));

  it('hands the message over with the configured sender and login', async () => {
    await adapter(smtp.port).stuur({ aan: 'eva@wijkteam.test', onderwerp: 'Onderwerp', tekst: 'Doe dit.' });
    const bericht = smtp.ontvangen.at(-1)!;
    expect(bericht).toMatchObject({
      mailFrom: AFZENDER,
      rcptTo: ['eva@wijkteam.test'],
      onderwerp: 'Onderwerp',
    });
    expect(bericht.van).toBe(`Deelwijs <${AFZENDER}>`);
    expect(bericht.tekst.trim()).toBe('Doe dit.');
  });

  it('tells a refusal for good (5xx) from a failure that may pass (4xx, no server, wrong login)', async () => {
    const stuur = (port: number, login = LOGIN) =>
      adapter(port, login)
        .stuur({ aan: 'eva@wijkteam.test', onderwerp: 'x', tekst: 'y' })
        .then(
          () => 'verstuurd',
          (f: unknown) => f,
        );
    smtp.antwoord(() => ({ code: 550, tekst: 'Mailbox unavailable' }));
    const geweigerd = await stuur(smtp.port);
    // By name: vitest loads the dist modules apart from the adapter's own require of them.
    expect(geweigerd).toMatchObject({
      name: 'MailFout',
      permanent: true,
      message: expect.stringContaining('550'),
    });
    expect((geweigerd as Error).message).not.toContain('eva@wijkteam.test');

    smtp.antwoord(() => ({ code: 451, tekst: 'Try again later' }));
    expect(await stuur(smtp.port)).toMatchObject({
      permanent: false,
      message: expect.stringContaining('451'),
    });

    smtp.antwoord(() => undefined);
    expect(await stuur(smtp.port, { user: LOGIN.user, pass: 'fout' })).toMatchObject({ permanent: false });
    expect(await stuur(await geslotenPoort())).toMatchObject({ permanent: false });
    expect(await stuur(smtp.port)).toBe('verstuurd');
  });
});

describe('the reminder activity with SMTP and PostgreSQL', () => {
  let smtp: TestSmtpServer;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    [smtp, db] = await Promise.all([startSmtpServer(LOGIN), createTestDatabase('mail_test')]);
  });
  afterAll(async () => {
    await smtp?.stop();
    await db?.drop();
  });

  const nieuwDeelverzoek = async () => {
    const { deelverzoek, aantekeningen } = startDeelverzoek({
      id: randomUUID(),
      aanvraag: { clientId: sanne.id, doel: DOEL, ontvangers: [{ organisatie: 'Gemeente Zutphen' }] },
      door: { gebruikerId: eva.id },
      op: new Date().toISOString(),
      contentVersie: '2025.1.0',
      beleidVersie: standaardBeleid.versie,
    });
    await deelverzoekQueries(db.db).legStapVast({
      deelverzoek,
      aantekeningen,
      volgnummer: 1,
      op: deelverzoek.aangemaaktOp,
      volgende: { actie: null, op: null },
    });
    return deelverzoek.id;
  };
  const herinnering = (deelverzoekId: string) => ({
    id: `${deelverzoekId}:herinnering-geen-poging`,
    gebruikerId: eva.id,
    deelverzoekId,
    soort: 'toestemming-geen-poging' as const,
    op: new Date().toISOString(),
  });
  const voor = (id: string) => smtp.ontvangen.filter((m) => m.tekst.includes(id));
  const faal = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (f: unknown) => f,
    );

  it('writes the in-app reminder and sends one e-mail with what to do and a link, nothing about the client', async () => {
    const id = await nieuwDeelverzoek();
    const activities = createDeelverzoekActivities(
      db.db,
      adapter(smtp.port),
      'https://deelwijs.gemeente.test',
      testVerwerkingslogSleutel,
    );
    await activities.herinner(herinnering(id));
    await activities.herinner(herinnering(id)); // a retry after the activity's result was lost
    expect(voor(id)).toHaveLength(1);
    const [bericht] = voor(id);
    expect(bericht).toMatchObject({
      mailFrom: AFZENDER,
      rcptTo: [eva.email],
      onderwerp: 'Deelwijs: actie nodig bij een deelverzoek',
    });
    expect(bericht!.tekst).toContain('Leg een poging vast');
    expect(bericht!.tekst).toContain(`https://deelwijs.gemeente.test/deelverzoeken/${id}`);
    verwachtGeenClientgegevens(bericht!.bron);
    verwachtGeenClientgegevens(bericht!.tekst);
    const [notificatie] = await notificatieQueries(db.db).voorGebruiker(eva.id);
    expect(notificatie).toMatchObject({ deelverzoekId: id, soort: 'toestemming-geen-poging' });
    expect(notificatie!.emailVerstuurdOp).not.toBeNull();
  });

  it('fails retryably while the mail server is away, keeps the in-app reminder, and sends once it is back', async () => {
    const id = await nieuwDeelverzoek();
    const poort = await geslotenPoort();
    const fout = await faal(
      createDeelverzoekActivities(
        db.db,
        adapter(poort),
        'https://d.test',
        testVerwerkingslogSleutel,
      ).herinner(herinnering(id)),
    );
    expect(fout).toMatchObject({
      name: 'ApplicationFailure',
      type: MAIL_STORING_FAILURE,
      nonRetryable: false,
    });
    expect((await notificatieQueries(db.db).voorGebruiker(eva.id)).some((n) => n.deelverzoekId === id)).toBe(
      true,
    );

    // Temporal's retry: the reminder exists already, its e-mail has not gone out yet.
    await createDeelverzoekActivities(
      db.db,
      adapter(smtp.port),
      'https://d.test',
      testVerwerkingslogSleutel,
    ).herinner(herinnering(id));
    expect(voor(id)).toHaveLength(1);
  });

  it('fails without retries when the mail server refuses the message for good (5xx)', async () => {
    const id = await nieuwDeelverzoek();
    smtp.antwoord(() => ({ code: 554, tekst: 'Transaction failed' }));
    try {
      const fout = await faal(
        createDeelverzoekActivities(
          db.db,
          adapter(smtp.port),
          'https://d.test',
          testVerwerkingslogSleutel,
        ).herinner(herinnering(id)),
      );
      expect(fout).toMatchObject({ type: MAIL_GEWEIGERD_FAILURE, nonRetryable: true });
    } finally {
      smtp.antwoord(() => undefined);
    }
    expect((await notificatieQueries(db.db).voorGebruiker(eva.id)).some((n) => n.deelverzoekId === id)).toBe(
      true,
    );
  });
});

// Policy durations injected in seconds, as in the other workflow tests.
const snelBeleid = {
  ...standaardBeleid,
  versie: 'test-snel-mail',
  toestemming: {
    herinneringZonderPoging: { aantal: 1, eenheid: 'seconden' as const },
    maxPogingen: 1,
    beslismomentZonderAntwoord: { aantal: 60, eenheid: 'seconden' as const },
  },
};
const totToestemming: Opdracht[] = [
  afweging1Ja,
  afweging2Ja,
  {
    soort: 'afweging-3',
    antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
  },
];

describe('reminders by e-mail from the consent clock on the Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let smtp: TestSmtpServer;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: { stop(): Promise<void> };
  const taskQueue = uniekeTaakwachtrij('mail');

  beforeAll(async () => {
    [env, db, smtp] = await Promise.all([
      verbindTestomgeving(),
      createTestDatabase('mail_workflow_test'),
      startSmtpServer(LOGIN),
    ]);
    worker = await startTestWorker({ taskQueue, db: db.db, mail: adapter(smtp.port) });
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await smtp?.stop();
    await db?.drop();
  });

  const doe = (handle: WorkflowHandle, opdracht: Opdracht) =>
    handle.executeUpdate(opdrachtUpdate, { args: [{ opdracht, door: casemanager }] });
  const start = async () => {
    const input = testInput(DOEL, { beleid: snelBeleid });
    const handle = await env.client.workflow.start(DEELVERZOEK_WORKFLOW, {
      taskQueue,
      workflowId: input.id,
      args: [input],
    });
    for (const opdracht of totToestemming) await doe(handle, opdracht);
    return { id: input.id, handle };
  };
  const aangeboden = (id: string) => smtp.aangeboden.filter((m) => m.tekst.includes(id));
  const ontvangen = (id: string) => smtp.ontvangen.filter((m) => m.tekst.includes(id));
  const klok = (id: string) => env.client.workflow.getHandle(`${id}:toestemmingsklok:1`);
  /** The attempt the reminder activity was on when it last started (Temporal records the last one). */
  const pogingenVanHerinnering = async (id: string) =>
    (await klok(id).fetchHistory()).events
      ?.filter((e) => e.activityTaskStartedEventAttributes)
      .map((e) => e.activityTaskStartedEventAttributes!.attempt) ?? [];

  it('retries a reminder while the mail server answers 4xx, and it arrives once when it accepts again', async () => {
    let weigeringen = 0;
    smtp.antwoord((m) =>
      m.tekst.includes('Leg een poging vast') && ++weigeringen <= 2
        ? { code: 421, tekst: 'Busy' }
        : undefined,
    );
    const { id } = await start();
    await expect.poll(() => ontvangen(id).length, { timeout: 30_000, interval: 250 }).toBe(1);
    expect(aangeboden(id)).toHaveLength(3);
    expect(await pogingenVanHerinnering(id)).toContain(3);
    const [bericht] = ontvangen(id);
    expect(bericht).toMatchObject({ mailFrom: AFZENDER, rcptTo: [eva.email] });
    expect(bericht!.tekst).toContain(`http://dashboard.test/deelverzoeken/${id}`);
    verwachtGeenClientgegevens(bericht!.bron);
    smtp.antwoord(() => undefined);
  });

  it('does not retry a reminder the mail server refuses for good (5xx): the in-app reminder stands and the clock goes on', async () => {
    smtp.antwoord(() => ({ code: 550, tekst: 'Mailbox unavailable' }));
    const { id, handle } = await start();
    await expect.poll(() => aangeboden(id).length, { timeout: 20_000, interval: 250 }).toBe(1);
    // The clock goes on: the attempt that reaches the maximum prompts a decision, also refused by mail.
    await doe(handle, {
      soort: 'toestemmingspoging',
      poging: {
        op: new Date(Date.now() - 1000).toISOString(),
        wijze: 'gesprek',
        partij: { soort: 'client' },
        uitkomst: 'geen-antwoord',
      },
    });
    expect(await klok(id).result()).toBe('beslissen');
    expect(aangeboden(id)).toHaveLength(2); // each refused once, never offered again
    expect(ontvangen(id)).toHaveLength(0);
    expect(await pogingenVanHerinnering(id)).toEqual([1, 1]);
    const soorten = (await notificatieQueries(db.db).voorGebruiker(eva.id))
      .filter((n) => n.deelverzoekId === id)
      .map((n) => n.soort);
    expect(soorten.sort()).toEqual(['toestemming-geen-poging', 'toestemming-max-pogingen']);
    smtp.antwoord(() => undefined);
  });
});
