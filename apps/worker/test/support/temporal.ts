import { randomBytes, randomUUID } from 'node:crypto';
import { type Beleid, CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import type { Db } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import type { Client } from '@deelwijs/domain';
import { startTelemetrie } from '@deelwijs/telemetrie';
import type { DeelverzoekWorkflowInput } from '@deelwijs/temporal';
import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createBewaartermijnActivities } from '../../dist/activities/bewaartermijn.activities';
import { createDeelverzoekActivities } from '../../dist/activities/deelverzoek.activities';
import { createDossierActivities } from '../../dist/activities/dossier.activities';
import { createUitnodigingActivities } from '../../dist/activities/uitnodiging.activities';
import type { MailAdapter } from '../../dist/meldingen/mail';

/** Collects e-mails instead of printing them, so tests can check they hold no client data. */
export const verzondenMail: Array<{ aan: string; onderwerp: string; tekst: string }> = [];
const stilleMail: MailAdapter = { stuur: async (m) => void verzondenMail.push(m) };

// The compiled worker: its bundle is what production runs, and require.resolve needs JS.
import { createWorker, workflowBundelOpties } from '../../dist/worker';

/** The SDK as the worker's main starts it, so activity and workflow spans have real ids here too. */
export const testTelemetrie = startTelemetrie({ dienst: 'deelwijs-worker-test' });

/** Pseudonymises the test workers' verwerkingslog. */
export const testVerwerkingslogSleutel = randomBytes(32);

/** Set by infra/test.sh, which starts the real Temporal dev server. */
export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address)
    throw new Error(
      'TEMPORAL_ADDRESS ontbreekt: start de tests met infra/test.sh (die de Temporal dev-server start).',
    );
  return address;
}

/**
 * The test run's payload key (infra/test.sh sets one per run, so the run's histories can be replayed
 * at its end), or a throwaway one; the replay fixtures carry their own fixed key.
 */
export const testSleutels =
  process.env.DEELWIJS_TEST_PAYLOAD_KEYS ?? `test:${randomBytes(32).toString('base64')}`;

/**
 * Fixed, test-only payload key: every committed replay fixture is encrypted with it (so CI can
 * replay them and no fixture holds client data in clear text) and `histories:opnemen` records with
 * it. It is public, protects nothing real, and must never be a production key.
 */
export const FIXTURE_SLEUTELS = 'fixture:ZGVlbHdpanMtcmVwbGF5LWZpeHR1cmUtc2xldXRlbCE=';

export const uniekeTaakwachtrij = (naam: string) => `${naam}-${randomUUID()}`;

export function verbindTestomgeving(sleutels = testSleutels) {
  return TestWorkflowEnvironment.createFromExistingServer({
    address: temporalAddress(),
    namespace: 'default',
    client: {
      dataConverter: deelwijsDataConverter(leesPayloadSleutels(sleutels)),
      // As the API's client: a workflow started here continues the caller's trace.
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    },
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** Bundling takes seconds; do it once per test process. */
export const workflowBundle = () => {
  bundle ??= bundleWorkflowCode({ ...workflowBundelOpties, logger: undefined });
  return bundle;
};

/** Signs the test workers' dossier checkpoints. */
export const testDossierSleutel = randomBytes(32);

/** A worker in this test process, on the real dev server, writing to the given database. */
export async function startTestWorker(opties: {
  taskQueue: string;
  db: Db;
  sleutels?: string;
  /** The mail adapter under test; by default e-mails are collected in `verzondenMail`. */
  mail?: MailAdapter;
  /** Another build of the workflow code (a rule variant, test/versies.test.ts). */
  bundle?: WorkflowBundleWithSourceMap;
}) {
  const connection = await NativeConnection.connect({ address: temporalAddress() });
  const worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue: opties.taskQueue,
    payloadSleutels: opties.sleutels ?? testSleutels,
    telemetrie: testTelemetrie,
    activities: {
      ...createDeelverzoekActivities(
        opties.db,
        opties.mail ?? stilleMail,
        'http://dashboard.test',
        testVerwerkingslogSleutel,
      ),
      ...createDossierActivities(
        opties.db,
        testDossierSleutel,
        opties.mail ?? stilleMail,
        'http://dashboard.test',
        testVerwerkingslogSleutel,
      ),
      ...createBewaartermijnActivities(opties.db, testVerwerkingslogSleutel),
      ...createUitnodigingActivities(opties.db, opties.mail ?? stilleMail, 'http://dashboard.test'),
    },
    workflowBundle: opties.bundle ?? (await workflowBundle()),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

export const casemanager = { gebruikerId: 'eva-smit', rollen: ['professional' as const] };

/** Eva Smit (sociaal werker, wijkteam) about demo client Sanne (an adult without representatives). */
export const testInput = (
  doel = 'Overleg over de schulden van mevrouw met de Wmo-consulent',
  opties: { beleid?: Beleid; client?: Client } = {},
): DeelverzoekWorkflowInput => ({
  v: 1,
  id: randomUUID(),
  aanvraag: {
    clientId: demoClienten[0]!.id,
    doel,
    ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent', soort: 'betrokken-hulpverleners' }],
  },
  door: { gebruikerId: casemanager.gebruikerId },
  contentVersie: CONTENT_VERSIE,
  beleid: opties.beleid ?? standaardBeleid,
  client: opties.client ?? {
    id: demoClienten[0]!.id,
    geboortedatum: demoClienten[0]!.geboortedatum,
    wilsonbekwaam: false,
    vertegenwoordigers: [],
  },
  professional: {
    gebruikerId: casemanager.gebruikerId,
    pet: 'sociaal-werker',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
});
