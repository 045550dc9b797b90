import { defineConfig } from 'vitest/config';

// The rules must be fully exercised: a branch without a test is a rule nobody checked.
const regelmappen = [
  'advies',
  'client',
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'conflict-van-plichten',
  'deelverzoek',
  'doorbreking',
  'dossieraantekening',
  'functiescheiding',
  'grondslag',
  'informeren-achteraf',
  'overdracht',
  'proces',
  'professional',
  'regels',
  'termijnen',
  'toestemming',
  'verstrekking',
  'vertegenwoordiging',
];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: regelmappen.map((map) => `src/${map}/**/*.ts`),
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { branches: 100, lines: 100, functions: 100, statements: 100 },
    },
  },
});
