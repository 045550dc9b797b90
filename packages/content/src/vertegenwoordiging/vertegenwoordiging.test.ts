import { describe, expect, it } from 'vitest';
import { Vertegenwoordiging, vertegenwoordiging, vertegenwoordigingsregelVoor } from './vertegenwoordiging';

describe('vertegenwoordiging', () => {
  it('validates', () => {
    expect(Vertegenwoordiging.safeParse(vertegenwoordiging).success).toBe(true);
  });

  it.each([
    [0, true, 'jonger-dan-12'],
    [11, true, 'jonger-dan-12'],
    [8, false, 'jonger-dan-12'],
    [12, true, '12-tot-16'],
    [15, true, '12-tot-16'],
    [16, true, '16-en-ouder'],
    [45, true, '16-en-ouder'],
    [14, false, 'wilsonbekwame-minderjarige'],
    [17, false, 'wilsonbekwame-minderjarige'],
    [18, false, 'wilsonbekwame-volwassene'],
    [80, false, 'wilsonbekwame-volwassene'],
  ] as const)('age %i, wilsbekwaam %s → %s', (leeftijd, bekwaam, verwacht) => {
    expect(vertegenwoordigingsregelVoor(leeftijd, bekwaam).id).toBe(verwacht);
  });

  it('has exactly one rule for every age from 12 and either capacity, and one for every child under 12', () => {
    for (let leeftijd = 0; leeftijd <= 110; leeftijd++) {
      for (const bekwaam of [true, false]) {
        if (leeftijd < 12 && !bekwaam) continue;
        const passend = vertegenwoordiging.regels.filter(
          (r) =>
            r.wilsbekwaam === bekwaam &&
            leeftijd >= r.leeftijdVanaf &&
            (r.leeftijdTot === null || leeftijd < r.leeftijdTot),
        );
        expect(passend, `${leeftijd} ${bekwaam}`).toHaveLength(1);
      }
    }
  });

  it('orders adult representatives as the WGBO does', () => {
    expect(vertegenwoordiging.rangorde.map((v) => v.id)).toEqual([
      'curator',
      'mentor',
      'schriftelijk-gemachtigde',
      'partner',
      'ouder-kind-broer-zus',
    ]);
    expect(vertegenwoordiging.rangorde.map((v) => v.positie)).toEqual([1, 2, 3, 4, 5]);
  });

  it('cites all law articles of the brief', () => {
    const artikelen = vertegenwoordiging.regels.flatMap((r) =>
      r.wetsartikelen.map((a) => a.artikel.split(' ')[0]),
    );
    for (const a of ['7:447', '7:450', '7:465', '7.3.4', '7.3.5', '7.3.15']) expect(artikelen).toContain(a);
  });

  it('gives 12–15 year olds both the child and the parents, with the two exceptions', () => {
    const regel = vertegenwoordigingsregelVoor(13, true);
    expect(regel.wieGeeftToestemming).toHaveLength(2);
    expect(regel.uitzonderingen).toHaveLength(2);
  });

  it('rejects an impossible age in Dutch', () => {
    expect(() => vertegenwoordigingsregelVoor(-1, true)).toThrow(/Leeftijd/);
    expect(() => vertegenwoordigingsregelVoor(3.5, true)).toThrow(/heel getal/);
  });
});
