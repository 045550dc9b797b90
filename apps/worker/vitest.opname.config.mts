import { defineConfig } from 'vitest/config';

// `pnpm --filter @deelwijs/worker histories:opnemen`: records new replay fixtures (test/opname),
// never over old ones. Not part of the test command.
export default defineConfig({
  test: { include: ['test/opname/neem-op.ts'], testTimeout: 600_000, hookTimeout: 120_000 },
});
