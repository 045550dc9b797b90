// CPU per workflow of two workflow bundles, without a server: both replay the same committed
// fixtures (the deelverzoek and its consent clock of the path toestemming-gegeven-gedeeld) N times,
// in turns, in this one process. Each replay is a new workflow, so it pays what every new workflow
// pays: evaluating the bundle's modules for that workflow, and running it. Rounds alternate the
// bundles, so a machine that gets busier hits both alike. Results in
// bench/results/levenscyclus-herspelen.json (docs/performance.md §1).
//   node bench/levenscyclus/herspelen.mjs <bundel-voor.js> [bundel-na.js] [--n 40] [--rondes 3]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'apps/worker/package.json'));
const { Worker, Runtime, DefaultLogger } = require('@temporalio/worker');
const { historyFromJSON } = require('@temporalio/common/lib/proto-utils');
const { deelwijsDataConverter, leesPayloadSleutels } = require('@deelwijs/temporal');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '40' }, rondes: { type: 'string', default: '3' } },
});
const bundels = [
  path.resolve(positionals[0] ?? ''),
  path.resolve(positionals[1] ?? path.join(root, 'apps/worker/dist/workflow-bundle.js')),
];
const N = Number(values.n);
// The replay fixtures' own key (apps/worker/test/support/temporal.ts).
const sleutels = 'fixture:ZGVlbHdpanMtcmVwbGF5LWZpeHR1cmUtc2xldXRlbCE=';
// The replayer warns for every span the workflow interceptors hand to the (absent) exporter sink.
Runtime.install({ logger: new DefaultLogger('ERROR') });

const fixture = (workflow) => {
  const map = path.join(root, 'apps/worker/test/histories', workflow, 'toestemming-gegeven-gedeeld');
  return historyFromJSON(JSON.parse(readFileSync(path.join(map, readdirSync(map).sort()[0]), 'utf8')));
};
const histories = {
  deelverzoekWorkflow: fixture('deelverzoekWorkflow'),
  toestemmingsklokWorkflow: fixture('toestemmingsklokWorkflow'),
};
const dataConverter = deelwijsDataConverter(leesPayloadSleutels(sleutels));

async function meet(bundel, workflow, n = N) {
  const items = Array.from({ length: n }, (_, i) => ({
    workflowId: `${workflow}-${i}`,
    history: histories[workflow],
  }));
  const voor = process.cpuUsage();
  for await (const r of Worker.runReplayHistories(
    { workflowBundle: { codePath: bundel }, dataConverter },
    items,
  ))
    if (r.error) throw r.error;
  const cpu = process.cpuUsage(voor);
  return (cpu.user + cpu.system) / 1000 / n;
}

// Warm up each bundle once (source map read, JIT), not counted.
for (const b of bundels) await meet(b, 'toestemmingsklokWorkflow', 5);
const metingen = {
  voor: { deelverzoekWorkflow: [], toestemmingsklokWorkflow: [] },
  na: { deelverzoekWorkflow: [], toestemmingsklokWorkflow: [] },
};
for (let ronde = 0; ronde < Number(values.rondes); ronde++) {
  const volgorde = ronde % 2 ? ['na', 'voor'] : ['voor', 'na'];
  for (const kant of volgorde)
    for (const wf of Object.keys(histories))
      metingen[kant][wf].push(await meet(bundels[kant === 'voor' ? 0 : 1], wf));
}
const mediaan = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rond = (x) => Math.round(x * 10) / 10;
const resultaat = {
  gemeten: new Date().toISOString(),
  machine: { loadBijStart: (await import('node:os')).loadavg() },
  herspeeldPerMeting: N,
  bundels: {
    voor: { bestand: bundels[0], bytes: statSync(bundels[0]).size },
    na: { bestand: bundels[1], bytes: statSync(bundels[1]).size },
  },
  cpuMsPerWorkflow: Object.fromEntries(
    Object.keys(histories).map((wf) => [
      wf,
      {
        voor: rond(mediaan(metingen.voor[wf])),
        na: rond(mediaan(metingen.na[wf])),
        voorAlle: metingen.voor[wf].map(rond),
        naAlle: metingen.na[wf].map(rond),
      },
    ]),
  ),
};
const uit = path.join(root, 'bench/results/levenscyclus-herspelen.json');
mkdirSync(path.dirname(uit), { recursive: true });
writeFileSync(uit, `${JSON.stringify(resultaat, null, 2)}\n`);
console.table(
  Object.fromEntries(
    Object.entries(resultaat.cpuMsPerWorkflow).map(([k, v]) => [k, { voor: v.voor, na: v.na }]),
  ),
);
