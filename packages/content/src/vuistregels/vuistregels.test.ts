import { describe, expect, it } from 'vitest';
import { Visie, visie } from './visie';
import { Vuistregel, vuistregels } from './vuistregels';

describe('vuistregels', () => {
  it('are ten, numbered 1–10, three about the client and seven about professionals', () => {
    for (const v of vuistregels) expect(Vuistregel.safeParse(v).success, v.id).toBe(true);
    expect(vuistregels.map((v) => v.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(vuistregels.filter((v) => v.groep === 'client')).toHaveLength(3);
    expect(new Set(vuistregels.map((v) => v.id)).size).toBe(10);
  });

  it('cite Bijlage 2', () => {
    for (const v of vuistregels) expect(v.bron.hoofdstuk).toBe('Bijlage 2');
  });
});

describe('visie', () => {
  it('has the six points and the three key remarks', () => {
    expect(Visie.safeParse(visie).success).toBe(true);
    expect(visie.punten.map((p) => p.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(visie.opmerkingen).toHaveLength(3);
  });
});
