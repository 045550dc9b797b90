import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundelOpties } from './worker';

// Run at build time: the worker then loads this file instead of running webpack on every start.
export const bundlePath = path.join(__dirname, 'workflow-bundle.js');

if (require.main === module) {
  bundleWorkflowCode({
    ...workflowBundelOpties,
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error },
  })
    .then(({ code }) => writeFileSync(bundlePath, code))
    .catch((error) => {
      console.error('Workflowbundel maken mislukt:', error);
      process.exit(1);
    });
}
