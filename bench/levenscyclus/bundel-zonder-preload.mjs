// The workflow bundle as it was before zod moved into the shared context: the same code, without
// preloadModules. run.ts --vergelijk runs the worker on it (WORKFLOW_BUNDEL) beside the build's.
//   node bench/levenscyclus/bundel-zonder-preload.mjs <uitvoerbestand>
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../apps/worker/package.json', import.meta.url));
const { bundleWorkflowCode } = require('@temporalio/worker');
const { workflowBundelOpties } = require('./dist/worker');

const { code } = await bundleWorkflowCode({
  ...workflowBundelOpties,
  preloadModules: [],
  logger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error },
});
writeFileSync(process.argv[2], code);
