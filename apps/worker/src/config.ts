import { DossierSleutel, VerwerkingslogSleutel } from '@deelwijs/db';
import { TelemetrieConfig } from '@deelwijs/telemetrie';
import { TemporalConfig } from '@deelwijs/temporal';
import { z } from 'zod';
import type { SmtpInstellingen } from './meldingen/smtp';
import type { WorkerTuning } from './worker';

// An empty variable (SMTP_USER= in a .env file) counts as not set.
const optioneel = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** `noreply@gemeente.nl` or `Deelwijs <noreply@gemeente.nl>`. */
const afzender = z
  .string()
  .trim()
  .refine((v) => z.email().safeParse(/^[^<>]*<([^<>]+)>$/.exec(v)?.[1] ?? v).success, {
    error: 'SMTP_FROM moet een e-mailadres zijn, zoals Deelwijs <noreply@gemeente.nl>',
  });

/** A whole number of at least `min`, with the variable's name in the Dutch message. */
const aantal = (naam: string, min: number) =>
  optioneel(
    z.coerce
      .number({ error: `${naam} moet een geheel getal zijn` })
      .int({ error: `${naam} moet een geheel getal zijn` })
      .min(min, { error: `${naam} moet minstens ${min} zijn` }),
  );

const SMTP_VARIABELEN = [
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_SECURE',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_FROM',
] as const;

export const WorkerConfig = TemporalConfig.extend({
  ...TelemetrieConfig.shape,
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt' }).min(1),
  /** A port for /gezond and /gereed (Kubernetes probes); unset: no health server (the embedded default). */
  WORKER_HEALTH_PORT: optioneel(
    z.coerce
      .number({ error: 'WORKER_HEALTH_PORT moet een poortnummer zijn' })
      .int({ error: 'WORKER_HEALTH_PORT moet een poortnummer zijn' })
      .min(1, { error: 'WORKER_HEALTH_PORT moet tussen 1 en 65535 liggen' })
      .max(65535, { error: 'WORKER_HEALTH_PORT moet tussen 1 en 65535 liggen' }),
  ),
  /**
   * Worker tuning (docs/performance.md §4 has the measurements): how many workflows stay in the
   * sticky cache (0: none; unset: the SDK's default from the heap size) and how many workflow tasks,
   * activities and local activities run at once (unset: the SDK's 40, 100, 100).
   */
  WORKER_MAX_CACHED_WORKFLOWS: aantal('WORKER_MAX_CACHED_WORKFLOWS', 0),
  WORKER_MAX_WORKFLOW_TASKS: aantal('WORKER_MAX_WORKFLOW_TASKS', 2),
  WORKER_MAX_ACTIVITIES: aantal('WORKER_MAX_ACTIVITIES', 1),
  WORKER_MAX_LOCAL_ACTIVITIES: aantal('WORKER_MAX_LOCAL_ACTIVITIES', 1),
  /**
   * host:port where the worker serves Temporal core's metrics for Prometheus (GET /metrics), instead
   * of exporting them over OTLP: the sticky cache's hits and misses, slots, schedule-to-start.
   */
  WORKER_PROMETHEUS_ADRES: optioneel(
    z
      .string()
      .trim()
      .regex(/^[^\s:]+:\d{1,5}$/, { error: 'WORKER_PROMETHEUS_ADRES is host:poort, zoals 0.0.0.0:9464' }),
  ),
  /** Another workflow bundle than the build's: a benchmark compares two builds of the workflow code with it. */
  WORKFLOW_BUNDEL: optioneel(z.string().trim().min(1)),
  /** Base of the links in e-mails; the reader logs in there. */
  DASHBOARD_URL: z.string().url().default('http://127.0.0.1:3000'),
  /**
   * console writes e-mails to the log (but refuses invitation links); map writes each to an .eml file
   * in MAIL_MAP (the embedded start's outbox); smtp sends them.
   */
  MAIL_ADAPTER: z
    .enum(['console', 'map', 'smtp'], { error: "MAIL_ADAPTER moet 'console', 'map' of 'smtp' zijn" })
    .default('console'),
  /** The outbox folder of MAIL_ADAPTER=map. */
  MAIL_MAP: optioneel(z.string().trim().min(1)),
  SMTP_HOST: optioneel(z.string().trim().min(1)),
  SMTP_PORT: optioneel(
    z.coerce
      .number({ error: 'SMTP_PORT moet een poortnummer zijn' })
      .int({ error: 'SMTP_PORT moet een poortnummer zijn' })
      .min(1, { error: 'SMTP_PORT moet tussen 1 en 65535 liggen' })
      .max(65535, { error: 'SMTP_PORT moet tussen 1 en 65535 liggen' }),
  ),
  SMTP_SECURE: optioneel(
    z
      .enum(['true', 'false'], { error: "SMTP_SECURE moet 'true' of 'false' zijn" })
      .transform((v) => v === 'true'),
  ),
  SMTP_USER: optioneel(z.string()),
  SMTP_PASS: optioneel(z.string()),
  SMTP_FROM: optioneel(afzender),
  /** Signs the dossier chains' checkpoints; kept outside the database. */
  DEELWIJS_DOSSIER_SLEUTEL: DossierSleutel,
  /** Pseudonymises the data subjects of the verwerkingslog; kept outside the database. */
  DEELWIJS_VERWERKINGSLOG_SLEUTEL: VerwerkingslogSleutel,
  /** How often the scheduled verification recomputes every chain (a Temporal duration: 6h, 30m). */
  DOSSIERCONTROLE_INTERVAL: z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'DOSSIERCONTROLE_INTERVAL is een duur zoals 6h of 30m')
    .default('6h'),
  /** How often the retention run looks for records past their period (a Temporal duration). */
  BEWAARTERMIJN_INTERVAL: z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'BEWAARTERMIJN_INTERVAL is een duur zoals 24h of 7d')
    .default('24h'),
  /** 1: the retention run removes what is past its period; otherwise (the default) it only reports. */
  BEWAARTERMIJN_VERWIJDEREN: optioneel(
    z.enum(['0', '1'], { error: "BEWAARTERMIJN_VERWIJDEREN moet '0' of '1' zijn" }),
  ).transform((v) => v === '1'),
}).superRefine((c, ctx) => {
  // A half-configured mail server must stop the start, not fail at the first reminder.
  if (c.MAIL_ADAPTER === 'smtp') {
    for (const naam of ['SMTP_HOST', 'SMTP_FROM'] as const)
      if (c[naam] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [naam],
          message: `${naam} ontbreekt: verplicht met MAIL_ADAPTER=smtp`,
        });
    if ((c.SMTP_USER === undefined) !== (c.SMTP_PASS === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [c.SMTP_USER === undefined ? 'SMTP_USER' : 'SMTP_PASS'],
        message: 'SMTP_USER en SMTP_PASS horen bij elkaar: zet ze allebei of geen van beide',
      });
  } else {
    // Otherwise someone believes reminders are sent while they only reach the log or the outbox.
    for (const naam of SMTP_VARIABELEN)
      if (c[naam] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['MAIL_ADAPTER'],
          message: `${naam} is ingesteld, maar MAIL_ADAPTER staat niet op smtp: e-mails gaan dan niet naar een mailserver`,
        });
  }
  // Temporal core has one metrics exporter: OTLP or Prometheus.
  if (c.WORKER_PROMETHEUS_ADRES !== undefined && c.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['WORKER_PROMETHEUS_ADRES'],
      message:
        'WORKER_PROMETHEUS_ADRES en OTEL_EXPORTER_OTLP_ENDPOINT gaan niet samen: de Temporal-metrieken gaan naar één van beide',
    });
  if (c.MAIL_ADAPTER === 'map' && c.MAIL_MAP === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['MAIL_MAP'],
      message:
        'MAIL_MAP ontbreekt: verplicht met MAIL_ADAPTER=map (de map waarin elke e-mail een .eml-bestand wordt)',
    });
  if (c.MAIL_ADAPTER !== 'map' && c.MAIL_MAP !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['MAIL_ADAPTER'],
      message:
        'MAIL_MAP is ingesteld, maar MAIL_ADAPTER staat niet op map: er komen dan geen e-mails in die map',
    });
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

/** The tuning the config sets, as Worker options; what is not set stays the SDK's default. */
export function workerTuning(config: WorkerConfig): WorkerTuning {
  const opties: WorkerTuning = {
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_ACTIVITIES,
    maxConcurrentLocalActivityExecutions: config.WORKER_MAX_LOCAL_ACTIVITIES,
  };
  return Object.fromEntries(Object.entries(opties).filter(([, v]) => v !== undefined));
}

export const leesConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => WorkerConfig.parse(env);

/** The SMTP settings when MAIL_ADAPTER=smtp (the schema guarantees host and sender then), else undefined. */
export function smtpInstellingen(config: WorkerConfig): SmtpInstellingen | undefined {
  if (config.MAIL_ADAPTER !== 'smtp' || !config.SMTP_HOST || !config.SMTP_FROM) return undefined;
  const secure = config.SMTP_SECURE ?? false;
  return {
    host: config.SMTP_HOST,
    port: config.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    ...(config.SMTP_USER !== undefined && config.SMTP_PASS !== undefined
      ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASS } }
      : {}),
    from: config.SMTP_FROM,
  };
}
