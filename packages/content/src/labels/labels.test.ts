import { describe, expect, it } from 'vitest';
import {
  DoorbrekingFaseId,
  DoorbrekingGrondId,
  doorbrekingFaseLabel,
  doorbrekingGrondLabel,
} from './doorbreking';
import { LabelTabel } from './labels.schema';
import { VolgendeActieId, volgendeActieLabel } from './volgende-actie';

/** Every label table with the enum it names; a new table gets a row here. */
const TABELLEN = [
  { naam: 'volgendeActieLabel', ids: VolgendeActieId, tabel: volgendeActieLabel },
  { naam: 'doorbrekingFaseLabel', ids: DoorbrekingFaseId, tabel: doorbrekingFaseLabel },
  { naam: 'doorbrekingGrondLabel', ids: DoorbrekingGrondId, tabel: doorbrekingGrondLabel },
];

describe('label tables', () => {
  it.each(TABELLEN)('$naam labels every value of its enum, and only those', ({ ids, tabel }) => {
    expect(LabelTabel(ids).safeParse(tabel).success).toBe(true);
    expect(Object.keys(tabel).sort()).toEqual([...ids.options].sort());
  });

  it.each(TABELLEN)('$naam has short, distinct labels that start with a capital', ({ tabel }) => {
    const labels = Object.values(tabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) {
      expect(l.length, l).toBeLessThanOrEqual(40);
      expect(l[0], l).toMatch(/\p{Lu}/u);
    }
  });

  it('refuses a table that misses a value or adds one', () => {
    const schema = LabelTabel(VolgendeActieId);
    const { 'informeren-achteraf': _, ...zonder } = volgendeActieLabel;
    expect(schema.safeParse(zonder).success).toBe(false);
    expect(schema.safeParse({ ...volgendeActieLabel, 'iets-anders': 'Iets anders' }).success).toBe(false);
    expect(schema.safeParse({ ...volgendeActieLabel, 'toestemming-vragen': ' ' }).success).toBe(false);
  });
});
