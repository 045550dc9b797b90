import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Next compiles the JSX itself (tsconfig "preserve"); for tests Vite's transformer does, with React's automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['src/**/*.test.{ts,tsx}'] },
});
