import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type History, historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

/** Committed replay fixtures: append-only, never re-recorded or edited (apps/worker/README.md). */
export const historiesMap = path.join(__dirname, '..', 'histories');

/**
 * `<workflow>/<pad>/<datum>-<commit>[-<n>].history.json`; the commit is the code that recorded it.
 * (`*.history.json` is outside Biome, which must never reformat a fixture.)
 */
const NAAM = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{12}(-\d+)?\.history\.json$/;

/**
 * One line per fixture, `<sha256>  <bestand>`, appended by the recorder: the replay test fails when a
 * fixture was changed, re-recorded or removed after it was committed.
 */
export const MANIFEST = 'vastgelegd.sha256';

export const sha256 = (inhoud: string | Buffer) => createHash('sha256').update(inhoud).digest('hex');

/** The manifest as bestand → hash (paths with `/`, whatever the platform). */
export function leesManifest(map = historiesMap): Map<string, string> {
  const bestand = path.join(map, MANIFEST);
  if (!existsSync(bestand)) return new Map();
  return new Map(
    readFileSync(bestand, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((regel) => {
        const [hash, naam] = regel.split(/\s+/, 2) as [string, string];
        return [naam, hash];
      }),
  );
}

/** The hash of every fixture file as it is on disk now. */
export function huidigeHashes(map = historiesMap): Map<string, string> {
  return new Map(
    leesFixtures(map).map((f) => [
      f.bestand.split(path.sep).join('/'),
      sha256(readFileSync(path.join(map, f.bestand))),
    ]),
  );
}

export interface Fixture {
  /** Relative to the histories folder. */
  bestand: string;
  workflowType: string;
  /** The path it belongs to; undefined for the two fixtures from before paths had folders. */
  pad: string | undefined;
  history: History;
}

const workflowTypeVan = (h: History) =>
  h.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '(onbekend)';

/** Every committed fixture, the oldest layout (`*.history.json` at the top) included. */
export function leesFixtures(map = historiesMap): Fixture[] {
  const uit: Fixture[] = [];
  const loop = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const vol = path.join(dir, e.name);
      if (e.isDirectory()) loop(vol);
      else if (e.name.endsWith('.history.json')) {
        const bestand = path.relative(map, vol);
        const delen = bestand.split(path.sep);
        const history = historyFromJSON(JSON.parse(readFileSync(vol, 'utf8')));
        uit.push({
          bestand,
          workflowType: workflowTypeVan(history),
          pad: delen.length === 3 ? delen[1] : undefined,
          history,
        });
      }
    }
  };
  loop(map);
  return uit;
}

/** A fixture's file name is one of the two layouts; the new one names workflow, path, day and commit. */
export function naamKlopt(f: Fixture): boolean {
  const delen = f.bestand.split(path.sep);
  if (delen.length === 1) return delen[0]!.endsWith('.history.json');
  return delen.length === 3 && delen[0] === f.workflowType && NAAM.test(delen[2]!);
}

/** The commit being recorded from; refuses uncommitted workflow or rule code, which no name could identify. */
export function opnameCommit(): string {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
    cwd: __dirname,
    encoding: 'utf8',
  }).trim();
  const vuil = execFileSync('git', ['status', '--porcelain', '--', 'apps/worker/src', 'packages'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  if (vuil)
    throw new Error(
      `Commit eerst de workflow- en regelcode: een fixture noemt de commit die hem opnam.\n${vuil}`,
    );
  return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
}

/**
 * Writes a new fixture under a new name and never over an existing one (flag `wx`): a second
 * recording of the same path on the same day and commit gets `-2`, `-3`, ….
 */
export function schrijfFixture(
  opties: { workflowType: string; pad: string; commit: string; datum: string; history: History },
  map = historiesMap,
): string {
  const dir = path.join(map, opties.workflowType, opties.pad);
  mkdirSync(dir, { recursive: true });
  const inhoud = `${JSON.stringify(JSON.parse(historyToJSON(opties.history)), null, 2)}\n`;
  for (let n = 1; ; n++) {
    const naam = `${opties.datum}-${opties.commit}${n === 1 ? '' : `-${n}`}.history.json`;
    try {
      writeFileSync(path.join(dir, naam), inhoud, { flag: 'wx' });
      const bestand = path.relative(map, path.join(dir, naam));
      appendFileSync(path.join(map, MANIFEST), `${sha256(inhoud)}  ${bestand.split(path.sep).join('/')}\n`);
      return bestand;
    } catch (fout) {
      if ((fout as NodeJS.ErrnoException).code !== 'EEXIST') throw fout;
    }
  }
}

/**
 * Which of the given texts a history holds readably: in its JSON as such, or base64-encoded (how
 * payload bytes are written). Encrypted payloads decode to noise, so a hit means clear text.
 */
export function klareTekstIn(history: History, teksten: string[]): string[] {
  const json = historyToJSON(history);
  const stukken = [json];
  for (const [, b64] of json.matchAll(/"([A-Za-z0-9+/]{16,}={0,2})"/g))
    stukken.push(Buffer.from(b64!, 'base64').toString('utf8'));
  return teksten.filter((t) => stukken.some((s) => s.includes(t)));
}
