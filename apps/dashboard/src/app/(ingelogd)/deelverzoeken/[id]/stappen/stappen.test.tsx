// @vitest-environment jsdom
import {
  type AfwegingId,
  antwoordLabel,
  CONTENT_VERSIE,
  pogingUitkomstLabel,
  pogingWijzeLabel,
  standaardBeleid,
  statusLabel,
  verstrekkingWijzeLabel,
} from '@deelwijs/content';
import {
  beslisgraaf,
  type DeelverzoekProces,
  type Opdracht,
  type ProcesIn,
  startProces,
  voerUit,
  vragenVan,
} from '@deelwijs/domain';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Afweging1 } from './afweging-1';
import { Afweging2 } from './afweging-2';
import { Afweging3 } from './afweging-3';
import { Toestemmingsstap } from './toestemming';
import { Verstrekkingsstap } from './verstrekking';

// Real processes from the domain's own rules, one per wizard step; the content version is the one pinned.
const door = { gebruikerId: 'casemanager-1', rollen: ['professional' as const] };
const verder = (p: DeelverzoekProces, opdracht: Opdracht): DeelverzoekProces => {
  const r = voerUit(p, opdracht, { door, op: '2026-11-24T10:00:00.000Z', beleid: standaardBeleid });
  if (!r.ok) throw new Error(r.overtredingen.map((o) => o.bericht).join(' '));
  return r.waarde.proces;
};
const bij1 = startProces({
  start: {
    id: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
    aanvraag: {
      clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
      doel: 'De hulp bij het huishouden afstemmen',
      ontvangers: [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' }],
    },
    door,
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
    gebruikerId: door.gebruikerId,
    pet: 'sociaal-werker',
    beroepsgeheim: 'algemeen',
    organisatietype: 'wijkteam',
  },
}).proces;
const bij2 = verder(bij1, {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn taak.' },
});
const bij3 = verder(bij2, {
  soort: 'afweging-2',
  antwoord: {
    welbepaaldDoel: true,
    uitdrukkelijkOmschreven: true,
    gegevens: ['relevante-hulpinformatie', 'naw'],
    grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kiest zelf.' },
    toelichting: 'Doorgenomen.',
  },
});
const bijToestemming = verder(bij3, {
  soort: 'afweging-3',
  antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Afgewogen.' },
});
const bijVerstrekking = verder(bijToestemming, {
  soort: 'toestemmingspoging',
  poging: {
    op: '2026-11-24T09:30:00.000Z',
    wijze: 'gesprek',
    partij: { soort: 'client' },
    uitkomst: 'ja',
    reikwijdte: {
      doel: 'De hulp bij het huishouden afstemmen',
      gegevens: ['relevante-hulpinformatie', 'naw'],
      ontvangers: ['Thuiszorg Oost'],
      wijze: 'schriftelijk',
      intrekkenUitgelegd: true,
    },
  },
});
const inStatus = <S extends DeelverzoekProces['status']>(p: DeelverzoekProces, s: S) => {
  expect(p.status).toBe(s);
  return p as ProcesIn<S>;
};

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
