// @vitest-environment jsdom
import { TeamWerk } from '@deelwijs/contract';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

import { TeamScherm } from './team-scherm';

afterEach(cleanup);

const NU = Date.parse('2026-12-02T09:00:00Z');
const werk = TeamWerk.parse({
  casemanagers: [
    {
      id: 'eva-smit',
      naam: 'Eva Smit',
      open: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          client: { id: '00000000-0000-4000-8000-000000000101', pseudoniem: 'CL-1001' },
          status: 'toestemming',
          volgnummer: 4,
          volgendeActie: 'toestemming-vragen',
          volgendeActieOp: '2026-12-04T08:00:00Z',
          volgendeActieInWerkdagen: false,
        },
      ],
    },
    { id: 'fatima-bouzid', naam: 'Fatima Bouzid', open: [] },
  ],
  zonderCasemanager: [],
});

describe('TeamScherm', () => {
  it('asks for a colleague and a reason, then says what will happen before anything moves', () => {
    const { container } = render(<TeamScherm werk={werk} nu={NU} />);
    const eva = within(container).getByRole('region', { name: /^Eva Smit/ });
    expect(eva.textContent).toContain('CL-1001');
    expect(within(container).getByRole('region', { name: /^Fatima Bouzid/ }).textContent).toContain(
      'Geen open deelverzoeken.',
    );
    const alles = within(eva).getByRole('button', {
      name: 'Alles van Eva Smit overdragen',
    }) as HTMLButtonElement;
    expect(alles.disabled).toBe(true);
    expect(eva.textContent).toContain('Nog nodig: kies aan wie en schrijf een reden');

    fireEvent.click(within(eva).getByRole('checkbox', { name: 'CL-1001' }));
    fireEvent.change(within(eva).getByLabelText('Aan wie'), { target: { value: 'fatima-bouzid' } });
    fireEvent.change(within(eva).getByLabelText('Reden (komt in het dossier)'), {
      target: { value: 'Eva is afwezig.' },
    });
    fireEvent.click(within(eva).getByRole('button', { name: 'Gekozen overdragen (1)' }));
    const vraag = within(eva).getByRole('alertdialog');
    expect(vraag.textContent).toContain('1 deelverzoek van Eva Smit overdragen aan Fatima Bouzid?');
    expect(vraag.textContent).toContain('Herinneringen en termijnen gaan naar Fatima Bouzid');
    expect(vraag.textContent).toContain('In het dossier van elke cliënt komt een aantekening');
    fireEvent.click(within(vraag).getByRole('button', { name: 'Nee, terug' }));
    expect(within(eva).queryByRole('alertdialog')).toBeNull();
  });
});
