import { defineConfig } from 'vitest/config';

// The end of the test run only: export and replay every history the run produced (infra/test.sh).
export default defineConfig({ test: { include: ['test/testrun/**/*.test.ts'], testTimeout: 600_000 } });
