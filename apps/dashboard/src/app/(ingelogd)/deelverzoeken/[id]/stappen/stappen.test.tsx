// @vitest-environment jsdom
import {
  type AfwegingId,
  antwoordLabel,
  CONTENT_VERSIE,
  pogingUitkomstLabel,
  pogingWijzeLabel,
  statusLabel,
  verstrekkingWijzeLabel,
} from '@deelwijs/content';
import { beslisgraaf, type DeelverzoekProces, vragenVan } from '@deelwijs/domain';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Afweging1 } from './afweging-1';
import { Afweging2 } from './afweging-2';
import { Afweging3 } from './afweging-3';
import { bij1, bij2, bij3, bijToestemming, bijVerstrekking, inStatus } from './test-processen';
import { Toestemmingsstap } from './toestemming';
import { Verstrekkingsstap } from './verstrekking';

const STAPPEN: Array<{ afweging: AfwegingId; proces: DeelverzoekProces; scherm: () => ReactElement }> = [
  { afweging: '1', proces: bij1, scherm: () => <Afweging1 proces={inStatus(bij1, 'afweging-1')} /> },
  { afweging: '2', proces: bij2, scherm: () => <Afweging2 proces={inStatus(bij2, 'afweging-2')} /> },
  { afweging: '3', proces: bij3, scherm: () => <Afweging3 proces={inStatus(bij3, 'afweging-3')} /> },
];

/** The yes/no questions on screen, in order: node id and legend. */
const vragenOpScherm = (scherm: HTMLElement) =>
  [...scherm.querySelectorAll('fieldset')]
    .filter((f) => f.querySelector('input[type=radio]'))
    .map((f) => ({
      id: (f.querySelector('input[type=radio]') as HTMLInputElement).name,
      tekst: f.querySelector('legend')?.textContent,
    }));
const kies = (scherm: HTMLElement, vraag: string, ja: boolean) =>
  fireEvent.click(
    within(scherm.querySelector(`[data-node="${vraag}"]`) as HTMLElement).getByLabelText(
      ja ? antwoordLabel.ja : antwoordLabel.nee,
    ),
  );

afterEach(cleanup);

describe.each(STAPPEN)('wizard step of afweging $afweging', ({ afweging, proces, scherm }) => {
  const graaf = beslisgraaf(proces.deelverzoek.contentVersie, afweging);

  it('is pinned to the content version of the process', () => {
    expect(proces.deelverzoek.contentVersie).toBe(CONTENT_VERSIE);
  });

  it("asks exactly the content's questions, one after the other along the yes edges", () => {
    const { container, getByRole } = render(scherm());
    expect(getByRole('region', { name: graaf.titel })).toBeTruthy();
    const gezien: Array<{ id: string; tekst: string | null | undefined }> = [];
    for (;;) {
      const opScherm = vragenOpScherm(container);
      expect(opScherm.slice(0, gezien.length)).toEqual(gezien);
      const nieuw = opScherm[gezien.length];
      if (!nieuw) break;
      expect(opScherm).toHaveLength(gezien.length + 1);
      gezien.push(nieuw);
      kies(container, nieuw.id, true);
    }
    expect(gezien).toEqual(vragenVan(graaf).map((v) => ({ id: v.id, tekst: v.tekst })));
    for (const v of vragenVan(graaf).filter((x) => x.toelichting))
      expect(container.querySelector(`[data-node="${v.id}"]`)?.textContent).toContain(v.toelichting);
  });

  it.each(vragenVan(graaf).map((v) => v.id))(
    'a no on %s shows the outcome its edge leads to, and asks nothing after it',
    (nee) => {
      const { container } = render(scherm());
      const vragen = vragenVan(graaf);
      for (const v of vragen.slice(
        0,
        vragen.findIndex((x) => x.id === nee),
      ))
        kies(container, v.id, true);
      kies(container, nee, false);
      const naar = graaf.edges.find((e) => e.van === nee && e.antwoord === 'nee')?.naar;
      const uitkomst = graaf.nodes.find((n) => n.id === naar);
      expect(
        within(container)
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toContain(uitkomst?.tekst);
      expect(vragenOpScherm(container).at(-1)?.id).toBe(nee);
    },
  );
});

describe('the wizard steps after afweging 3 name things by the labels of content', () => {
  it('consent: title, ways and outcomes of an attempt', () => {
    const { getByRole } = render(
      <Toestemmingsstap proces={inStatus(bijToestemming, 'toestemming')} namen={{}} />,
    );
    const stap = getByRole('region', { name: statusLabel.toestemming });
    const opties = (naam: string) =>
      within(within(stap).getByRole('combobox', { name: naam }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(opties('Hoe')).toEqual(Object.values(pogingWijzeLabel));
    expect(opties('Uitkomst')).toEqual(Object.values(pogingUitkomstLabel));
  });

  it('verstrekking: title and ways of sharing', () => {
    const { getByRole } = render(<Verstrekkingsstap proces={inStatus(bijVerstrekking, 'verstrekking')} />);
    const stap = getByRole('region', { name: statusLabel.verstrekking });
    expect(
      within(within(stap).getByRole('combobox', { name: 'Hoe' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(Object.values(verstrekkingWijzeLabel));
  });
});
