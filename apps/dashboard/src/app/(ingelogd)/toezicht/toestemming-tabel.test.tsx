// @vitest-environment jsdom
import { ToestemmingVastgelopenSignaal } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToestemmingTabel } from './toestemming-tabel';

afterEach(cleanup);

const signaal = (extra: Partial<ToestemmingVastgelopenSignaal>) =>
  ToestemmingVastgelopenSignaal.parse({
    deelverzoekId: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
    client: { pseudoniem: 'CL-1001' },
    team: 'wijkteam-noord',
    gevraagdVanaf: '2026-11-02T09:00:00.000Z',
    sinds: '2026-11-16T09:00:00.000Z',
    pogingen: 2,
    ...extra,
  });

describe('the privacy officer’s list of stalled consent processes', () => {
  it('shows since when, and says so when nobody asked the client yet; a link only to the drill-down, none into the file', () => {
    const { getByRole, container } = render(
      <ToestemmingTabel
        signalen={[
          signaal({}),
          signaal({
            deelverzoekId: '7f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d12',
            client: { pseudoniem: 'CL-2002' },
            pogingen: 0,
          }),
        ]}
      />,
    );
    const rijen = within(getByRole('table', { name: /Vastgelopen toestemming/ }))
      .getAllByRole('row')
      .slice(1);
    expect(
      rijen.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['CL-1001', 'wijkteam-noord', expect.stringContaining('2026'), expect.stringContaining('2026'), '2'],
      [
        'CL-2002',
        'wijkteam-noord',
        expect.stringContaining('2026'),
        expect.stringContaining('2026'),
        'Nog niet gevraagd',
      ],
    ]);
    expect(rijen[0]!.querySelectorAll('time')[1]!.getAttribute('dateTime')).toBe('2026-11-16T09:00:00.000Z');
    // Each pseudonym leads to the drill-down (metadata only), never into the file itself.
    const links = within(container).queryAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/toezicht\/deelverzoeken\/[0-9a-f-]+$/);
  });

  it('says there is nothing when the list is empty', () => {
    const { getByText } = render(<ToestemmingTabel signalen={[]} />);
    expect(getByText('Geen toestemming die is vastgelopen.')).toBeTruthy();
  });
});
