// @vitest-environment jsdom
import { akkoordBesluitLabel, antwoordLabel, doorbrekingGrondLabel } from '@deelwijs/content';
import type { DeelverzoekWizard } from '@deelwijs/contract';
import { type Medewerker, voorwaardenConflictVanPlichten } from '@deelwijs/domain';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

import { Stap } from '../stap';
import { ToetsingInPool } from '../toetsing-in-pool';
import { Akkoordstap } from './akkoord';
import { CollegialeToetsingsstap } from './collegiale-toetsing';
import { Voorstelstap } from './doorbrekingsvoorstel';
import { MedewerkersContext } from './medewerkers';
import { vangVerzonden } from './test-netwerk';
import {
  bijAkkoord,
  bijToetsing,
  bijToetsingOpgepakt,
  bijVerstrekking,
  bijVoorstel,
  door as casemanager,
  collega,
  inFase,
  leidinggevende,
} from './test-processen';

const { verzonden, naVerzenden } = vangVerzonden();
const kies = (el: HTMLElement, groep: string, label: string | RegExp) =>
  fireEvent.click(within(within(el).getByRole('group', { name: groep })).getByLabelText(label));
const typ = (el: HTMLElement, label: string | RegExp, tekst: string) =>
  fireEvent.change(within(el).getByLabelText(label), { target: { value: tekst } });
const vraag = (id: string) => voorwaardenConflictVanPlichten.find((v) => v.id === id)!;

/** The conversation with the client who refused, who has no good arguments. */
const gesprekZonderArgumenten = (el: HTMLElement, goede = false) => {
  kies(el, 'Kun je de cliënt of zijn vertegenwoordiger op tijd spreken?', antwoordLabel.ja);
  typ(el, 'Belang van het delen', 'Zijn gezondheid gaat achteruit.');
  typ(el, 'Doel van het delen', 'De hulp goed laten aansluiten.');
  typ(el, 'Wat u wilt delen', 'Dat de hulp stopt en waarom.');
  kies(
    el,
    'Heeft de cliënt goede argumenten om de informatie niet te delen?',
    goede ? antwoordLabel.ja : antwoordLabel.nee,
  );
};

describe('afweging 4a: the proposal form', () => {
  const scherm = () => render(<Voorstelstap proces={inFase(bijVoorstel, 'voorstel')} />).container;

  it('good arguments of the client: the outcome is shown at once, nothing further is asked, and it leads back to afweging 3', () => {
    const el = scherm();
    gesprekZonderArgumenten(el, true);
    expect(
      within(el)
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain('Deel niet. Kijk met afweging 3 opnieuw of een lichtere aanpak wel kan.');
    expect(
      within(el).queryByRole('group', { name: 'Is er een conflict van plichten of een vitaal belang?' }),
    ).toBeNull();
    typ(el, 'Wat wordt gedeeld, met wie, en wat moet het bereiken?', 'Niets, de cliënt heeft gelijk.');
    typ(el, 'Toelichting (komt in het dossier)', 'Zijn argumenten wegen zwaar.');
    fireEvent.click(
      within(el).getByRole('button', { name: 'Vastleggen: niet delen, terug naar afweging 3' }),
    );
    const stap = naVerzenden(bijVoorstel, casemanager);
    expect(stap.proces.status).toBe('afweging-3');
    expect(stap.proces.verstrekking).toBeUndefined();
  });

  it.each(voorwaardenConflictVanPlichten.map((v) => [v.nummer, v.id] as const))(
    'a no on condition %i says at once that nothing is shared, naming it, and is recorded as niet gedeeld',
    (nummer, id) => {
      const el = scherm();
      gesprekZonderArgumenten(el);
      kies(el, 'Is er een conflict van plichten of een vitaal belang?', antwoordLabel.ja);
      kies(el, 'Welke grond?', doorbrekingGrondLabel['conflict-van-plichten']);
      const v = vraag(id);
      const blok = el.querySelector(`[data-voorwaarde="${id}"]`) as HTMLElement;
      // The handbook's wording of the condition stands beside its question.
      expect(blok.textContent).toContain(v.tekst);
      kies(blok, `${nummer}. ${v.vraag}`, antwoordLabel.nee);
      expect(within(blok).getByRole('status').textContent).toContain(`Voorwaarde ${nummer} is niet vervuld`);
      expect(within(blok).getByRole('status').textContent).toContain(v.nietVoldaan);
      expect(
        within(el)
          .getAllByRole('status')
          .some((s) => s.textContent?.includes(`niet vervuld is voorwaarde ${nummer} (${v.vraag})`)),
      ).toBe(true);
      // Not telling beforehand is no longer asked: nothing will be shared.
      expect(el.querySelector('[data-node="a4a.niet-vooraf-informeren"]')).toBeNull();
      for (const w of voorwaardenConflictVanPlichten) {
        const b = el.querySelector(`[data-voorwaarde="${w.id}"]`) as HTMLElement;
        if (w.id !== id) kies(b, `${w.nummer}. ${w.vraag}`, antwoordLabel.ja);
        typ(b, `Onderbouwing bij vraag ${w.nummer} (verplicht)`, `Zo zit het bij vraag ${w.nummer}.`);
      }
      typ(el, 'Wat wordt gedeeld, met wie, en wat moet het bereiken?', 'Dat de hulp stopt, aan de huisarts.');
      typ(el, 'Toelichting (komt in het dossier)', 'Samen met het team bekeken.');
      fireEvent.click(within(el).getByRole('button', { name: 'Vastleggen: niet delen' }));
      const stap = naVerzenden(bijVoorstel, casemanager);
      expect(stap.proces.status).toBe('niet-gedeeld');
      expect(stap.aantekeningen.map((a) => a.tekst).join(' ')).toContain(`Niet voldaan: vraag ${nummer}`);
    },
  );

  it('all five yes, not telling beforehand for a gerechtvaardigde reden: goes to review with the 4b choice', () => {
    const el = scherm();
    gesprekZonderArgumenten(el);
    kies(el, 'Is er een conflict van plichten of een vitaal belang?', antwoordLabel.ja);
    kies(el, 'Welke grond?', doorbrekingGrondLabel['conflict-van-plichten']);
    for (const w of voorwaardenConflictVanPlichten) {
      const b = el.querySelector(`[data-voorwaarde="${w.id}"]`) as HTMLElement;
      kies(b, `${w.nummer}. ${w.vraag}`, antwoordLabel.ja);
      typ(b, `Onderbouwing bij vraag ${w.nummer} (verplicht)`, `Zo zit het bij vraag ${w.nummer}.`);
    }
    kies(el, 'Lijkt het beter om de cliënt niet vooraf te vertellen dat je gaat delen?', antwoordLabel.ja);
    kies(el, 'Welke gerechtvaardigde reden?', /^De cliënt zelf beschermen/);
    typ(el, 'Waarom geldt deze reden hier?', 'De pleger woont bij de cliënt in.');
    typ(el, 'Met welke collega’s overlegde u, en wat vonden zij?', 'Met het team; zij zijn het eens.');
    typ(el, 'Wat wordt gedeeld, met wie, en wat moet het bereiken?', 'Dat de hulp stopt, aan de huisarts.');
    typ(el, 'Toelichting (komt in het dossier)', 'Samen met het team bekeken.');
    fireEvent.click(
      within(el).getByRole('button', { name: 'Voorstel voorleggen aan een deskundige collega' }),
    );
    const stap = naVerzenden(bijVoorstel, casemanager);
    const a4 = inFase(stap.proces, 'collegiale-toetsing').afweging4;
    expect(a4.voorstel.nietVoorafInformeren?.reden).toBe('bescherming-betrokkene');
    expect(a4.toetsingsverzoek.toetser).toEqual({ soort: 'pool' });
  });
});

const aantekeningen: DeelverzoekWizard['aantekeningen'] = [];
const UITERLIJK = '2026-11-27T10:00:00.000Z';

describe('the akkoord page', () => {
  const akkoord = inFase(bijAkkoord, 'akkoord');
  const scherm = (wie: Medewerker) =>
    render(<Akkoordstap proces={akkoord} wie={wie} uiterlijk={UITERLIJK} aantekeningen={aantekeningen} />)
      .container;

  it('shows the leidinggevende the whole weighing and signs only after a motivation and a confirmation', () => {
    const el = scherm(leidinggevende);
    const weging = within(el).getByRole('region', { name: 'De weging' });
    for (const v of voorwaardenConflictVanPlichten) {
      expect(weging.textContent).toContain(v.vraag);
      expect(weging.textContent).toContain(`Onderbouwing bij vraag ${v.nummer}.`);
    }
    expect(weging.textContent).toContain('De vijf vragen zijn goed onderbouwd.');
    expect(weging.textContent).toContain('Dat de hulp stopt, aan de huisarts.');
    expect(weging.textContent).toContain('Ja, de cliënt hoort vooraf dat er gedeeld wordt.');
    expect(within(el).getAllByRole('status')[0]?.textContent).toMatch(
      /wacht op een leidinggevende van het team, uiterlijk/,
    );

    const besluit = within(el).getByRole('button', { name: 'Besluit nemen' }) as HTMLButtonElement;
    kies(el, 'Uw besluit', akkoordBesluitLabel.akkoord);
    expect(besluit.disabled).toBe(true);
    typ(el, 'Motivering (verplicht, komt in het dossier)', 'Goed afgewogen, de schade is groot.');
    fireEvent.click(besluit);
    expect(verzonden).toHaveLength(0);
    const bevestig = within(el).getByRole('alertdialog', { name: 'Besluit bevestigen' });
    expect(bevestig.textContent).toContain('definitief');
    fireEvent.click(within(bevestig).getByRole('button', { name: 'Ja, besluit vastleggen' }));
    expect(naVerzenden(bijAkkoord, leidinggevende).proces.status).toBe('verstrekking');
  });

  it('a refusal goes through the same confirmation and closes the deelverzoek as niet gedeeld', () => {
    const el = scherm(leidinggevende);
    kies(el, 'Uw besluit', akkoordBesluitLabel.afgewezen);
    typ(el, 'Motivering (verplicht, komt in het dossier)', 'Er is nog een andere weg.');
    fireEvent.click(within(el).getByRole('button', { name: 'Besluit nemen' }));
    fireEvent.click(within(el).getByRole('button', { name: 'Ja, besluit vastleggen' }));
    expect(naVerzenden(bijAkkoord, leidinggevende).proces.status).toBe('niet-gedeeld');
  });

  it.each([
    ['the casemanager who asked', casemanager],
    ['the collega who reviewed', collega],
  ])('%s sees where it stands, but no decision to take', (_, wie) => {
    const el = scherm(wie);
    expect(within(el).getByRole('status').textContent).toContain('wacht op een leidinggevende');
    expect(within(el).queryByRole('group', { name: 'Uw besluit' })).toBeNull();
    expect(within(el).queryByRole('button', { name: 'Besluit nemen' })).toBeNull();
  });
});

describe('actions only for whom may take them', () => {
  const view = { volgendeActieOp: UITERLIJK, aantekeningen } as unknown as DeelverzoekWizard;

  it('a leidinggevende sees the verstrekking step read-only', () => {
    const { container } = render(<Stap view={view} proces={bijVerstrekking} wie={leidinggevende} />);
    expect(within(container).queryByRole('button', { name: 'Verstrekking vastleggen' })).toBeNull();
    expect(within(container).getByRole('status').textContent).toContain('deze stap zet de casemanager');
  });

  it.each([
    ['casemanager', casemanager],
    ['deskundige collega', collega],
    ['leidinggevende', leidinggevende],
  ] as const)(
    'a review in the pool: the step shows with whom it lies, never the way to take it (%s)',
    (_, wie) => {
      const { container } = render(
        <CollegialeToetsingsstap
          proces={inFase(bijToetsing, 'collegiale-toetsing')}
          wie={wie}
          uiterlijk={UITERLIJK}
          aantekeningen={aantekeningen}
        />,
      );
      // A pool collega gets the pool page instead (the API gives them no weighing before they take it).
      expect(within(container).queryByRole('button', { name: 'Toetsing oppakken' })).toBeNull();
      expect(within(container).getByRole('status').textContent).toContain(
        'wacht op de pool van deskundige collega’s van het team',
      );
    },
  );

  it('the pool page offers a collega the review to take, with what the list shows and no weighing', () => {
    const p = inFase(bijToetsing, 'collegiale-toetsing');
    const { container } = render(
      <ToetsingInPool
        view={{
          soort: 'toetsing-in-pool',
          deelverzoekId: p.deelverzoek.id,
          client: { pseudoniem: 'CL-4821' },
          afweging: '4a',
          spoed: false,
          inWerkdagen: true,
          uiterlijk: UITERLIJK,
          volgnummer: p.volgnummer,
        }}
      />,
    );
    expect(container.textContent).toContain('CL-4821');
    expect(container.textContent).not.toContain(p.afweging4.voorstel.wat);
    fireEvent.click(within(container).getByRole('button', { name: 'Toetsing oppakken' }));
    expect(naVerzenden(bijToetsing, collega).proces.afweging4).toMatchObject({
      toetsingsverzoek: { toetser: { soort: 'collega', gebruikerId: collega.gebruikerId } },
    });
  });

  it('once taken, the assigned collega reads the weighing and advises; another collega only sees with whom it lies', () => {
    const proces = inFase(bijToetsingOpgepakt, 'collegiale-toetsing');
    const ander: Medewerker = { gebruikerId: 'collega-2', rollen: ['deskundige-collega'] };
    const opScherm = (wie: Medewerker) =>
      render(
        <CollegialeToetsingsstap
          proces={proces}
          wie={wie}
          uiterlijk={UITERLIJK}
          aantekeningen={aantekeningen}
        />,
      ).container;
    const el = opScherm(collega);
    expect(within(el).getByRole('region', { name: 'De weging' })).toBeTruthy();
    kies(el, 'Uw advies', 'Eens met het voorstel');
    typ(el, 'Waarom? (komt in het dossier)', 'Alle vijf vragen zijn goed onderbouwd.');
    fireEvent.click(within(el).getByRole('button', { name: 'Advies vastleggen' }));
    expect(
      inFase(naVerzenden(bijToetsingOpgepakt, collega).proces, 'akkoord').afweging4.collegialeToetsing
        .oordeel,
    ).toBe('eens');
    cleanup();
    const anders = opScherm(ander);
    expect(within(anders).queryByRole('region', { name: 'De weging' })).toBeNull();
    expect(within(anders).queryByRole('button', { name: 'Advies vastleggen' })).toBeNull();
    // Without the names the process names only ids, and those are never shown.
    expect(within(anders).getByRole('status').textContent).not.toContain('collega-1');
    cleanup();
    // With them (the wizard's `medewerkers`): by name, with the role in this step.
    const { container: metNamen } = render(
      <MedewerkersContext.Provider
        value={[{ gebruikerId: 'collega-1', naam: 'Lotte Mulder', rollen: ['deskundige collega'] }]}
      >
        <CollegialeToetsingsstap
          proces={proces}
          wie={ander}
          uiterlijk={UITERLIJK}
          aantekeningen={aantekeningen}
        />
      </MedewerkersContext.Provider>,
    );
    expect(within(metNamen).getByRole('status').textContent).toContain(
      'wacht op Lotte Mulder (deskundige collega)',
    );
  });
});
