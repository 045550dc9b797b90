import { defineConfig } from 'vitest/config';

// Workflow tests share one Temporal dev server and run their files one after another. The test run's
// own replay (test/testrun) runs at the very end of infra/test.sh, with vitest.testrun.config.mts.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    exclude: ['**/node_modules/**', 'test/testrun/**'],
  },
});
