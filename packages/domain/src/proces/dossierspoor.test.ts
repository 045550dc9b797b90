import { describe, expect, it } from 'vitest';
import { ja1, professional, Verloop, volwassene } from '../../test/fixtures';
import { controleerDossierspoor } from './dossierspoor';

const afgewezen = () =>
  new Verloop(volwassene, professional('sociaal-werker')).doe({
    soort: 'afweging-1',
    antwoord: { hoortBijMij: false, toelichting: 'Hoort bij schuldhulp.', doorverwezenNaar: 'Schuldhulp' },
  });

describe('controleerDossierspoor', () => {
  it('accepts an open file whose entries run without gaps', () => {
    const v = new Verloop(volwassene, professional('sociaal-werker')).doe(ja1);
    expect(controleerDossierspoor(v.proces, v.dossier)).toEqual([]);
  });

  it.each([
    ['an entry is missing at the end', (d: ReturnType<typeof afgewezen>['dossier']) => d.slice(0, -1)],
    [
      'an entry belongs to another client',
      (d: ReturnType<typeof afgewezen>['dossier']) =>
        d.map((a, i) => (i === 1 ? { ...a, clientId: '1b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87' } : a)),
    ],
    ['an id is out of order', (d: ReturnType<typeof afgewezen>['dossier']) => [d[1]!, d[0]!, d[2]!]],
  ])('refuses a file where %s', (_, breek) => {
    const v = afgewezen();
    expect(controleerDossierspoor(v.proces, breek(v.dossier)).map((o) => o.code)).toContain(
      'dossier-onvolledig-of-vreemd',
    );
  });

  it('names the step missing from a closed file', () => {
    const v = afgewezen();
    const zonderAfweging = v.dossier.map((a) =>
      a.soort === 'afweging-1' ? { ...a, soort: 'deelverzoek-gestart' as const } : a,
    );
    expect(controleerDossierspoor(v.proces, zonderAfweging)).toEqual([
      expect.objectContaining({
        code: 'dossier-mist-stap',
        bericht: 'In het dossier ontbreekt de aantekening "afweging-1".',
      }),
    ]);
  });
});
