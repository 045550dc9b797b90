import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiConfig } from '@deelwijs/api/dist/config.js';
import { API_BASE_PATH, routes } from '@deelwijs/contract';
import { WorkerConfig } from '@deelwijs/worker/dist/config.js';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

// The chart under infra/helm/deelwijs, rendered by the real helm (infra/test.sh builds it: ensure_helm).
const root = path.resolve(__dirname, '..', '..');
const chart = path.join(root, 'infra/helm/deelwijs');
const ciValues = path.join(chart, 'ci-values.yaml');
const waarden = parse(readFileSync(ciValues, 'utf8'));

/** What may only ever come from the Secret: every credential and key the config schemas read. */
const GEHEIM = [
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'DEELWIJS_PAYLOAD_KEYS',
  'DEELWIJS_DOSSIER_SLEUTEL',
  'DEELWIJS_VERWERKINGSLOG_SLEUTEL',
  'OIDC_CLIENT_SECRET',
  'SMTP_USER',
  'SMTP_PASS',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'TEMPORAL_API_KEY',
];

function helm(...args: string[]): string {
  try {
    return execFileSync('helm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (fout) {
    const e = fout as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error(
        'helm ontbreekt op PATH. infra/test.sh installeert het (ensure_helm in infra/lib.sh, in $DEELWIJS_TOOLS_DIR/bin); zet die map op PATH.',
      );
    throw new Error(`helm ${args.join(' ')} mislukte:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
}
interface Container {
  name: string;
  command: string[];
  env?: EnvVar[];
  ports?: Array<{ name: string; containerPort: number }>;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number } } };
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
  resources?: { requests?: object; limits?: { memory?: string } };
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
}
interface PodSpec {
  containers: Container[];
  volumes?: Array<{ name: string; secret?: { secretName: string } }>;
  securityContext?: { runAsNonRoot?: boolean };
  terminationGracePeriodSeconds?: number;
}
interface Manifest {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: {
    replicas?: number;
    template?: { spec: PodSpec };
    selector?: { matchLabels: Record<string, string> };
    minAvailable?: number;
  };
}

/** The least a real installation must set: its Secret and its mail server. */
const MINIMAAL =
  'existingSecret=deelwijs-geheimen,worker.mail.smtp.host=smtp.gemeente.example,worker.mail.smtp.from=noreply@gemeente.example';

function render(...args: string[]): Manifest[] {
  return parseAllDocuments(helm('template', 'deelwijs', chart, ...args))
    .map((d) => d.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
}

const manifesten = render('-f', ciValues);
const workload = (kind: string, naam: string) => {
  const m = manifesten.find((x) => x.kind === kind && x.metadata.name === `deelwijs-${naam}`);
  if (!m?.spec.template) throw new Error(`${kind} deelwijs-${naam} ontbreekt in helm template`);
  return {
    manifest: m,
    pod: m.spec.template.spec,
    container: m.spec.template.spec.containers[0] as Container,
  };
};
const api = workload('Deployment', 'api');
const worker = workload('Deployment', 'worker');
const dashboard = workload('Deployment', 'dashboard');
const migraties = workload('Job', 'migraties');
const alle = [api, worker, dashboard, migraties];

/** The container's environment as the process would see it, with a realistic value behind each Secret key. */
function omgeving(c: Container): Record<string, string> {
  const nep: Record<string, string> = {
    DATABASE_URL: 'postgres://deelwijs_app:x@db:5432/deelwijs',
    DATABASE_OWNER_URL: 'postgres://deelwijs_eigenaar:x@db:5432/deelwijs',
    DEELWIJS_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  };
  return Object.fromEntries(
    (c.env ?? []).map((e) => {
      const sleutel = e.valueFrom?.secretKeyRef?.key;
      return [e.name, sleutel ? (nep[sleutel] ?? randomBytes(32).toString('base64')) : (e.value ?? '')];
    }),
  );
}

const pad = (route: { path: string }) => `${API_BASE_PATH}${route.path}`;

/**
 * Read outside the apps' own config schemas: NODE_ENV by Node libraries, NODE_OPTIONS by Node itself,
 * LOG_LEVEL by packages/logging,
 * the OTLP exporter's own headers variable (docs/verwerkingslog.md).
 */
const BUITEN_SCHEMA = ['NODE_ENV', 'NODE_OPTIONS', 'LOG_LEVEL', 'OTEL_EXPORTER_OTLP_HEADERS'];

describe('Helm-chart infra/helm/deelwijs', () => {
  it('helm lint --strict slaagt, met de standaardwaarden en met ci-values.yaml', () => {
    expect(helm('lint', chart, '--strict', '-f', ciValues)).toContain('0 chart(s) failed');
    expect(helm('lint', chart, '--strict', '--set', MINIMAAL)).toContain('0 chart(s) failed');
  });

  it('vraagt een mailserver, want uitnodigingen moeten aankomen; console kan alleen bewust', () => {
    expect(() => render('--set', 'existingSecret=deelwijs-geheimen')).toThrow(
      /worker\.mail\.smtp\.host ontbreekt: zonder mailserver bereiken uitnodigingen/,
    );
    const zonderMail = render('--set', 'existingSecret=deelwijs-geheimen,worker.mail.adapter=console');
    const env = zonderMail.find((m) => m.kind === 'Deployment' && m.metadata.name === 'deelwijs-worker')?.spec
      .template?.spec.containers[0]?.env;
    expect(env?.find((e) => e.name === 'MAIL_ADAPTER')?.value).toBe('console');
    expect(env?.some((e) => e.name === 'SMTP_HOST')).toBe(false);
  });

  it('weigert te renderen zonder existingSecret, met een duidelijke melding', () => {
    expect(() =>
      render(
        '--set',
        'worker.mail.smtp.host=smtp.gemeente.example,worker.mail.smtp.from=noreply@gemeente.example',
      ),
    ).toThrow(/existingSecret ontbreekt/);
  });

  it('zet de replica’s zoals in de waarden', () => {
    expect(api.manifest.spec.replicas).toBe(waarden.api.replicas);
    expect(worker.manifest.spec.replicas).toBe(waarden.worker.replicas);
    expect(dashboard.manifest.spec.replicas).toBe(waarden.dashboard.replicas);
    expect(waarden.api.replicas).toBeGreaterThan(1); // ci-values test really scaling out
  });

  it('controleert de API op haar eigen gezondheidsroutes uit het contract', () => {
    expect(api.container.livenessProbe?.httpGet?.path).toBe(pad(routes.leeft));
    expect(api.container.readinessProbe?.httpGet?.path).toBe(pad(routes.gereed));
    expect(pad(routes.gereed)).toBe('/api/v1/gezondheid/gereed');
    // The dashboard is ready once its own pass-through reaches a live API.
    expect(dashboard.container.readinessProbe?.httpGet?.path).toBe(pad(routes.leeft));
    expect(dashboard.container.livenessProbe?.tcpSocket).toBeDefined();
  });

  it('geeft elke container met een poort een liveness- en readinessprobe', () => {
    for (const { container } of [api, worker, dashboard]) {
      expect(container.ports?.length, container.name).toBeGreaterThan(0);
      expect(container.livenessProbe, container.name).toBeDefined();
      expect(container.readinessProbe, container.name).toBeDefined();
    }
    // The worker's own health server (apps/worker/src/gezondheid.ts) on the port its config reads.
    const poort = worker.container.ports?.find((p) => p.name === 'gezondheid')?.containerPort;
    expect(omgeving(worker.container).WORKER_HEALTH_PORT).toBe(String(poort));
    expect(worker.container.livenessProbe?.httpGet).toEqual({ path: '/gezond', port: 'gezondheid' });
    expect(worker.container.readinessProbe?.httpGet).toEqual({ path: '/gereed', port: 'gezondheid' });
  });

  it('stopt netjes: preStop-wachttijd ruim binnen terminationGracePeriodSeconds', () => {
    for (const { pod, container } of [api, worker, dashboard]) {
      const wacht = container.lifecycle?.preStop?.sleep?.seconds ?? 0;
      expect(wacht, container.name).toBeGreaterThan(0);
      expect(pod.terminationGracePeriodSeconds ?? 30, container.name).toBeGreaterThan(wacht + 15);
    }
  });

  it('haalt elk geheim uit existingSecret en zet nergens een geheim als tekst', () => {
    for (const { container } of alle)
      for (const e of container.env ?? []) {
        if (GEHEIM.includes(e.name)) {
          expect(e.value, `${container.name}: ${e.name}`).toBeUndefined();
          expect(e.valueFrom?.secretKeyRef?.name, `${container.name}: ${e.name}`).toBe(
            waarden.existingSecret,
          );
        } else {
          expect(e.value, `${container.name}: ${e.name}`).not.toMatch(/:\/\/[^/\s]*:[^/\s]*@/); // no user:pass@
        }
      }
    expect(manifesten.some((m) => m.kind === 'Secret')).toBe(false);
  });

  it('laat de migratie-Job als eigenaarsrol migreren en de apps als app-rol verbinden', () => {
    const hook = migraties.manifest.metadata.annotations?.['helm.sh/hook'];
    expect(hook?.split(',').sort()).toEqual(['pre-install', 'pre-upgrade']);
    expect(migraties.container.command.join(' ')).toContain('packages/db/dist/bin/migrate.js');
    expect(migraties.container.command).not.toContain('--seed');
    const ref = (c: Container, naam: string) =>
      c.env?.find((e) => e.name === naam)?.valueFrom?.secretKeyRef?.key;
    expect(ref(migraties.container, 'DATABASE_OWNER_URL')).toBe('DATABASE_OWNER_URL');
    expect(ref(migraties.container, 'DATABASE_URL')).toBe('DATABASE_URL');
    for (const { container } of [api, worker]) {
      expect(ref(container, 'DATABASE_URL'), container.name).toBe('DATABASE_URL');
      expect(ref(container, 'DATABASE_OWNER_URL'), container.name).toBeUndefined();
    }
    expect(ref(dashboard.container, 'DATABASE_URL')).toBeUndefined();
  });

  it('geeft API en worker een omgeving die hun eigen config-schema accepteert, zonder onbekende namen', () => {
    for (const [{ container }, schema] of [
      [api, ApiConfig],
      [worker, WorkerConfig],
    ] as const) {
      const env = omgeving(container);
      const bekend = new Set([...Object.keys(schema.shape), ...BUITEN_SCHEMA]);
      expect(
        Object.keys(env).filter((n) => !bekend.has(n)),
        container.name,
      ).toEqual([]);
      const uitkomst = schema.safeParse(env);
      expect(uitkomst.error?.issues ?? [], container.name).toEqual([]);
    }
  });

  it('geeft elke Node-container een heaplimiet ruim binnen zijn geheugenlimiet', () => {
    for (const { container } of alle) {
      const heap = Number(/--max-old-space-size=(\d+)/.exec(omgeving(container).NODE_OPTIONS ?? '')?.[1]);
      const limiet = Number(/^(\d+)Mi$/.exec(String(container.resources?.limits?.memory))?.[1]);
      expect(heap, container.name).toBeGreaterThan(0);
      expect(heap / limiet, container.name).toBeLessThanOrEqual(0.8);
    }
  });

  it('zet de workertuning die gekozen is, en een cache die in de heap past', () => {
    const tuning = ['WORKER_MAX_CACHED_WORKFLOWS', 'WORKER_MAX_WORKFLOW_TASKS', 'WORKER_MAX_ACTIVITIES'];
    const standaard = omgeving(worker.container);
    expect(Object.keys(standaard).filter((n) => n.startsWith('WORKER_MAX'))).toEqual([
      'WORKER_MAX_CACHED_WORKFLOWS',
    ]);
    // About 1 MiB per cached workflow (docs/performance.md §4): the cache may take half the heap at most.
    const heap = Number(/--max-old-space-size=(\d+)/.exec(standaard.NODE_OPTIONS ?? '')?.[1]);
    expect(Number(standaard.WORKER_MAX_CACHED_WORKFLOWS)).toBeLessThanOrEqual(heap / 2);
    const gekozen = render(
      '--set',
      `${MINIMAAL},worker.tuning.maxCachedWorkflows=0,worker.tuning.maxWorkflowTasks=8,worker.tuning.maxActivities=50`,
    ).find((m) => m.kind === 'Deployment' && m.metadata.name === 'deelwijs-worker');
    const env = omgeving(gekozen?.spec.template?.spec.containers[0] as Container);
    expect(tuning.map((n) => env[n])).toEqual(['0', '8', '50']);
    const config = WorkerConfig.parse(env);
    expect([config.WORKER_MAX_CACHED_WORKFLOWS, config.WORKER_MAX_WORKFLOW_TASKS]).toEqual([0, 8]);
    expect(config.WORKER_MAX_LOCAL_ACTIVITIES).toBeUndefined();
  });

  it('verbindt met Temporal Cloud of via mTLS: de sleutel uit het Secret, het certificaat gemount', () => {
    const cloud = render(
      '-f',
      ciValues,
      '--set',
      'temporal.apiKeyFromSecret=true',
      '--set',
      'temporal.mtlsSecret=temporal-client',
      '--set',
      'temporal.mtlsCa=true',
    );
    for (const naam of ['api', 'worker']) {
      const d = cloud.find((m) => m.kind === 'Deployment' && m.metadata.name === `deelwijs-${naam}`)!;
      const pod = d.spec.template!.spec;
      const c = pod.containers[0]!;
      const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
      expect(env.TEMPORAL_API_KEY?.valueFrom?.secretKeyRef, naam).toEqual({
        name: waarden.existingSecret,
        key: 'TEMPORAL_API_KEY',
      });
      // The files the config reads are where the certificate Secret is mounted, read-only.
      const mount = c.volumeMounts?.find((m) => m.name === 'temporal-mtls');
      expect(mount?.readOnly, naam).toBe(true);
      expect(pod.volumes?.find((v) => v.name === 'temporal-mtls')?.secret?.secretName, naam).toBe(
        'temporal-client',
      );
      for (const [variabele, bestand] of [
        ['TEMPORAL_TLS_CERT', 'tls.crt'],
        ['TEMPORAL_TLS_KEY', 'tls.key'],
        ['TEMPORAL_TLS_CA', 'ca.crt'],
      ] as const)
        expect(env[variabele]?.value, `${naam} ${variabele}`).toBe(`${mount?.mountPath}/${bestand}`);
      const schema = naam === 'api' ? ApiConfig : WorkerConfig;
      expect(schema.safeParse(omgeving(c)).error?.issues ?? [], naam).toEqual([]);
    }
    // Without those values: a plain connection, as to the dev server, and nothing mounted.
    expect(api.container.env?.some((e) => e.name.startsWith('TEMPORAL_TLS'))).toBe(false);
    expect(api.pod.volumes?.some((v) => v.name === 'temporal-mtls')).toBe(false);
  });

  it('zet LOG_LEVEL, dat packages/logging zelf leest', () => {
    expect(readFileSync(path.join(root, 'packages/logging/src/index.ts'), 'utf8')).toContain(
      'process.env.LOG_LEVEL',
    );
    expect(omgeving(api.container).LOG_LEVEL).toBe('info');
  });

  it('levert de niet-uitgevoerde manifesten naast de chart als geldige YAML, met die waarschuwing bovenaan', () => {
    for (const bestand of ['temporal-values.yaml', 'cloudnative-pg.yaml']) {
      const tekst = readFileSync(path.join(root, 'infra/helm', bestand), 'utf8');
      expect(tekst.split('\n').slice(0, 3).join('\n'), bestand).toMatch(/NIET (UITGEVOERD|TOEGEPAST) HIER/);
      const documenten = parseAllDocuments(tekst);
      expect(
        documenten.flatMap((d) => d.errors),
        bestand,
      ).toEqual([]);
    }
    const cluster = parseAllDocuments(readFileSync(path.join(root, 'infra/helm/cloudnative-pg.yaml'), 'utf8'))
      .map((d) => d.toJS())
      .find((m) => m.kind === 'Cluster');
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.backup).toBeDefined();
  });

  it('gebruikt alleen omgevingsvariabelen die het dashboard leest', () => {
    const bron = ['apps/dashboard/server.mjs', 'apps/dashboard/src/lib/config.ts']
      .map((f) => readFileSync(path.join(root, f), 'utf8'))
      .join('\n');
    for (const naam of Object.keys(omgeving(dashboard.container)))
      expect(bron.includes(`process.env.${naam}`) || ['NODE_ENV', 'NODE_OPTIONS'].includes(naam), naam).toBe(
        true,
      );
    expect(omgeving(dashboard.container).API_URL).toBe(`http://deelwijs-api:${waarden.api?.port ?? 3001}`);
  });

  it('draait elke container als non-root, alleen-lezen, zonder capabilities, met requests en limits', () => {
    for (const { pod, container } of alle) {
      expect(pod.securityContext?.runAsNonRoot, container.name).toBe(true);
      expect(container.securityContext?.allowPrivilegeEscalation, container.name).toBe(false);
      expect(container.securityContext?.readOnlyRootFilesystem, container.name).toBe(true);
      expect(container.securityContext?.capabilities?.drop, container.name).toEqual(['ALL']);
      expect(container.resources?.requests, container.name).toBeDefined();
      expect(container.resources?.limits, container.name).toBeDefined();
    }
  });

  it('heeft een PodDisruptionBudget voor api en worker dat hun pods selecteert', () => {
    for (const onderdeel of ['api', 'worker']) {
      const pdb = manifesten.find(
        (m) => m.kind === 'PodDisruptionBudget' && m.metadata.name === `deelwijs-${onderdeel}`,
      );
      expect(pdb, onderdeel).toBeDefined();
      expect(pdb?.spec.minAvailable, onderdeel).toBeGreaterThanOrEqual(1);
      const deployment = onderdeel === 'api' ? api : worker;
      expect(pdb?.spec.selector?.matchLabels).toEqual(deployment.manifest.spec.selector?.matchLabels);
    }
  });

  it('zet de Ingress alleen aan als daarom gevraagd wordt', () => {
    expect(manifesten.filter((m) => m.kind === 'Ingress')).toHaveLength(1);
    const standaard = render('--set', MINIMAAL);
    expect(standaard.filter((m) => m.kind === 'Ingress')).toHaveLength(0);
  });
});
