import { describe, expect, it } from 'vitest';
import { leesConfig, smtpInstellingen, workerTuning } from '../dist/config';

const basis = {
  DATABASE_URL: 'postgres://x',
  DEELWIJS_PAYLOAD_KEYS: 'k:AAAA',
  DEELWIJS_DOSSIER_SLEUTEL: Buffer.alloc(32, 7).toString('base64'),
  DEELWIJS_VERWERKINGSLOG_SLEUTEL: Buffer.alloc(32, 8).toString('base64'),
};
const fouten = (env: Record<string, string>) => {
  try {
    leesConfig({ ...basis, ...env });
    return [];
  } catch (fout) {
    return (fout as { issues: Array<{ message: string }> }).issues.map((i) => i.message);
  }
};

describe('mail configuration', () => {
  it('logs e-mails by default (the embedded start needs no mail server)', () => {
    const config = leesConfig(basis);
    expect(config.MAIL_ADAPTER).toBe('console');
    expect(smtpInstellingen(config)).toBeUndefined();
  });

  it('reads an SMTP server with login, and picks the port from SMTP_SECURE when none is given', () => {
    const smtp = {
      MAIL_ADAPTER: 'smtp',
      SMTP_HOST: 'smtp.gemeente.nl',
      SMTP_FROM: 'Deelwijs <noreply@gemeente.nl>',
    };
    expect(smtpInstellingen(leesConfig({ ...basis, ...smtp, SMTP_USER: 'u', SMTP_PASS: 'p' }))).toEqual({
      host: 'smtp.gemeente.nl',
      port: 587,
      secure: false,
      auth: { user: 'u', pass: 'p' },
      from: 'Deelwijs <noreply@gemeente.nl>',
    });
    expect(smtpInstellingen(leesConfig({ ...basis, ...smtp, SMTP_SECURE: 'true' }))).toMatchObject({
      port: 465,
      secure: true,
    });
    expect(smtpInstellingen(leesConfig({ ...basis, ...smtp, SMTP_PORT: '2525', SMTP_USER: '' }))).toEqual({
      host: 'smtp.gemeente.nl',
      port: 2525,
      secure: false,
      from: 'Deelwijs <noreply@gemeente.nl>',
    });
  });

  it('refuses a half or wrong mail configuration at start, in Dutch', () => {
    expect(fouten({ MAIL_ADAPTER: 'sendmail' })).toEqual([
      "MAIL_ADAPTER moet 'console', 'map' of 'smtp' zijn",
    ]);
    expect(fouten({ MAIL_ADAPTER: 'smtp' })).toEqual([
      'SMTP_HOST ontbreekt: verplicht met MAIL_ADAPTER=smtp',
      'SMTP_FROM ontbreekt: verplicht met MAIL_ADAPTER=smtp',
    ]);
    const smtp = { MAIL_ADAPTER: 'smtp', SMTP_HOST: 'h', SMTP_FROM: 'noreply@gemeente.nl' };
    expect(fouten({ ...smtp, SMTP_USER: 'u' })).toEqual([
      'SMTP_USER en SMTP_PASS horen bij elkaar: zet ze allebei of geen van beide',
    ]);
    expect(fouten({ ...smtp, SMTP_FROM: 'Deelwijs' })).toEqual([
      'SMTP_FROM moet een e-mailadres zijn, zoals Deelwijs <noreply@gemeente.nl>',
    ]);
    expect(fouten({ ...smtp, SMTP_PORT: '70000' })).toEqual(['SMTP_PORT moet tussen 1 en 65535 liggen']);
    expect(fouten({ ...smtp, SMTP_SECURE: 'ja' })).toEqual(["SMTP_SECURE moet 'true' of 'false' zijn"]);
    expect(fouten({ SMTP_HOST: 'smtp.gemeente.nl' })).toEqual([
      'SMTP_HOST is ingesteld, maar MAIL_ADAPTER staat niet op smtp: e-mails gaan dan niet naar een mailserver',
    ]);
    expect(fouten({ MAIL_ADAPTER: 'map' })).toEqual([
      'MAIL_MAP ontbreekt: verplicht met MAIL_ADAPTER=map (de map waarin elke e-mail een .eml-bestand wordt)',
    ]);
    expect(fouten({ MAIL_MAP: '/tmp/postbus' })).toEqual([
      'MAIL_MAP is ingesteld, maar MAIL_ADAPTER staat niet op map: er komen dan geen e-mails in die map',
    ]);
    expect(leesConfig({ ...basis, MAIL_ADAPTER: 'map', MAIL_MAP: '/tmp/postbus' }).MAIL_MAP).toBe(
      '/tmp/postbus',
    );
  });
});

describe('retention configuration', () => {
  it('reports once a day and removes nothing unless told to', () => {
    const config = leesConfig(basis);
    expect(config.BEWAARTERMIJN_INTERVAL).toBe('24h');
    expect(config.BEWAARTERMIJN_VERWIJDEREN).toBe(false);
    expect(leesConfig({ ...basis, BEWAARTERMIJN_VERWIJDEREN: '1' }).BEWAARTERMIJN_VERWIJDEREN).toBe(true);
    expect(leesConfig({ ...basis, BEWAARTERMIJN_VERWIJDEREN: '' }).BEWAARTERMIJN_VERWIJDEREN).toBe(false);
  });

  it('refuses an interval that is no duration and a removal switch that is not 0 or 1', () => {
    expect(fouten({ BEWAARTERMIJN_INTERVAL: 'dagelijks' })).toEqual([
      'BEWAARTERMIJN_INTERVAL is een duur zoals 24h of 7d',
    ]);
    expect(fouten({ BEWAARTERMIJN_VERWIJDEREN: 'ja' })).toEqual([
      "BEWAARTERMIJN_VERWIJDEREN moet '0' of '1' zijn",
    ]);
  });
});

describe('health port', () => {
  it('is off unless set, and must be a port', () => {
    expect(leesConfig(basis).WORKER_HEALTH_PORT).toBeUndefined();
    expect(leesConfig({ ...basis, WORKER_HEALTH_PORT: '8081' }).WORKER_HEALTH_PORT).toBe(8081);
    expect(fouten({ WORKER_HEALTH_PORT: 'acht' })).toEqual(['WORKER_HEALTH_PORT moet een poortnummer zijn']);
    expect(fouten({ WORKER_HEALTH_PORT: '70000' })).toEqual([
      'WORKER_HEALTH_PORT moet tussen 1 en 65535 liggen',
    ]);
  });
});

describe('worker tuning', () => {
  it("leaves the SDK's defaults alone unless set", () => {
    expect(workerTuning(leesConfig(basis))).toEqual({});
  });

  it('passes what is set to the Worker options', () => {
    const config = leesConfig({
      ...basis,
      WORKER_MAX_CACHED_WORKFLOWS: '0',
      WORKER_MAX_WORKFLOW_TASKS: '8',
      WORKER_MAX_ACTIVITIES: '20',
      WORKER_MAX_LOCAL_ACTIVITIES: '30',
    });
    expect(workerTuning(config)).toEqual({
      maxCachedWorkflows: 0,
      maxConcurrentWorkflowTaskExecutions: 8,
      maxConcurrentActivityTaskExecutions: 20,
      maxConcurrentLocalActivityExecutions: 30,
    });
  });

  it('refuses what the SDK cannot run, in Dutch', () => {
    expect(fouten({ WORKER_MAX_CACHED_WORKFLOWS: 'veel' })).toEqual([
      'WORKER_MAX_CACHED_WORKFLOWS moet een geheel getal zijn',
    ]);
    expect(fouten({ WORKER_MAX_WORKFLOW_TASKS: '1' })).toEqual([
      'WORKER_MAX_WORKFLOW_TASKS moet minstens 2 zijn',
    ]);
    expect(fouten({ WORKER_MAX_ACTIVITIES: '2.5' })).toEqual([
      'WORKER_MAX_ACTIVITIES moet een geheel getal zijn',
    ]);
    expect(fouten({ WORKER_MAX_LOCAL_ACTIVITIES: '0' })).toEqual([
      'WORKER_MAX_LOCAL_ACTIVITIES moet minstens 1 zijn',
    ]);
  });
});

describe('Prometheus metrics', () => {
  it('serves them on host:port, not together with OTLP', () => {
    expect(leesConfig({ ...basis, WORKER_PROMETHEUS_ADRES: '0.0.0.0:9464' }).WORKER_PROMETHEUS_ADRES).toBe(
      '0.0.0.0:9464',
    );
    expect(fouten({ WORKER_PROMETHEUS_ADRES: '9464' })).toEqual([
      'WORKER_PROMETHEUS_ADRES is host:poort, zoals 0.0.0.0:9464',
    ]);
    expect(
      fouten({ WORKER_PROMETHEUS_ADRES: '127.0.0.1:9464', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318' }),
    ).toEqual([
      'WORKER_PROMETHEUS_ADRES en OTEL_EXPORTER_OTLP_ENDPOINT gaan niet samen: de Temporal-metrieken gaan naar één van beide',
    ]);
  });
});
