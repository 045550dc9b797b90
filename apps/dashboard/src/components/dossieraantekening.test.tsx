// @vitest-environment jsdom
import type { DossieraantekeningView } from '@deelwijs/contract';
import { leesbareAantekening } from '@deelwijs/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dossieraantekening } from './dossieraantekening';

afterEach(cleanup);

const MOEDER = '6cb6a3a8-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const opgeslagen = {
  id: 'dv:0005',
  soort: 'toestemmingspoging',
  tekst: `Toestemming gevraagd aan ouder met gezag (${MOEDER}) (telefoon, 2026-12-01T22:04:08.192Z). Uitkomst: nee. De cliënt zei: "Liever niet."`,
  door: { gebruikerId: 'eva-smit' },
  op: '2026-12-01T22:10:00.000Z',
  contentVersie: '2025.2.0',
  beleidVersie: '2025.1',
};
// Rendered as the API does it, without the process: the stored text with names and labels.
const a: DossieraantekeningView = {
  ...opgeslagen,
  leesbaar: leesbareAantekening(opgeslagen, {
    medewerkers: new Map([
      ['eva-smit', { naam: 'Eva Smit', rollen: [{ id: 'casemanager', label: 'casemanager' }] }],
    ]),
    vertegenwoordigers: [{ id: MOEDER, naam: 'Sanne Jansen', rol: 'ouder-met-gezag' }],
    proces: null,
  }),
};

describe('a dossieraantekening on screen', () => {
  it('shows the kind as a heading, who by name and role, Dutch local time, and no ids or codes', () => {
    render(<Dossieraantekening a={a} />);
    const artikel = screen.getByRole('article', { name: 'Toestemming gevraagd' });
    expect(within(artikel).getByText('Eva Smit (casemanager)', { exact: false })).toBeTruthy();
    expect(artikel.querySelector('time')?.getAttribute('datetime')).toBe(a.op);
    expect(artikel.querySelector('time')?.textContent).toBe('1 december 2026 om 23:10');
    expect(artikel.textContent).toContain('Sanne Jansen (ouder met gezag) zei: "Liever niet."');
    expect(artikel.textContent).not.toMatch(
      /[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}T|eva-smit|Uitkomst: nee\./,
    );
  });

  it('shows the recorded reasoning as headed lists, and whose words are whose', () => {
    const metOnderdelen: DossieraantekeningView = {
      ...a,
      leesbaar: {
        ...a.leesbaar,
        tekst: null,
        uitspraken: [{ wie: 'De cliënt', woorden: 'Ik wil dit niet.' }],
        onderdelen: [
          {
            kop: 'De vijf voorwaarden',
            regels: [
              { naam: '1. Is alles gedaan om toestemming te krijgen?', waarde: 'Ja. Drie keer gevraagd.' },
            ],
          },
        ],
      },
    };
    render(<Dossieraantekening a={metOnderdelen} />);
    expect(screen.getByRole('heading', { level: 4, name: 'De vijf voorwaarden' })).toBeTruthy();
    expect(screen.getByText('Ja. Drie keer gevraagd.').tagName).toBe('DD');
    expect(screen.getByText('Ik wil dit niet.').tagName).toBe('BLOCKQUOTE');
    expect(screen.getByText('De cliënt zei:')).toBeTruthy();
  });
});
