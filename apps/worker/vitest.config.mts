import { defineConfig } from 'vitest/config';

// Workflow tests share one Temporal dev server and run their files one after another.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } });
