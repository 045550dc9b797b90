import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  historiesMap,
  huidigeHashes,
  klareTekstIn,
  leesFixtures,
  leesManifest,
  naamKlopt,
  schrijfFixture,
} from './fixtures';

describe('the fixture recorder only adds files', () => {
  const map = mkdtempSync(path.join(tmpdir(), 'fixtures-'));
  afterEach(() => rmSync(map, { recursive: true, force: true }));
  const [oud] = leesFixtures(historiesMap);
  const opname = {
    workflowType: 'deelverzoekWorkflow',
    pad: 'afweging-1-doorverwezen',
    commit: '0123456789ab',
    datum: '2026-12-02',
    history: oud!.history,
  };

  it('writes a second recording of the same path, day and commit under a new name, leaving the first as it was', () => {
    const eerste = schrijfFixture(opname, map);
    const vol = path.join(map, eerste);
    writeFileSync(vol, '{"events":[]}');
    const tweede = schrijfFixture(opname, map);
    expect(eerste).toBe(
      path.join('deelverzoekWorkflow', 'afweging-1-doorverwezen', '2026-12-02-0123456789ab.history.json'),
    );
    expect(tweede).toBe(
      path.join('deelverzoekWorkflow', 'afweging-1-doorverwezen', '2026-12-02-0123456789ab-2.history.json'),
    );
    expect(readFileSync(vol, 'utf8')).toBe('{"events":[]}');
    // Both are listed as written, so the edit to the first one shows.
    expect([...leesManifest(map).keys()]).toEqual([eerste, tweede].map((b) => b.split(path.sep).join('/')));
    expect(huidigeHashes(map)).not.toEqual(leesManifest(map));
  });

  it('names what it writes by workflow, path, day and commit, and reads it back as it was', () => {
    schrijfFixture(opname, map);
    const [terug] = leesFixtures(map);
    expect(naamKlopt(terug!)).toBe(true);
    expect(terug).toMatchObject({ workflowType: 'deelverzoekWorkflow', pad: 'afweging-1-doorverwezen' });
    expect(terug!.history.events).toHaveLength(oud!.history.events!.length);
  });

  it('does not take a fixture filed under another workflow type for that type', () => {
    schrijfFixture({ ...opname, workflowType: 'toestemmingsklokWorkflow' }, map);
    expect(naamKlopt(leesFixtures(map)[0]!)).toBe(false);
  });

  it('finds client data in a payload that was not encrypted, and none in one that was', () => {
    const doel = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
    expect(klareTekstIn(oud!.history, [doel])).toEqual([]);
    const open = structuredClone(oud!.history);
    open.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!.data = Buffer.from(
      JSON.stringify({ doel }),
    );
    expect(klareTekstIn(open, [doel, 'iets anders'])).toEqual([doel]);
  });
});
