// @vitest-environment jsdom
import { uitstelBesluitLabel } from '@deelwijs/content';
import { type DeelverzoekProces, type Medewerker } from '@deelwijs/domain';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InformerenAchterafstap } from './informeren-achteraf';
import { vangVerzonden } from './test-netwerk';
import { bijInformerenAchteraf, door as casemanager, inStatus, leidinggevende } from './test-processen';

const netwerk = vangVerzonden('2026-11-26T10:00:00.000Z');
const naVerzenden = (p: DeelverzoekProces, wie: Medewerker) => netwerk.naVerzenden(p, wie).proces;
const UITERLIJK = '2026-12-24T10:00:00.000Z';
const scherm = (p: DeelverzoekProces, wie: Medewerker) =>
  render(
    <InformerenAchterafstap proces={inStatus(p, 'informeren-achteraf')} wie={wie} uiterlijk={UITERLIJK} />,
  ).container;
const typ = (el: HTMLElement, label: string, tekst: string) =>
  fireEvent.change(within(el).getByLabelText(label), { target: { value: tekst } });

describe('informing the client afterwards', () => {
  it('offers the casemanager the draft letter and records how the client was told and what they said', () => {
    const el = scherm(bijInformerenAchteraf, casemanager);
    expect(within(el).getByRole('status').textContent).toContain('Thuiszorg Oost');
    expect(within(el).getByRole('link', { name: 'brief aan de cliënt (concept)' }).getAttribute('href')).toBe(
      `/api/v1/deelverzoeken/${bijInformerenAchteraf.deelverzoek.id}/brief-informeren-achteraf`,
    );
    fireEvent.change(within(el).getByLabelText('Hoe?'), { target: { value: 'telefoon' } });
    typ(el, 'Wat zei de cliënt (in eigen woorden)?', 'Ik begrijp het, al vind ik het niet fijn.');
    fireEvent.click(within(el).getByRole('button', { name: 'Informeren vastleggen' }));
    const na = naVerzenden(bijInformerenAchteraf, casemanager);
    expect(na.informerenAchteraf).toMatchObject({
      wijze: 'telefoon',
      reactieClient: 'Ik begrijp het, al vind ik het niet fijn.',
    });
    expect(na.status).not.toBe('informeren-achteraf');
  });

  it('lets the casemanager ask for an uitstel with a gerechtvaardigde reden; a leidinggevende, not the requester, decides', () => {
    const el = scherm(bijInformerenAchteraf, casemanager);
    fireEvent.click(within(el).getByText('Uitstel vragen', { selector: 'summary' }));
    fireEvent.change(within(el).getByLabelText('Gerechtvaardigde reden'), {
      target: { value: 'bescherming-betrokkene' },
    });
    typ(
      el,
      'Waarom is uitstel nodig en evenredig? (komt in het dossier)',
      'Haar partner is nog thuis; eerst moet zij veilig zijn.',
    );
    fireEvent.change(within(el).getByLabelText('Uitstellen tot'), { target: { value: '2026-12-10' } });
    fireEvent.click(within(el).getByRole('button', { name: 'Uitstel vragen' }));
    const gevraagd = naVerzenden(bijInformerenAchteraf, casemanager);
    expect(inStatus(gevraagd, 'informeren-achteraf').uitstelVerzoek?.reden).toBe('bescherming-betrokkene');
    cleanup();

    // The requester sees the request waiting, with no way to approve it herself.
    const bijVrager = scherm(gevraagd, casemanager);
    expect(bijVrager.textContent).toContain('Een leidinggevende van het team beslist hierover.');
    expect(within(bijVrager).queryByRole('button', { name: 'Besluit over uitstel vastleggen' })).toBeNull();
    cleanup();

    const bijLeiding = scherm(gevraagd, leidinggevende);
    fireEvent.click(
      within(within(bijLeiding).getByRole('group', { name: 'Uw besluit over het uitstel' })).getByLabelText(
        uitstelBesluitLabel.akkoord,
      ),
    );
    typ(
      bijLeiding,
      'Motivering (verplicht, komt in het dossier)',
      'Veiligheid eerst; de reden is goed onderbouwd.',
    );
    fireEvent.click(within(bijLeiding).getByRole('button', { name: 'Besluit over uitstel vastleggen' }));
    const besloten = inStatus(naVerzenden(gevraagd, leidinggevende), 'informeren-achteraf');
    expect(besloten.uitstel).toHaveLength(1);
    expect(besloten.uitstelVerzoek).toBeUndefined();
  });
});
