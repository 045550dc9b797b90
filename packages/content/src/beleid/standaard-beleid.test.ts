import { describe, expect, it } from 'vitest';
import { Beleid } from './beleid.schema';
import { standaardBeleid } from './standaard-beleid';

describe('standaardBeleid', () => {
  it('is valid policy data', () => {
    expect(Beleid.safeParse(standaardBeleid).success).toBe(true);
  });

  it('rejects a policy without reminders for informeren achteraf', () => {
    const zonder = {
      ...standaardBeleid,
      informerenAchteraf: { ...standaardBeleid.informerenAchteraf, herinneringen: [] },
    };
    expect(Beleid.safeParse(zonder).success).toBe(false);
  });

  it("has the brief's deadlines: informeren achteraf due at 30 days, reminders at 7, 14 and 21", () => {
    expect(standaardBeleid.informerenAchteraf.termijn).toEqual({ aantal: 30, eenheid: 'kalenderdagen' });
    expect(standaardBeleid.informerenAchteraf.herinneringen.map((d) => d.aantal)).toEqual([7, 14, 21]);
  });
});
