import { defineConfig } from 'vitest/config';

// Only the chart test: e2e/ is Playwright's (its *.spec.ts are not vitest files), load/ and fuzz/ are scripts.
export default defineConfig({ test: { include: ['helm/**/*.test.ts'], testTimeout: 60_000 } });
