// @vitest-environment jsdom
import { antwoordLabel, CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import type { DeelverzoekWizard, TeamCollega } from '@deelwijs/contract';
import {
  type DeelverzoekProces,
  type Medewerker,
  type Opdracht,
  startProces,
  voerUit,
  voorwaardenConflictVanPlichten,
} from '@deelwijs/domain';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

import { Akkoordstap } from './akkoord';
import { CollegialeToetsingsstap } from './collegiale-toetsing';
import { MeldrechtOverleg } from './meldrecht-overleg';
import {
  bijAkkoord,
  bijToetsing,
  bijToetsingOpgepakt,
  door as casemanager,
  collega,
  inFase,
  inStatus,
  leidinggevende,
  verder,
} from './test-processen';

// The API's answer for the team's collega's, as the contract describes it (checked on reading).
const COLLEGAS: TeamCollega[] = [
  { id: 'collega-2', naam: 'Bram Bakker' },
  { id: 'collega-1', naam: 'Lotte Mulder' },
];

// Only the network is replaced: the list comes from a fake API, and what a screen sends is given to
// the real domain, so a test shows that the command the form builds is one the domain accepts.
let verzonden: Opdracht[] = [];
let gelezen: string[] = [];
beforeEach(() => {
  verzonden = [];
  gelezen = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (!init?.method) {
      gelezen.push(url);
      return new Response(JSON.stringify(COLLEGAS), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    verzonden.push(JSON.parse(String(init.body)).opdracht);
    throw new Error('geen netwerk in de test');
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const naVerzenden = (p: DeelverzoekProces, wie: Medewerker) => {
  expect(verzonden).toHaveLength(1);
  const r = voerUit(p, verzonden[0]!, { door: wie, op: '2026-11-25T10:00:00.000Z', beleid: standaardBeleid });
  if (!r.ok) throw new Error(r.overtredingen.map((o) => o.bericht).join(' '));
  return r.waarde;
};
const aantekeningen: DeelverzoekWizard['aantekeningen'] = [];
const UITERLIJK = '2026-11-27T10:00:00.000Z';
const opties = (select: HTMLElement) =>
  Array.from((select as HTMLSelectElement).options).map((o) => [o.value, o.textContent]);
/** The select, once the list has arrived. */
const keuze = async (el: HTMLElement, label: string) => {
  const select = within(el).getByLabelText(label) as HTMLSelectElement;
  // Generous: the list arrives asynchronously, and a loaded CI machine is slow.
  await waitFor(() => expect(select.options.length).toBeGreaterThan(1), { timeout: 5000 });
  return select;
};
const toetsstap = (p: DeelverzoekProces, wie: Medewerker) =>
  render(
    <CollegialeToetsingsstap
      proces={inFase(p, 'collegiale-toetsing')}
      wie={wie}
      uiterlijk={UITERLIJK}
      aantekeningen={aantekeningen}
    />,
  ).container;

describe('the requester picks the collega who reviews', () => {
  it('from the pool: the team’s list follows the pool option, and the chosen collega is asked', async () => {
    const el = toetsstap(bijToetsing, casemanager);
    const select = await keuze(el, 'Wie toetst uw voorstel?');
    // The team comes from the session: the dashboard never names one in the request.
    expect(gelezen).toEqual(['/api/v1/team/deskundige-collegas']);
    expect(opties(select)).toEqual([
      ['', 'De pool van het team'],
      ['collega-2', 'Bram Bakker'],
      ['collega-1', 'Lotte Mulder'],
    ]);
    expect(select.value).toBe('');
    const knop = within(el).getByRole('button', { name: 'Aan de pool geven' }) as HTMLButtonElement;
    expect(knop.disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'collega-1' } });
    fireEvent.click(within(el).getByRole('button', { name: 'Deze collega vragen' }));
    const stap = naVerzenden(bijToetsing, casemanager);
    expect(verzonden[0]).toEqual({
      soort: 'toetser-toewijzen',
      toetser: { soort: 'collega', gebruikerId: 'collega-1' },
    });
    expect(inFase(stap.proces, 'collegiale-toetsing').afweging4.toetsingsverzoek.toetser).toEqual({
      soort: 'collega',
      gebruikerId: 'collega-1',
    });
    expect(stap.aantekeningen.at(-1)?.tekst).toContain('collega-1');
  });

  it('already assigned: the current collega is selected, another can be asked', async () => {
    const el = toetsstap(bijToetsingOpgepakt, casemanager);
    const select = await keuze(el, 'Wie toetst uw voorstel?');
    await waitFor(() => expect(select.value).toBe('collega-1'));
    fireEvent.change(select, { target: { value: 'collega-2' } });
    fireEvent.click(within(el).getByRole('button', { name: 'Deze collega vragen' }));
    const a4 = inFase(naVerzenden(bijToetsingOpgepakt, casemanager).proces, 'collegiale-toetsing').afweging4;
    expect(a4.toetsingsverzoek).toEqual({
      toetser: { soort: 'collega', gebruikerId: 'collega-2' },
      gevraagdOp: '2026-11-25T10:00:00.000Z',
    });
  });

  it('already assigned: it can go back to the pool', async () => {
    const el = toetsstap(bijToetsingOpgepakt, casemanager);
    fireEvent.change(await keuze(el, 'Wie toetst uw voorstel?'), { target: { value: '' } });
    fireEvent.click(within(el).getByRole('button', { name: 'Aan de pool geven' }));
    expect(
      inFase(naVerzenden(bijToetsingOpgepakt, casemanager).proces, 'collegiale-toetsing').afweging4
        .toetsingsverzoek.toetser,
    ).toEqual({ soort: 'pool' });
  });

  it.each([
    ['the collega', collega],
    ['a leidinggevende', leidinggevende],
  ] as const)('%s gets no choice of reviewer and no way to change the proposal', (_, wie) => {
    const el = toetsstap(bijToetsingOpgepakt, wie);
    expect(within(el).queryByLabelText('Wie toetst uw voorstel?')).toBeNull();
    expect(within(el).queryByRole('button', { name: 'Voorstel wijzigen' })).toBeNull();
    expect(gelezen).toEqual([]);
  });
});

describe('meldrecht: the collega consulted is picked from the team', () => {
  const melding = inStatus(
    verder(
      verder(
        verder(
          startProces({
            start: {
              id: '2a9e6c1d-7b3f-4e58-9c0a-1d2e3f4a5b6c',
              aanvraag: {
                clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
                doel: 'Veilig Thuis inschakelen bij vermoeden van mishandeling',
                ontvangers: [{ organisatie: 'Veilig Thuis IJsselland', soort: 'veilig-thuis' }],
              },
              door: casemanager,
              op: '2026-11-23T09:00:00.000Z',
              contentVersie: CONTENT_VERSIE,
              beleidVersie: standaardBeleid.versie,
            },
            client: {
              id: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
              geboortedatum: '1950-04-02',
              wilsonbekwaam: false,
              vertegenwoordigers: [],
            },
            professional: {
              gebruikerId: casemanager.gebruikerId,
              pet: 'sociaal-werker',
              beroepsgeheim: 'algemeen',
              organisatietype: 'wijkteam',
            },
          }).proces,
          { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Hoort bij mijn taak.' } },
        ),
        {
          soort: 'afweging-2',
          antwoord: {
            welbepaaldDoel: true,
            uitdrukkelijkOmschreven: true,
            gegevens: ['alle-relevante-informatie'],
            grondslag: {
              grondslag: null,
              wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
              motivering: 'Er zijn signalen van mishandeling thuis.',
            },
            omstandigheden: { vermoedenHuiselijkGeweld: true },
            toelichting: 'Met het team besproken.',
          },
        } as Opdracht,
      ),
      {
        soort: 'afweging-3',
        antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Gewogen.' },
      },
    ),
    'verstrekking',
  );

  it('records the overleg with the chosen collega, whom the domain accepts', async () => {
    expect(melding.inhoud.routeSoort).toBe('meldrecht');
    const { container: el } = render(<MeldrechtOverleg proces={melding} />);
    const select = await keuze(el, 'Met welke deskundige collega overlegde u?');
    expect(opties(select)[0]).toEqual(['', 'Kies een collega']);
    const knop = within(el).getByRole('button', { name: 'Overleg vastleggen' }) as HTMLButtonElement;
    expect(knop.disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'collega-2' } });
    fireEvent.change(within(el).getByLabelText('Advies van de collega'), {
      target: { value: 'Melden; de signalen zijn duidelijk genoeg.' },
    });
    fireEvent.click(knop);
    const stap = naVerzenden(melding, casemanager);
    expect(inStatus(stap.proces, 'verstrekking').meldrechtOverleg?.collega).toEqual({
      gebruikerId: 'collega-2',
    });
  });
});

describe('voorstel wijzigen: the form reopens prefilled and a new review follows', () => {
  const WAT = 'Wat wordt gedeeld, met wie, en wat moet het bereiken?';
  const wijzigen = (el: HTMLElement) => {
    fireEvent.click(within(el).getByRole('button', { name: 'Voorstel wijzigen' }));
    return within(el).getByRole('region', { name: 'Voorstel wijzigen' });
  };

  it('during review: prefilled with what was proposed; the change goes back to the same collega', () => {
    const el = toetsstap(bijToetsingOpgepakt, casemanager);
    const form = wijzigen(el);
    const oud = inFase(bijToetsingOpgepakt, 'collegiale-toetsing').afweging4.voorstel;
    expect((within(form).getByLabelText(WAT) as HTMLTextAreaElement).value).toBe(oud.wat);
    expect((within(form).getByLabelText('Belang van het delen') as HTMLTextAreaElement).value).toBe(
      oud.gesprek?.belang,
    );
    for (const v of voorwaardenConflictVanPlichten) {
      const blok = form.querySelector(`[data-voorwaarde="${v.id}"]`) as HTMLElement;
      expect(
        (
          within(within(blok).getByRole('group', { name: `${v.nummer}. ${v.vraag}` })).getByLabelText(
            antwoordLabel.ja,
          ) as HTMLInputElement
        ).checked,
      ).toBe(true);
    }
    fireEvent.change(within(form).getByLabelText(WAT), { target: { value: 'Alleen dat de hulp stopt.' } });
    fireEvent.change(within(form).getByLabelText('Wat is er veranderd, en waarom? (komt in het dossier)'), {
      target: { value: 'Minder delen: de reden blijft binnen het team.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Gewijzigd voorstel opnieuw laten toetsen' }));
    expect(verzonden[0]?.soort).toBe('voorstel-wijzigen');
    const stap = naVerzenden(bijToetsingOpgepakt, casemanager);
    const a4 = inFase(stap.proces, 'collegiale-toetsing').afweging4;
    expect(a4.voorstel.wat).toBe('Alleen dat de hulp stopt.');
    expect(a4.voorstelVersie).toBe(2);
    expect(a4.toetsingsverzoek.toetser).toEqual({ soort: 'collega', gebruikerId: 'collega-1' });
    expect(stap.aantekeningen.at(-1)?.tekst).toContain('Een nieuwe collegiale toetsing is nodig.');
  });

  it('waiting for the signature: the reviewed advice no longer counts, the proposal is reviewed again', () => {
    const p = inFase(bijAkkoord, 'akkoord');
    const { container: el } = render(
      <Akkoordstap proces={p} wie={casemanager} uiterlijk={UITERLIJK} aantekeningen={aantekeningen} />,
    );
    const form = wijzigen(el);
    fireEvent.change(within(form).getByLabelText('Wat is er veranderd, en waarom? (komt in het dossier)'), {
      target: { value: 'De huisarts is vervangen door de wijkverpleging.' },
    });
    fireEvent.change(within(form).getByLabelText(WAT), {
      target: { value: 'Dat de hulp stopt, aan de wijkverpleging.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Gewijzigd voorstel opnieuw laten toetsen' }));
    const a4 = inFase(naVerzenden(bijAkkoord, casemanager).proces, 'collegiale-toetsing').afweging4;
    expect(a4.collegialeToetsing).toBeUndefined();
    expect(a4.eerdereToetsingen).toHaveLength(1);
    // The collega who advised on the earlier version is asked again.
    expect(a4.toetsingsverzoek.toetser).toEqual({ soort: 'collega', gebruikerId: collega.gebruikerId });
  });

  it('a leidinggevende on the akkoord page cannot change the proposal; cancelling closes the form', () => {
    const p = inFase(bijAkkoord, 'akkoord');
    const { container: el } = render(
      <Akkoordstap proces={p} wie={leidinggevende} uiterlijk={UITERLIJK} aantekeningen={aantekeningen} />,
    );
    expect(within(el).queryByRole('button', { name: 'Voorstel wijzigen' })).toBeNull();
    cleanup();
    const { container: eigen } = render(
      <Akkoordstap proces={p} wie={casemanager} uiterlijk={UITERLIJK} aantekeningen={aantekeningen} />,
    );
    wijzigen(eigen);
    fireEvent.click(within(eigen).getByRole('button', { name: 'Niet wijzigen' }));
    expect(within(eigen).queryByRole('region', { name: 'Voorstel wijzigen' })).toBeNull();
    expect(verzonden).toHaveLength(0);
  });
});
