// @vitest-environment jsdom
import type { ToestemmingView } from '@deelwijs/contract';
import { alsRecord, voerUitOpToestemming } from '@deelwijs/domain';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

import { Toestemmingen } from './toestemmingen';

const clientId = '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60';
const gegeven = (n: number, deelverzoekOpen: boolean): ToestemmingView => ({
  ...alsRecord(
    {
      doel: 'Overleg over de schulden met de Wmo-consulent',
      gegevens: ['relevante-hulpinformatie'],
      ontvangers: ['Gemeente Zutphen'],
      wijze: 'schriftelijk',
      intrekkenUitgelegd: true,
      gegevenDoor: { soort: 'client' },
      op: '2026-11-20T10:00:00.000Z',
      vastgelegdDoor: { gebruikerId: 'eva-smit' },
    },
    {
      id: `0000000${n}-0000-4000-8000-000000000000`,
      clientId,
      deelverzoekId: `1000000${n}-0000-4000-8000-000000000000`,
    },
  ),
  gegevenDoorLabel: 'de cliënt',
  deelverzoekOpen,
});
const ingetrokken = (t: ToestemmingView, toelichting: string): ToestemmingView => {
  const r = voerUitOpToestemming(
    t,
    { soort: 'intrekken', toelichting },
    {
      door: { gebruikerId: 'eva-smit', rollen: ['professional'] },
      op: '2026-11-25T10:00:00.000Z',
      volgnummer: 9,
      contentVersie: '2025.2.0',
      beleidVersie: '1',
    },
  );
  if (!r.ok) throw new Error('geweigerd');
  return { ...t, ...r.waarde.record };
};

// The network is the only thing replaced: what the form sends is recorded, and the answer is the
// API's (a record withdrawn by the real domain, or a problem).
let verzonden: Array<{ url: string; init: RequestInit }> = [];
let antwoord: () => Response;
beforeEach(() => {
  verzonden = [];
  refresh.mockReset();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    verzonden.push({ url, init });
    return antwoord();
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the client page: Toestemmingen', () => {
  const open = gegeven(1, true);
  const gesloten = gegeven(2, false);
  const alIngetrokken = ingetrokken(gegeven(3, false), 'De cliënt wilde het eerder al niet meer.');

  it('lists who gave it, for what, when and whether it was withdrawn; only a closed one is withdrawn here', () => {
    render(<Toestemmingen toestemmingen={[open, gesloten, alIngetrokken]} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('de cliënt');
    expect(items[0]!.textContent).toContain('Gemeente Zutphen');
    expect(items[0]!.textContent).toContain('Overleg over de schulden');
    expect(items[0]!.textContent).toContain('loopt nog');
    expect(within(items[0]!).queryByRole('button', { name: 'Intrekken' })).toBeNull();
    expect(within(items[1]!).getByRole('button', { name: 'Intrekken' })).toBeTruthy();
    expect(items[2]!.textContent).toContain('Ingetrokken op');
    expect(items[2]!.textContent).toContain('eerder al niet meer');
    expect(within(items[2]!).queryByRole('button', { name: 'Intrekken' })).toBeNull();
  });

  it('withdraws after a reason and a confirmation, with an Idempotency-Key, then reloads the page', async () => {
    const toelichting = 'Mevrouw belde dat ze het overleg niet meer wil.';
    antwoord = () => json(200, ingetrokken(gesloten, toelichting));
    render(<Toestemmingen toestemmingen={[gesloten]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    const verder = screen.getByRole('button', { name: 'Verder' }) as HTMLButtonElement;
    expect(verder.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Waarom wordt de toestemming ingetrokken/), {
      target: { value: toelichting },
    });
    fireEvent.click(verder);
    expect(verzonden).toHaveLength(0);
    const bevestig = screen.getByRole('alertdialog', { name: 'Intrekken bevestigen' });
    expect(bevestig.textContent).toContain('blijft in het dossier staan');
    fireEvent.click(within(bevestig).getByRole('button', { name: 'Ja, toestemming intrekken' }));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(verzonden).toHaveLength(1);
    expect(verzonden[0]!.url).toBe(`/api/v1/toestemmingen/${gesloten.id}/intrekken`);
    expect(JSON.parse(String(verzonden[0]!.init.body))).toEqual({ toelichting });
    expect((verzonden[0]!.init.headers as Record<string, string>)['idempotency-key']).toBeTruthy();
  });

  it('shows the Dutch problem when the API refuses, and stays on the form', async () => {
    antwoord = () =>
      json(
        422,
        {
          type: 'https://deelwijs.nl/problemen/regel-overtreden',
          title: 'Dit mag niet volgens het afwegingskader',
          status: 422,
          detail: 'Deze toestemming is al ingetrokken.',
          overtredingen: [
            {
              code: 'toestemming-al-ingetrokken',
              bericht: 'Deze toestemming is al ingetrokken.',
              bron: 'afweging 3',
            },
          ],
        },
        'application/problem+json',
      );
    render(<Toestemmingen toestemmingen={[gesloten]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    fireEvent.change(screen.getByLabelText(/Waarom wordt de toestemming ingetrokken/), {
      target: { value: 'De cliënt wil het niet meer.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, toestemming intrekken' }));
    expect((await screen.findByRole('alert')).textContent).toContain('al ingetrokken');
    expect(refresh).not.toHaveBeenCalled();
  });
});
