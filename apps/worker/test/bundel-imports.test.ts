import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The SDK evaluates the workflow code anew for every workflow. An import from a package's index
// evaluates the whole package each time (docs/performance.md §1): workflow code, and the domain and
// contract code it loads, import from deep paths. Type-only imports cost nothing and may stay.
const root = path.join(__dirname, '..', '..', '..');
const bronnen = (map: string): string[] =>
  readdirSync(path.join(root, map), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(map, f));

const INDEXEN = [
  '@deelwijs/content',
  '@deelwijs/domain',
  '@deelwijs/temporal',
  '@deelwijs/temporal/contract',
];

/** Imports of values (not `import type`) from a package index, as `bestand: specifier`. */
function indexImports(bestand: string): string[] {
  const tekst = readFileSync(path.join(root, bestand), 'utf8');
  return [...tekst.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)]
    .filter(([, alleenType, specifier]) => !alleenType && INDEXEN.includes(specifier!))
    .map(([, , specifier]) => `${bestand}: ${specifier}`);
}

describe('what a workflow evaluates', () => {
  it('workflow code imports no package index', () => {
    expect(bronnen('apps/worker/src/workflows').flatMap(indexImports)).toEqual([]);
  });

  it('the domain and the workflow inputs import no index of the content or the domain', () => {
    const bestanden = [
      ...bronnen('packages/domain/src'),
      ...bronnen('packages/temporal/src/contract'),
    ].filter((f) => !f.endsWith('index.ts'));
    expect(bestanden.length).toBeGreaterThan(50);
    expect(bestanden.flatMap(indexImports)).toEqual([]);
  });

  it('the workflows index loads each workflow module lazily, not with an import', () => {
    const index = readFileSync(path.join(root, 'apps/worker/src/workflows/index.ts'), 'utf8');
    const workflows = readdirSync(path.join(root, 'apps/worker/src/workflows')).filter((f) =>
      f.endsWith('.workflow.ts'),
    );
    expect(workflows.length).toBeGreaterThan(5);
    for (const w of workflows) {
      const module = `./${w.replace(/\.ts$/, '')}`;
      expect(index).toContain(`require('${module}')`);
      expect(index).not.toMatch(
        new RegExp(`^(import|export)\\s+((?!type\\s)[^;]*from\\s+)?'${module}'`, 'm'),
      );
    }
  });
});
