import { describe, expect, it } from 'vitest';
import { Avg, avg, Datalek, datalek } from './avg';

describe('AVG', () => {
  it('lists principles a to k in order', () => {
    expect(Avg.safeParse(avg).success).toBe(true);
    expect(avg.beginselen.map((b) => b.letter).join('')).toBe('abcdefghijk');
  });

  it('states the one-month term for informing (AVG art. 14(3))', () => {
    expect(avg.informatieTermijn.artikelen).toContainEqual(
      expect.objectContaining({ wet: 'AVG', artikel: '14 lid 3' }),
    );
    expect(avg.informatieTermijn.uitleg).toMatch(/maand/);
  });
});

describe('datalek', () => {
  it('says what it is and what to do, citing AVG art. 33', () => {
    expect(Datalek.safeParse(datalek).success).toBe(true);
    expect(datalek.watTeDoen.length).toBeGreaterThanOrEqual(3);
    expect(datalek.artikelen.map((a) => a.artikel)).toContain('33');
  });
});
