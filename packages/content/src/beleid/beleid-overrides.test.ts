import { describe, expect, it } from 'vitest';
import { Beleid } from './beleid.schema';
import { beleidMetOverrides, OngeldigBeleidFout } from './beleid-overrides';
import { standaardBeleid } from './standaard-beleid';

describe('beleidMetOverrides', () => {
  it('changes only what is overridden and carries the new version', () => {
    const beleid = beleidMetOverrides(standaardBeleid, {
      versie: 'zutphen-2025.1',
      toestemming: { maxPogingen: 5 },
      informerenAchteraf: { termijn: { aantal: 21, eenheid: 'kalenderdagen' } },
    });
    expect(beleid.versie).toBe('zutphen-2025.1');
    expect(beleid.toestemming.maxPogingen).toBe(5);
    expect(beleid.toestemming.herinneringZonderPoging).toEqual(
      standaardBeleid.toestemming.herinneringZonderPoging,
    );
    expect(beleid.informerenAchteraf.termijn.aantal).toBe(21);
    expect(beleid.informerenAchteraf.herinneringen).toEqual(standaardBeleid.informerenAchteraf.herinneringen);
    expect(beleid.uitstel).toEqual(standaardBeleid.uitstel);
    expect(Beleid.safeParse(beleid).success).toBe(true);
  });

  it('leaves the base policy untouched', () => {
    const kopie = structuredClone(standaardBeleid);
    beleidMetOverrides(standaardBeleid, {
      versie: 'x-1',
      uitstel: { maximaal: { aantal: 10, eenheid: 'kalenderdagen' } },
    });
    expect(standaardBeleid).toEqual(kopie);
  });

  it('requires a new version', () => {
    expect(() => beleidMetOverrides(standaardBeleid, { versie: standaardBeleid.versie })).toThrow(
      /nieuwe versie/,
    );
    expect(() => beleidMetOverrides(standaardBeleid, { versie: '  ' })).toThrow(OngeldigBeleidFout);
  });

  it('rejects invalid values with Dutch problems that name the field', () => {
    try {
      beleidMetOverrides(standaardBeleid, {
        versie: 'x-2',
        akkoordLeidinggevende: { termijn: { aantal: 0, eenheid: 'werkdagen' } },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OngeldigBeleidFout);
      const fout = e as OngeldigBeleidFout;
      expect(fout.message).toMatch(/ongeldig/);
      expect(fout.problemen.join('\n')).toMatch(/akkoordLeidinggevende\.termijn\.aantal/);
      expect(fout.problemen.join('\n')).toMatch(/[Tt]e klein|groter/);
    }
  });

  it('rejects unknown settings and an empty reminder list', () => {
    expect(() => beleidMetOverrides(standaardBeleid, { versie: 'x-3', onbekend: 1 } as never)).toThrow(
      OngeldigBeleidFout,
    );
    expect(() =>
      beleidMetOverrides(standaardBeleid, { versie: 'x-4', informerenAchteraf: { herinneringen: [] } }),
    ).toThrow(OngeldigBeleidFout);
  });
});
