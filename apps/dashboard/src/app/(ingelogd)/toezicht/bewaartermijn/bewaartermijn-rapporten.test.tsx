// @vitest-environment jsdom
import { BewaartermijnOverzicht } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EerdereRapporten, intervalInWoorden, LaatsteRapport, Planning } from './bewaartermijn-rapporten';

afterEach(cleanup);

const overzicht = BewaartermijnOverzicht.parse({
  planning: { interval: '24h', verwijderen: false, volgendeRun: '2026-12-04T09:00:00.000Z' },
  rapporten: [
    {
      id: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
      gemetenOp: '2026-12-03T09:00:00.000Z',
      beleidVersie: 'bewaartermijnen-2026.1',
      verwijderen: true,
      regels: [
        {
          soort: 'dossieraantekeningen',
          termijn: { aantal: 20, eenheid: 'jaren' },
          grens: '2006-12-03T09:00:00.000Z',
          verlopen: 12,
          oudste: '2004-05-01T08:00:00.000Z',
          verwijderd: 9,
          geweigerd: 1,
        },
        {
          soort: 'sessies',
          termijn: { aantal: 30, eenheid: 'dagen' },
          grens: '2026-11-03T09:00:00.000Z',
          verlopen: 0,
          oudste: null,
          verwijderd: 0,
          geweigerd: 0,
        },
      ],
    },
    {
      id: '7f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d12',
      gemetenOp: '2026-12-02T09:00:00.000Z',
      beleidVersie: 'bewaartermijnen-2026.1',
      verwijderen: false,
      regels: [],
    },
  ],
});

describe('the retention reports on the Toezicht pages', () => {
  it('lists the latest run per kind: period, limit, past it, oldest, removed, and a refused chain', () => {
    const { getByRole } = render(<LaatsteRapport rapport={overzicht.rapporten[0]} />);
    const rijen = within(getByRole('table', { name: /Laatste controle/ }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rijen[0]).toMatch(/^Dossieraantekeningen20 jaar.*2006.*12.*2004.*9.*1 keten geweigerd/);
    expect(rijen[1]).toMatch(/^Verlopen sessies30 dagen.*0geen0$/);
  });

  it('says when the run has not run yet, and how it is planned or that this is unknown', () => {
    expect(render(<LaatsteRapport rapport={undefined} />).container.textContent).toBe(
      'De controle heeft nog niet gedraaid.',
    );
    cleanup();
    const planning = render(<Planning planning={overzicht.planning} />).container.textContent;
    expect(planning).toMatch(
      /elke 24 uur en rapporteert alleen; er wordt niets verwijderd\. Volgende keer: .*2026/,
    );
    cleanup();
    expect(render(<Planning planning={null} />).container.textContent).toMatch(/niet op te vragen/);
  });

  it('lists earlier runs as totals', () => {
    const { getByRole } = render(<EerdereRapporten rapporten={overzicht.rapporten} />);
    const rijen = within(getByRole('table', { name: /Eerdere controles/ }))
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rijen.map((r) => r.slice(1))).toEqual([
      ['Ja', '12', '9'],
      ['Nee, alleen rapporteren', '0', '0'],
    ]);
  });

  it('says the interval in words', () => {
    expect(['1d', '2d', '12h', '1m', '30m', '45s', 'vreemd'].map(intervalInWoorden)).toEqual([
      '1 dag',
      '2 dagen',
      '12 uur',
      '1 minuut',
      '30 minuten',
      '45 seconden',
      'vreemd',
    ]);
  });
});
