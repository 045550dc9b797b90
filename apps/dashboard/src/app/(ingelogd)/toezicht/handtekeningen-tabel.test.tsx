// @vitest-environment jsdom
import { handtekeningSignaalLabel } from '@deelwijs/content';
import type { HandtekeningSignaal } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HandtekeningenTabel } from './handtekeningen-tabel';

afterEach(cleanup);

const signaal = (extra: Partial<HandtekeningSignaal>): HandtekeningSignaal => ({
  signaal: 'akkoord-te-laat',
  deelverzoekId: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
  client: { pseudoniem: 'CL-1001' },
  team: 'wijkteam-noord',
  afweging: '4a',
  sinds: '2026-11-23T09:00:00.000Z',
  uiterlijk: '2026-11-25T09:00:00.000Z',
  inWerkdagen: true,
  afgewezenOp: null,
  ...extra,
});

describe('the privacy officer’s list of sign-offs', () => {
  it('shows each signal with its label, pseudonym, team and deadline, and links only to the drill-down, never into the file', () => {
    const { container } = render(
      <HandtekeningenTabel
        signalen={[
          signaal({}),
          signaal({
            signaal: 'acuut-afgewezen',
            deelverzoekId: '7f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d12',
            client: { pseudoniem: 'CL-2002' },
            team: 'jeugdteam-zuid',
            uiterlijk: null,
            afgewezenOp: '2026-11-24T15:30:00.000Z',
          }),
        ]}
      />,
    );
    const rijen = within(container).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(2);
    expect(rijen[0]?.textContent).toContain(handtekeningSignaalLabel['akkoord-te-laat']);
    expect(rijen[0]?.textContent).toContain('CL-1001');
    expect(rijen[0]?.querySelectorAll('time')[1]?.getAttribute('dateTime')).toBe('2026-11-25T09:00:00.000Z');
    expect(rijen[1]?.textContent).toContain(handtekeningSignaalLabel['acuut-afgewezen']);
    expect(rijen[1]?.textContent).toMatch(/afgewezen op 24 nov/);
    // Each pseudonym leads to the drill-down (metadata only), never into the file itself.
    const links = within(container).queryAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/toezicht\/deelverzoeken\/[0-9a-f-]+$/);
  });

  it('says so when nothing is overdue', () => {
    const { container } = render(<HandtekeningenTabel signalen={[]} />);
    expect(container.textContent).toContain('geen handtekeningen te laat');
    expect(within(container).queryByRole('table')).toBeNull();
  });
});
