import { deelwijsDataConverter, leesPayloadSleutels } from '@deelwijs/temporal';
import { exporteerHistories, leesHistories } from '@deelwijs/temporal/histories';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundlePath } from '../../dist/bundle';
import { FIXTURE_SLEUTELS, temporalAddress, testSleutels } from '../support/temporal';

// Runs last in infra/test.sh (its own vitest config): every workflow the whole test run started —
// workflow tests, API tests, the browser tests — is exported and replayed against the worker code as
// built, so a non-deterministic change fails here even without a committed fixture for its path.
describe('the test run replays', () => {
  it('every workflow history of this run against the current workflow bundle', async () => {
    const map = process.env.TESTRUN_HISTORIES;
    if (!map) throw new Error('TESTRUN_HISTORIES ontbreekt: deze test hoort bij infra/test.sh.');
    const aantal = await exporteerHistories({ address: temporalAddress(), map });
    const histories = leesHistories(map);
    expect(histories).toHaveLength(aantal);
    expect(aantal).toBeGreaterThan(20);
    const sleutels = `${testSleutels},${FIXTURE_SLEUTELS}`;
    const fouten: string[] = [];
    for await (const r of Worker.runReplayHistories(
      {
        workflowBundle: { codePath: bundlePath },
        dataConverter: deelwijsDataConverter(leesPayloadSleutels(sleutels)),
      },
      histories.map((h) => ({ workflowId: `${h.workflowType} ${h.workflowId}`, history: h.history })),
    ))
      if (r.error) fouten.push(`${r.workflowId}: ${r.error.message}`);
    const soorten = [...new Set(histories.map((h) => h.workflowType))].sort();
    console.log(
      `${aantal} histories van deze testrun herspeeld (${soorten.join(', ')}); ${fouten.length} fouten.`,
    );
    expect(fouten).toEqual([]);
  }, 600_000);
});
