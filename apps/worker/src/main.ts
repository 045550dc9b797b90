import { existsSync } from 'node:fs';
import { createDb } from '@deelwijs/db';
import { otlpUrl, startTelemetrie } from '@deelwijs/telemetrie';
import { temporalVerbinding } from '@deelwijs/temporal';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { createBewaartermijnActivities } from './activities/bewaartermijn.activities';
import { createDeelverzoekActivities } from './activities/deelverzoek.activities';
import { createDossierActivities } from './activities/dossier.activities';
import { createUitnodigingActivities } from './activities/uitnodiging.activities';
import { planBewaartermijn } from './bewaartermijn-schema';
import { bundlePath } from './bundle';
import { leesConfig, smtpInstellingen, workerTuning } from './config';
import { planDossiercontrole } from './dossiercontrole-schema';
import { startGezondheid } from './gezondheid';
import { TemporalNaarPino, workerLogger } from './logging';
import { consoleMail } from './meldingen/mail';
import { mapMail } from './meldingen/postmap';
import { smtpMail } from './meldingen/smtp';
import { createWorker } from './worker';

async function main() {
  const config = leesConfig();
  const telemetrie = startTelemetrie({
    dienst: 'deelwijs-worker',
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  // The SDK's own lines and core's (forwarded from Rust) go into the same JSON log.
  Runtime.install({
    logger: new TemporalNaarPino(workerLogger.child({ component: 'temporal' })),
    telemetryOptions: {
      logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} },
      // Core's own metrics (task slots, sticky cache, poll and schedule-to-start latencies) are what
      // worker tuning is read from; they go to the same collector as the spans, over OTLP/HTTP.
      ...(config.WORKER_PROMETHEUS_ADRES && {
        metrics: { prometheus: { bindAddress: config.WORKER_PROMETHEUS_ADRES } },
      }),
      ...(config.OTEL_EXPORTER_OTLP_ENDPOINT && {
        metrics: {
          otel: {
            url: otlpUrl(config.OTEL_EXPORTER_OTLP_ENDPOINT, 'metrics'),
            http: true,
            metricsExportInterval: '10s',
          },
        },
      }),
    },
  });
  const smtp = smtpInstellingen(config);
  const mail = smtp
    ? smtpMail(smtp)
    : config.MAIL_ADAPTER === 'map' && config.MAIL_MAP
      ? mapMail(config.MAIL_MAP)
      : consoleMail;
  const db = createDb(config.DATABASE_URL, { logger: workerLogger.child({ component: 'db' }) });
  // Dev server, self-hosted with (m)TLS, or Temporal Cloud: the environment decides (see the config).
  const verbinding = temporalVerbinding(config);
  const connection = await NativeConnection.connect(verbinding);
  try {
    const worker = await createWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      payloadSleutels: config.DEELWIJS_PAYLOAD_KEYS,
      telemetrie,
      tuning: workerTuning(config),
      activities: {
        ...createDeelverzoekActivities(
          db.db,
          mail,
          config.DASHBOARD_URL,
          config.DEELWIJS_VERWERKINGSLOG_SLEUTEL,
        ),
        ...createDossierActivities(
          db.db,
          config.DEELWIJS_DOSSIER_SLEUTEL,
          mail,
          config.DASHBOARD_URL,
          config.DEELWIJS_VERWERKINGSLOG_SLEUTEL,
        ),
        ...createBewaartermijnActivities(db.db, config.DEELWIJS_VERWERKINGSLOG_SLEUTEL),
        ...createUitnodigingActivities(db.db, mail, config.DASHBOARD_URL),
      },
      // The build makes the bundle; without it (a dev run of tsc only) the worker bundles itself.
      ...(config.WORKFLOW_BUNDEL
        ? { workflowBundle: { codePath: config.WORKFLOW_BUNDEL } }
        : existsSync(bundlePath)
          ? { workflowBundle: { codePath: bundlePath } }
          : {}),
    });
    await planDossiercontrole({
      ...verbinding,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      interval: config.DOSSIERCONTROLE_INTERVAL,
    });
    await planBewaartermijn({
      ...verbinding,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      interval: config.BEWAARTERMIJN_INTERVAL,
      verwijderen: config.BEWAARTERMIJN_VERWIJDEREN,
    });
    workerLogger.info(
      smtp
        ? `E-mail via SMTP-server ${smtp.host}:${smtp.port}`
        : config.MAIL_ADAPTER === 'map'
          ? `E-mail als .eml-bestand in ${config.MAIL_MAP} (MAIL_ADAPTER=map)`
          : 'E-mail naar het log (MAIL_ADAPTER=console); uitnodigingen gaan dan niet uit',
    );
    workerLogger.info(
      `Worker luistert op taakwachtrij "${config.TEMPORAL_TASK_QUEUE}" (${config.TEMPORAL_ADDRESS})`,
    );
    // What the cache came to (the SDK's default depends on the heap): tuning is read against it.
    workerLogger.info(
      { maxCachedWorkflows: worker.options.maxCachedWorkflows },
      `Workflowcache: ${worker.options.maxCachedWorkflows} workflows`,
    );
    const gezondheid =
      config.WORKER_HEALTH_PORT === undefined
        ? undefined
        : await startGezondheid(config.WORKER_HEALTH_PORT, () => worker.getState());
    try {
      await worker.run(); // stops gracefully on SIGINT/SIGTERM
    } finally {
      gezondheid?.close();
    }
  } finally {
    await connection.close();
    await db.close();
    await telemetrie.stop();
  }
}

process.on('uncaughtException', (err) => {
  workerLogger.fatal({ err }, 'uncaught exception; the worker stops');
  process.exit(1);
});

main().catch((err) => {
  workerLogger.fatal({ err }, 'Worker gestopt door een fout');
  process.exit(1);
});
