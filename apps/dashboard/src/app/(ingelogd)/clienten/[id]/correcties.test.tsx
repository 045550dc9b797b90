// @vitest-environment jsdom
import type { ClientDetail } from '@deelwijs/contract';
import { wieMoetToestemmen } from '@deelwijs/domain';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

import { Correcties } from './correcties';

const client = (over: Partial<ClientDetail> = {}): ClientDetail => {
  const c = {
    id: '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60',
    pseudoniem: 'CL-ABC234',
    naam: 'Sanne de Vries',
    geboortedatum: '1987-03-14',
    team: 'wijkteam-noord',
    wilsonbekwaam: false,
    vertegenwoordigers: [],
    lopendeDeelverzoeken: 0,
    ...over,
  };
  return { ...c, toestemming: wieMoetToestemmen({ ...c, vertegenwoordigers: [] }, '2026-12-04') };
};

// The network is the only thing replaced: what the form sends is recorded, the answer is the API's.
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
const formulier = (naam: string) => screen.getByRole('form', { name: naam });

describe('the client page: correcting the client', () => {
  it('says running deelverzoeken keep the data they started with', () => {
    render(<Correcties client={client({ lopendeDeelverzoeken: 2 })} />);
    expect(
      screen.getByText(/Er lopen 2 deelverzoeken\. Die houden de gegevens waarmee ze begonnen/),
    ).toBeTruthy();
  });

  it('sends the birth date with its reason, then clears the form, confirms and reloads', async () => {
    antwoord = () => json(200, client({ geboortedatum: '1988-01-03' }));
    render(<Correcties client={client()} />);
    const f = formulier('Geboortedatum verbeteren');
    const datum = within(f).getByLabelText('Juiste geboortedatum') as HTMLInputElement;
    const reden = within(f).getByLabelText('Reden (komt in het dossier)') as HTMLTextAreaElement;
    fireEvent.change(datum, { target: { value: '3-1-1988' } });
    fireEvent.change(reden, { target: { value: 'Typfout bij de inschrijving.' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Geboortedatum opslaan' }));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(verzonden).toHaveLength(1);
    expect(verzonden[0]!.url).toBe('/api/v1/clienten/6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60/correcties');
    expect(JSON.parse(String(verzonden[0]!.init.body))).toEqual({
      soort: 'geboortedatum-corrigeren',
      geboortedatum: '1988-01-03',
      reden: 'Typfout bij de inschrijving.',
    });
    expect((verzonden[0]!.init.headers as Record<string, string>)['idempotency-key']).toBeTruthy();
    expect(datum.value).toBe('');
    expect(reden.value).toBe('');
    expect(within(f).getByRole('status').textContent).toContain('verbeterd');
  });

  it('offers to mark or to unmark, whichever changes something', () => {
    render(<Correcties client={client({ wilsonbekwaam: true })} />);
    const f = formulier('Wilsonbekwaamheid');
    expect(within(f).getByRole('button', { name: 'Markering wilsonbekwaam weghalen' })).toBeTruthy();
    expect(within(f).queryByRole('button', { name: 'Markeren als wilsonbekwaam' })).toBeNull();
  });

  it('on a refusal keeps the input, shows the field errors in Dutch and moves focus to the summary', async () => {
    antwoord = () =>
      json(
        400,
        {
          type: 'https://deelwijs.nl/problemen/ongeldige-invoer',
          title: 'De invoer is niet geldig',
          status: 400,
          detail: 'Verbeter de gemarkeerde velden en probeer het opnieuw.',
          fouten: [
            { pad: 'rol', bericht: 'Kies hoe deze persoon de cliënt vertegenwoordigt.' },
            { pad: 'reden', bericht: 'Schrijf op waarom u dit wijzigt.' },
          ],
        },
        'application/problem+json',
      );
    render(<Correcties client={client()} />);
    const f = formulier('Vertegenwoordiger toevoegen');
    const naam = within(f).getByLabelText('Naam van de vertegenwoordiger') as HTMLInputElement;
    fireEvent.change(naam, { target: { value: 'Tom de Vries' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Vertegenwoordiger toevoegen' }));
    const overzicht = await within(f).findByRole('alert');
    expect(document.activeElement).toBe(overzicht);
    expect(
      within(overzicht)
        .getByRole('link', { name: /Kies hoe deze persoon/ })
        .getAttribute('href'),
    ).toBe('#vertegenwoordiger-rol');
    expect(JSON.parse(String(verzonden[0]!.init.body))).toMatchObject({ naam: 'Tom de Vries', rol: '' });
    expect(naam.value).toBe('Tom de Vries');
    expect(within(f).getByLabelText('Reden (komt in het dossier)').getAttribute('aria-invalid')).toBe('true');
    expect(refresh).not.toHaveBeenCalled();
  });
});
