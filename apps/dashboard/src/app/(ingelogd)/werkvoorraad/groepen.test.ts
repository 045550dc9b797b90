import { EigenWerkGroepId, VolgendeActieId } from '@deelwijs/content';
import type { DeelverzoekView, HandtekeningSignaal } from '@deelwijs/contract';
import { describe, expect, it } from 'vitest';
import { eigenWerkGroep, eigenWerkInGroepen, toezichtWerkInGroepen } from './groepen';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const open = (
  n: number,
  volgendeActie: DeelverzoekView['volgendeActie'],
  op: string | null,
  status: DeelverzoekView['status'] = 'toestemming',
) => ({ id: id(n), status, volgendeActie, volgendeActieOp: op }) as DeelverzoekView;

describe('a casemanager’s own work by next step', () => {
  it('puts every next action under its own group; without a clock, the step decides', () => {
    for (const actie of VolgendeActieId.options)
      expect(eigenWerkGroep({ volgendeActie: actie, status: 'afweging-4' })).toBe(actie);
    for (const status of ['afweging-1', 'afweging-2', 'afweging-3', 'afweging-4'] as const)
      expect(eigenWerkGroep({ volgendeActie: null, status })).toBe('afwegen');
    expect(eigenWerkGroep({ volgendeActie: null, status: 'verstrekking' })).toBe('verstrekken');
    expect(eigenWerkGroep({ volgendeActie: null, status: 'toestemming' })).toBe('toestemming-vragen');
    expect(eigenWerkGroep({ volgendeActie: null, status: 'informeren-achteraf' })).toBe(
      'informeren-achteraf',
    );
  });

  it('orders the groups as content does, leaves out empty ones, and the nearest deadline first in each', () => {
    const groepen = eigenWerkInGroepen([
      open(1, 'collegiale-toetsing', '2026-12-01T09:00:00Z'),
      open(2, 'toestemming-vragen', '2026-12-05T09:00:00Z'),
      open(3, null, null, 'afweging-2'),
      open(4, 'toestemming-vragen', '2026-11-30T09:00:00Z'),
      open(5, 'storing', null),
      open(6, 'toestemming-vragen', null),
      open(9, null, null, 'verstrekking'),
    ]);
    expect(groepen.map((g) => g.groep)).toEqual([
      'storing',
      'toestemming-vragen',
      'verstrekken',
      'afwegen',
      'collegiale-toetsing',
    ]);
    const volgorde = EigenWerkGroepId.options;
    expect(groepen.map((g) => volgorde.indexOf(g.groep))).toEqual(
      [...groepen.map((g) => volgorde.indexOf(g.groep))].sort((a, b) => a - b),
    );
    // Overdue before due, and one without a deadline last.
    expect(groepen[1]!.items.map((d) => d.id)).toEqual([id(4), id(2), id(6)]);
  });

  it('keeps the order of equal deadlines, and gives nothing for nothing', () => {
    const gelijk = eigenWerkInGroepen([
      open(7, 'informeren-achteraf', '2026-12-01T09:00:00Z'),
      open(8, 'informeren-achteraf', '2026-12-01T09:00:00Z'),
    ]);
    expect(gelijk[0]!.items.map((d) => d.id)).toEqual([id(7), id(8)]);
    expect(eigenWerkInGroepen([])).toEqual([]);
  });
});

describe('the privacy officer’s work from the toezicht', () => {
  const handtekening = (n: number, h: Partial<HandtekeningSignaal>): HandtekeningSignaal => ({
    signaal: 'akkoord-te-laat',
    deelverzoekId: id(n),
    client: { pseudoniem: `CL-${n}` },
    team: 'wijkteam-noord',
    afweging: '4a',
    sinds: '2026-11-20T09:00:00Z',
    uiterlijk: '2026-11-25T09:00:00Z',
    inWerkdagen: true,
    afgewezenOp: null,
    ...h,
  });

  it('puts a signature refused afterwards first, then the longest overdue', () => {
    const [groep] = toezichtWerkInGroepen({
      informeren: [],
      vastgelopen: [],
      handtekeningen: [
        handtekening(1, { uiterlijk: '2026-11-28T09:00:00Z' }),
        handtekening(2, { signaal: 'acuut-afgewezen', uiterlijk: null, afgewezenOp: '2026-12-01T09:00:00Z' }),
        handtekening(3, { uiterlijk: '2026-11-26T09:00:00Z' }),
      ],
    });
    expect(groep!.groep).toBe('handtekening');
    expect(groep!.items.map((t) => t.deelverzoekId)).toEqual([id(2), id(3), id(1)]);
    expect(groep!.items[0]).toMatchObject({
      pseudoniem: 'CL-2',
      waarom: 'Acuut gedeeld, achteraf afgewezen',
      uiterlijk: null,
      afgewezenOp: '2026-12-01T09:00:00Z',
    });
  });

  it('orders the groups: informing afterwards, signatures, stalled consent; the earliest deadline first', () => {
    const groepen = toezichtWerkInGroepen({
      vastgelopen: [
        {
          deelverzoekId: id(4),
          client: { pseudoniem: 'CL-4' },
          team: 't',
          gevraagdVanaf: null,
          sinds: '2026-12-01T09:00:00Z',
          pogingen: 2,
        },
      ],
      handtekeningen: [handtekening(5, {})],
      informeren: [6, 7].map((n) => ({
        deelverzoekId: id(n),
        client: { pseudoniem: `CL-${n}` },
        team: 't',
        route: 'meldrecht' as const,
        verstrektOp: '2026-11-01T09:00:00Z',
        uiterlijk: n === 6 ? '2026-12-09T09:00:00Z' : '2026-11-29T09:00:00Z',
        uitstelTot: null,
        teLaat: n === 7,
        uitstelGevraagd: false,
        inWerkdagen: false,
      })),
    });
    expect(groepen.map((g) => g.groep)).toEqual([
      'informeren-achteraf',
      'handtekening',
      'toestemming-vastgelopen',
    ]);
    expect(groepen[0]!.items.map((t) => t.deelverzoekId)).toEqual([id(7), id(6)]);
    expect(groepen[0]!.items[0]!.waarom).toBe('Meldrecht');
    expect(groepen[2]!.items[0]).toMatchObject({
      waarom: 'Toestemming 2 keer gevraagd',
      uiterlijk: '2026-12-01T09:00:00Z',
    });
  });

  it('shows no group when the toezicht finds nothing', () => {
    expect(toezichtWerkInGroepen({ informeren: [], handtekeningen: [], vastgelopen: [] })).toEqual([]);
  });
});
