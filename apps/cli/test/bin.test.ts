import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(__dirname, '..', 'dist', 'main.js');
const VOORBEELD = join(__dirname, '..', 'voorbeelden', 'situatie.json');
const draai = (args: string[], invoer: string) =>
  spawnSync(process.execPath, [MAIN, ...args], { input: invoer, encoding: 'utf8' });

describe('the built deelwijs binary', () => {
  it('is built (turbo runs build before test)', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it('answers the example situation: the wijkverpleegkundige weighs afweging 4c', () => {
    const uit = draai(['advies'], readFileSync(VOORBEELD, 'utf8'));
    expect(uit.stderr).toBe('');
    expect(uit.status).toBe(0);
    const advies = JSON.parse(uit.stdout);
    expect(advies).toMatchObject({ route: 'afweging-4c', volgendeStap: { stap: 'afweging-4' } });
    expect(advies.wieMoetToestemmen.toestemmers).toEqual([
      { soort: 'vertegenwoordiger', id: 'echtgenote', rol: 'partner' },
    ]);
  });

  it('exits 1 with a Dutch error on invalid input', () => {
    const uit = draai(['advies'], '{"doel": 3}');
    expect(uit.status).toBe(1);
    expect(uit.stdout).toBe('');
    expect(uit.stderr).toContain('De situatie klopt niet:');
  });
});
