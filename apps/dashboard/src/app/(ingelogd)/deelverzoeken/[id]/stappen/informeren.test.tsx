// @vitest-environment jsdom
import { informerenKop, informerenUitleg, pogingWijzeLabel } from '@deelwijs/content';
import { verstrekkingSignaleringen } from '@deelwijs/domain';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vangVerzonden } from './test-netwerk';
import {
  bijToestemming,
  door,
  inStatus,
  kindBijToestemming,
  kindBijVerstrekking,
  moeder,
  vader,
} from './test-processen';
import { Toestemmingsstap } from './toestemming';
import { Verstrekkingsstap } from './verstrekking';

const { naVerzenden } = vangVerzonden();
const namen = { moeder: 'Anna de Vries (ouder met gezag)', vader: 'Bram de Vries (ouder met gezag)' };
const rij = (el: HTMLElement) => within(el).getByRole('group', { name: `${informerenKop}: de cliënt` });
const VERTELD_OP = '2026-11-24T15:30';

/** Fills in the row's form and sends it. */
const vastleggen = (el: HTMLElement) => {
  const r = rij(el);
  fireEvent.change(within(r).getByLabelText('Hoe geïnformeerd'), { target: { value: 'huisbezoek' } });
  fireEvent.change(within(r).getByLabelText('Wanneer geïnformeerd'), { target: { value: VERTELD_OP } });
  fireEvent.change(within(r).getByLabelText('Hoe legde u het uit?'), {
    target: { value: 'Met plaatjes verteld dat de thuiszorg hoort hoe het thuis gaat.' },
  });
  fireEvent.click(within(r).getByRole('button', { name: 'Informeren vastleggen' }));
};

describe('informing a child of 10 whose two parents consent', () => {
  it('the consent step asks the parents and shows the child as informed, not asked', () => {
    const el = render(
      <Toestemmingsstap proces={inStatus(kindBijToestemming, 'toestemming')} namen={namen} />,
    ).container;
    const wie = within(el).getByRole('combobox', { name: 'Met wie' });
    expect(
      within(wie)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([namen.moeder, namen.vader]);
    expect(el.textContent).toContain(informerenUitleg);
    expect(within(rij(el)).getByRole('status').textContent).toBe('Nog niet geïnformeerd.');
    expect(
      within(within(rij(el)).getByRole('combobox', { name: 'Hoe geïnformeerd' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(Object.values(pogingWijzeLabel));
  });

  it('the form sends partij-geinformeerd, the domain accepts it, and then the row shows it as done', () => {
    const proces = inStatus(kindBijToestemming, 'toestemming');
    vastleggen(render(<Toestemmingsstap proces={proces} namen={namen} />).container);
    const stap = naVerzenden(proces);
    const na = inStatus(stap.proces, 'toestemming');
    expect(na.geinformeerd).toEqual([
      expect.objectContaining({
        partij: { soort: 'client' },
        wijze: 'huisbezoek',
        op: new Date(VERTELD_OP).toISOString(),
        door: { gebruikerId: door.gebruikerId },
      }),
    ]);
    expect(stap.aantekeningen.map((a) => a.soort)).toContain('partij-geinformeerd');
    cleanup();
    const el = render(<Toestemmingsstap proces={na} namen={namen} />).container;
    const status = within(rij(el)).getByRole('status').textContent ?? '';
    expect(status).toMatch(/^Geïnformeerd op .*\(huisbezoek\)/);
    expect(status).toContain('Met plaatjes verteld');
    expect(within(rij(el)).queryByRole('button', { name: 'Informeren vastleggen' })).toBeNull();
  });

  it('an adult client who decides alone gets no informing row', () => {
    const el = render(
      <Toestemmingsstap proces={inStatus(bijToestemming, 'toestemming')} namen={{}} />,
    ).container;
    expect(within(el).queryByRole('group', { name: `${informerenKop}: de cliënt` })).toBeNull();
    expect(el.textContent).not.toContain(informerenUitleg);
  });

  it('both parents said yes, the child not yet told: the verstrekking step warns with the flag the domain will record', () => {
    const proces = inStatus(kindBijVerstrekking, 'verstrekking');
    expect(proces.toestemmingen.map((t) => t.gegevenDoor)).toEqual([moeder, vader]);
    const el = render(<Verstrekkingsstap proces={proces} />).container;
    const waarschuwing = within(el).getByRole('alert');
    const verwacht = verstrekkingSignaleringen(proces);
    expect(verwacht).toHaveLength(1);
    expect(waarschuwing.textContent).toContain(verwacht[0]!.bericht);
    // Sharing anyway is allowed, and the file carries exactly that flag.
    fireEvent.click(within(el).getByRole('button', { name: 'Verstrekking vastleggen' }));
    // Irreversible: it asks first and says what will happen; only "Ja" records.
    expect(within(el).getByRole('alertdialog').textContent).toMatch(/niet meer terugdraaien/);
    fireEvent.click(within(el).getByRole('button', { name: 'Ja, verstrekking vastleggen' }));
    const gedeeld = naVerzenden(proces).proces;
    expect(gedeeld.status).toBe('gedeeld-met-toestemming');
    expect(gedeeld.verstrekking?.signaleringen?.map((s) => s.bericht)).toEqual([verwacht[0]!.bericht]);
  });

  it('told from the verstrekking step first: the warning is gone and the verstrekking carries no flag', () => {
    const proces = inStatus(kindBijVerstrekking, 'verstrekking');
    vastleggen(render(<Verstrekkingsstap proces={proces} />).container);
    const verteld = inStatus(naVerzenden(proces).proces, 'verstrekking');
    cleanup();
    const el = render(<Verstrekkingsstap proces={verteld} />).container;
    expect(within(el).queryByRole('alert')).toBeNull();
    expect(within(rij(el)).getByRole('status').textContent).toMatch(/^Geïnformeerd op/);
    fireEvent.click(within(el).getByRole('button', { name: 'Verstrekking vastleggen' }));
    fireEvent.click(within(el).getByRole('button', { name: 'Ja, verstrekking vastleggen' }));
    expect(naVerzenden(verteld).proces.verstrekking?.signaleringen).toBeUndefined();
  });
});
