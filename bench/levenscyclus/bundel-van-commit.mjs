// The workflow bundle of another commit, for the before/after of run.ts --vergelijk: that commit's
// tree (git archive, so the repository's worktrees and branches stay as they are), its packages
// installed from the local pnpm store and built with its own build (which writes the bundle), and
// the bundle copied out. The temporary tree is removed afterwards.
//   node bench/levenscyclus/bundel-van-commit.mjs <commit> <uitvoerbestand>
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [commit, uit] = process.argv.slice(2);
if (!commit || !uit) {
  console.error('Gebruik: node bench/levenscyclus/bundel-van-commit.mjs <commit> <uitvoerbestand>');
  process.exit(2);
}
const boom = mkdtempSync(path.join(tmpdir(), 'deelwijs-bundel-'));
try {
  execSync(`git -C ${JSON.stringify(root)} archive ${commit} | tar -x -C ${JSON.stringify(boom)}`, {
    stdio: 'inherit',
  });
  const pnpm = (...args) => execFileSync('pnpm', args, { cwd: boom, stdio: ['ignore', 'ignore', 'inherit'] });
  pnpm('install', '--frozen-lockfile', '--offline');
  pnpm('exec', 'turbo', 'run', 'build', '--filter', '@deelwijs/worker', '--output-logs=errors-only');
  copyFileSync(path.join(boom, 'apps/worker/dist/workflow-bundle.js'), uit);
  console.log(`bundel van ${commit}: ${statSync(uit).size} bytes`);
} finally {
  rmSync(boom, { recursive: true, force: true });
}
