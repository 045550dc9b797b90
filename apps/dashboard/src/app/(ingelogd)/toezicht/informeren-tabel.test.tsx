// @vitest-environment jsdom
import { informerenAchterafRouteLabel } from '@deelwijs/content';
import { InformerenAchterafSignaal } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InformerenTabel } from './informeren-tabel';

afterEach(cleanup);

const NU = Date.parse('2026-12-02T12:00:00.000Z');
const signaal = (extra: Partial<InformerenAchterafSignaal>) =>
  InformerenAchterafSignaal.parse({
    deelverzoekId: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
    client: { pseudoniem: 'CL-1001' },
    inWerkdagen: false,
    team: 'wijkteam-noord',
    route: 'niet-vooraf-informeren',
    verstrektOp: '2026-10-30T10:00:00.000Z',
    uiterlijk: '2026-11-29T10:00:00.000Z',
    uitstelTot: null,
    teLaat: true,
    uitstelGevraagd: false,
    ...extra,
  });

describe('the privacy officer’s list of clients still to be told', () => {
  it('shows route, when shared, the deadline in words and any uitstel, linking only to the drill-down, with no way into the file', () => {
    const { container } = render(
      <InformerenTabel
        nu={NU}
        signalen={[
          signaal({}),
          signaal({
            deelverzoekId: '7f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d12',
            client: { pseudoniem: 'CL-2002' },
            route: 'acuut-vitaal-belang',
            uiterlijk: '2026-12-05T10:00:00.000Z',
            uitstelTot: '2026-12-05T10:00:00.000Z',
            teLaat: false,
            uitstelGevraagd: true,
          }),
        ]}
      />,
    );
    const [laat, binnenkort] = within(container).getAllByRole('row').slice(1);
    expect(laat?.textContent).toContain(informerenAchterafRouteLabel['niet-vooraf-informeren']);
    expect(laat?.textContent).toMatch(/te laat/);
    expect(laat?.querySelector('.text-red-700')).not.toBeNull();
    expect(binnenkort?.textContent).toContain(informerenAchterafRouteLabel['acuut-vitaal-belang']);
    expect(binnenkort?.textContent).not.toMatch(/te laat/);
    expect(binnenkort?.textContent).toContain('gevraagd, wacht op besluit');
    expect(binnenkort?.querySelectorAll('time')).toHaveLength(3);
    // Each pseudonym leads to the drill-down (metadata only), never into the file itself.
    const links = within(container).queryAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/toezicht\/deelverzoeken\/[0-9a-f-]+$/);
  });

  it('says so when no client is waiting', () => {
    const { container } = render(<InformerenTabel nu={NU} signalen={[]} />);
    expect(container.textContent).toContain('Geen cliënten');
  });
});
