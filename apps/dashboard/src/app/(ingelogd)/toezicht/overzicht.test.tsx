// @vitest-environment jsdom
import { ToezichtOverzicht } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OverzichtAantallen, VerloopTabel, verloopSamenvatting, weekLabel } from './overzicht';

afterEach(cleanup);

// Twelve weeks across a new year, with a few verstrekkingen in some of them.
const maandagen = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2025, 9, 20) + i * 7 * 24 * 3600_000).toISOString().slice(0, 10),
);
const overzicht = ToezichtOverzicht.parse({
  aantallen: {
    informerenAchterafTeLaat: 3,
    handtekeningenTeLaat: 1,
    toestemmingVastgelopen: 4,
    openDoorbrekingen: 2,
  },
  perWeek: maandagen.map((vanaf, i) => ({
    week: i < 11 ? `2025-W${String(43 + i).padStart(2, '0')}` : '2026-W01',
    vanaf,
    metToestemming: i === 0 ? 5 : 0,
    zonderToestemming: i === 11 ? 2 : 0,
    doorbrekingen: i === 11 ? 1 : 0,
    informerenAfgerond: i === 5 ? 7 : 0,
  })),
});

describe('the privacy officer’s figures', () => {
  it('names each open count with its figure', () => {
    const { container } = render(<OverzichtAantallen aantallen={overzicht.aantallen} />);
    const paren = [...container.querySelectorAll('dl > div')].map((d) => [
      d.querySelector('dt')?.textContent,
      d.querySelector('dd')?.textContent,
    ]);
    expect(paren).toEqual([
      ['Cliënten te laat geïnformeerd', '3'],
      ['Handtekeningen over de termijn', '1'],
      ['Toestemming vastgelopen', '4'],
      ['Lopende doorbrekingen', '2'],
    ]);
  });

  it('puts the chart’s figures in a real table: a caption, column and row headers, one row a week', () => {
    const { getByRole } = render(<VerloopTabel perWeek={overzicht.perWeek} />);
    const tabel = getByRole('table', { name: /laatste 12 weken/ });
    const kolommen = within(tabel)
      .getAllByRole('columnheader')
      .map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(kolommen).toEqual([
      ['Week', 'col'],
      ['Gedeeld met toestemming', 'col'],
      ['Gedeeld zonder toestemming', 'col'],
      ['Waarvan doorbreking (4a of 4c)', 'col'],
      ['Achteraf geïnformeerd', 'col'],
    ]);
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(12);
    const cellen = (rij: HTMLElement) =>
      within(rij)
        .getAllByRole('cell')
        .map((td) => td.textContent);
    const eerste = within(rijen[0]!).getByRole('rowheader');
    expect(eerste.getAttribute('scope')).toBe('row');
    expect(eerste.textContent).toBe('week 43 (vanaf 20-10-2025)');
    expect(cellen(rijen[0]!)).toEqual(['5', '0', '0', '0']);
    expect(cellen(rijen[5]!)).toEqual(['0', '0', '0', '7']);
    // The year is named where it changes.
    expect(within(rijen[11]!).getByRole('rowheader').textContent).toBe('week 1 (2026) (vanaf 05-01-2026)');
    expect(cellen(rijen[11]!)).toEqual(['0', '2', '1', '0']);
  });

  it('sums the period up in one sentence for the chart’s text alternative', () => {
    expect(verloopSamenvatting(overzicht.perWeek)).toBe(
      'Staafdiagram over 12 weken. In totaal 5 keer gedeeld met toestemming, 2 keer zonder toestemming, waarvan 1 keer met een doorbreking, en 7 cliënten achteraf geïnformeerd. De cijfers per week staan in de tabel hieronder.',
    );
    expect(weekLabel('2026-W09')).toBe('week 9');
  });
});
