// @vitest-environment jsdom
import {
  eigenWerkGroepLabel,
  toezichtWerkGroepLabel,
  werkGroepLabel,
  werkMarkeringLabel,
  werkSoortLabel,
} from '@deelwijs/content';
import { type DeelverzoekView, type WerkItem, Werkvoorraad } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

import type { ToezichtLijsten } from './groepen';
import { WerkvoorraadScherm } from './werkvoorraad-scherm';

afterEach(cleanup);

// Wednesday 2 December 2026, 10:00 in Amsterdam.
const NU = Date.parse('2026-12-02T09:00:00Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const taak = (n: number, t: Partial<WerkItem> & Pick<WerkItem, 'soort' | 'uiterlijk'>): WerkItem => ({
  deelverzoekId: id(n),
  client: { pseudoniem: `CL-10${String(n).padStart(2, '0')}` },
  afweging: '4a',
  spoed: false,
  inWerkdagen: false,
  ...t,
});

const eigenDeelverzoek: DeelverzoekView = {
  id: id(99),
  client: { id: id(199), pseudoniem: 'CL-1099' },
  doel: 'Afspraken met de schuldhulp op elkaar laten aansluiten',
  ontvangers: [{ organisatie: 'Schuldhulp Noord' }],
  status: 'toestemming',
  statusLabel: 'Toestemming vragen',
  afgesloten: false,
  aangemaaktDoor: { gebruikerId: 'lotte-mulder' },
  eigenaar: { gebruikerId: 'lotte-mulder', naam: 'Lotte Mulder' },
  aangemaaktOp: '2026-12-01T08:00:00Z',
  bijgewerktOp: '2026-12-01T08:00:00Z',
  contentVersie: '1.0.0',
  beleidVersie: '1.0.0',
  volgnummer: 3,
  volgendeActie: 'toestemming-vragen',
  volgendeActieOp: '2026-12-04T08:00:00Z',
  volgendeActieInWerkdagen: true,
};

// As the API gives them (Werkvoorraad checks the shape): the order is the API's, urgent first.
const voorCollega = Werkvoorraad.parse({
  taken: [
    taak(1, { soort: 'toetsing-in-pool', spoed: true, uiterlijk: '2026-12-02T12:00:00Z' }),
    taak(2, { soort: 'toetsing', afweging: '4c', uiterlijk: '2026-11-30T09:00:00Z' }),
    taak(3, { soort: 'toetsing-in-pool', uiterlijk: '2026-12-03T13:00:00Z' }),
  ],
  deelverzoeken: [eigenDeelverzoek],
  totaalOpen: 1,
  notificaties: [],
});

const voorLeidinggevende = Werkvoorraad.parse({
  taken: [
    taak(4, { soort: 'akkoord-achteraf', spoed: true, uiterlijk: '2026-12-03T09:00:00Z' }),
    taak(5, { soort: 'akkoord', spoed: true, uiterlijk: '2026-12-02T08:00:00Z' }),
    taak(6, { soort: 'uitstel-beoordelen', afweging: null, uiterlijk: '2026-12-07T09:00:00Z' }),
    taak(7, { soort: 'akkoord', afweging: '4c', uiterlijk: '2026-12-01T09:00:00Z' }),
  ],
  deelverzoeken: [],
  totaalOpen: 0,
  notificaties: [],
});

const scherm = (
  werkvoorraad: Werkvoorraad,
  rol: { magStarten: boolean; krijgtTaken: boolean; magTeam?: boolean; toezicht?: ToezichtLijsten },
) => render(<WerkvoorraadScherm werkvoorraad={werkvoorraad} nu={NU} {...rol} />).container;

const tekst = (el: Element | null | undefined) => el?.textContent ?? '';
const groep = (el: HTMLElement, naam: string) => within(el).getByRole('region', { name: naam });
const items = (el: HTMLElement) => within(within(el).getByRole('list')).getAllByRole('listitem');
const link = (li: HTMLElement) => within(li).getByRole('link').getAttribute('href');
const koppen = (el: HTMLElement) =>
  within(el)
    .getAllByRole('heading')
    .map((h) => `${h.tagName} ${h.textContent?.trim()}`);

describe('the werkvoorraad of a deskundige collega', () => {
  const el = () => scherm(voorCollega, { magStarten: true, krijgtTaken: true });

  it('shows the reviews for me and those in the pool, each under its heading, in the order of the headings', () => {
    expect(koppen(el())).toEqual([
      'H1 Werkvoorraad',
      'H2 Mijn taken',
      `H3 ${werkGroepLabel.toetsing}`,
      `H3 ${werkGroepLabel['toetsing-in-pool']}`,
      'H2 Mijn open deelverzoeken (1)',
      `H3 ${eigenWerkGroepLabel['toestemming-vragen']} (1)`,
      'H2 Herinneringen',
    ]);
  });

  it('links every item to its deelverzoek, with pseudonym, afweging, number and the deadline in words beside the exact time', () => {
    const c = el();
    const [mij] = items(groep(c, werkGroepLabel.toetsing));
    expect(link(mij!)).toBe(`/deelverzoeken/${id(2)}`);
    expect(within(mij!).getByRole('link').textContent).toBe(`CL-1002: ${werkSoortLabel.toetsing}`);
    expect(tekst(mij)).toContain('CL-1002');
    expect(tekst(mij)).toContain('Afweging 4c');
    // Two tasks for one client differ by number (the same as in a reminder), never by doel.
    expect(tekst(mij)).toContain('nummer 00000000');
    expect(tekst(mij)).toContain('2 dagen te laat');
    const tijd = mij!.querySelector('time');
    expect(tijd?.getAttribute('dateTime')).toBe('2026-11-30T09:00:00Z');
    expect(tekst(tijd)).toContain('30 nov 2026, 10:00');

    const pool = items(groep(c, werkGroepLabel['toetsing-in-pool']));
    expect(pool.map(link)).toEqual([`/deelverzoeken/${id(1)}`, `/deelverzoeken/${id(3)}`]);
    expect(tekst(pool[0])).toContain(werkMarkeringLabel.spoed);
    expect(tekst(pool[0])).toContain('nog 3 uur');
    expect(tekst(pool[1])).not.toContain(werkMarkeringLabel.spoed);
    expect(tekst(pool[1])).toContain('morgen om 14:00');
  });

  it('keeps her own open deelverzoeken under their next step, each with its deadline in words beside the exact time', () => {
    const stap = groep(el(), `${eigenWerkGroepLabel['toestemming-vragen']} (1)`);
    const [d] = items(stap);
    expect(within(d!).getByRole('link', { name: eigenDeelverzoek.doel }).getAttribute('href')).toBe(
      `/deelverzoeken/${id(99)}`,
    );
    expect(tekst(d)).toContain('CL-1099');
    expect(tekst(d)).toMatch(/nog 2 werkdagen \(4 dec\.? 2026, 09:00\)/);
    expect(d!.querySelector('time')?.getAttribute('dateTime')).toBe(eigenDeelverzoek.volgendeActieOp);
  });

  it('says in one sentence that nothing waits, and shows no empty group', () => {
    const c = scherm({ ...voorCollega, taken: [] }, { magStarten: true, krijgtTaken: true });
    expect(tekst(groep(c, 'Mijn taken'))).toContain('Er wacht nu geen toetsing, akkoord of uitstel op u.');
    expect(within(groep(c, 'Mijn taken')).queryAllByRole('heading', { level: 3 })).toEqual([]);
  });
});

describe('the werkvoorraad of a leidinggevende', () => {
  const el = () => scherm(voorLeidinggevende, { magStarten: false, krijgtTaken: true });

  it('lists the signatures acute first, then urgent, then the rest, each marked; the uitstel decisions apart', () => {
    const c = el();
    expect(koppen(c).filter((k) => k.startsWith('H3'))).toEqual([
      `H3 ${werkGroepLabel.handtekening}`,
      `H3 ${werkGroepLabel['uitstel-beoordelen']}`,
    ]);
    const tekenen = items(groep(c, werkGroepLabel.handtekening));
    expect(tekenen.map(link)).toEqual([id(4), id(5), id(7)].map((i) => `/deelverzoeken/${i}`));
    expect(tekst(tekenen[0])).toContain(werkMarkeringLabel['acuut-gedeeld']);
    expect(tekst(tekenen[0])).not.toContain(werkMarkeringLabel.spoed);
    expect(tekst(tekenen[0])).toContain('morgen om 10:00');
    expect(tekst(tekenen[1])).toContain(werkMarkeringLabel.spoed);
    expect(tekst(tekenen[1])).toContain('1 uur te laat');
    expect(tekst(tekenen[2])).toContain('Afweging 4c');
    expect(tekst(tekenen[2])).toContain('1 dag te laat');
    expect(tekst(tekenen[2])).not.toMatch(/Spoed|Acuut gedeeld/);

    const [uitstel] = items(groep(c, werkGroepLabel['uitstel-beoordelen']));
    expect(link(uitstel!)).toBe(`/deelverzoeken/${id(6)}`);
    expect(tekst(uitstel)).toContain('over 5 dagen');
    expect(tekst(uitstel)).not.toContain('Afweging');
  });

  it('marks an overdue deadline apart from one still to come', () => {
    const tekenen = items(groep(el(), werkGroepLabel.handtekening));
    const woorden = (li: HTMLElement) => within(li).getByText(/te laat|morgen/);
    expect(woorden(tekenen[1]!).className).toContain('text-red-700');
    expect(woorden(tekenen[0]!).className).not.toContain('text-red-700');
  });

  it('offers no new deelverzoek, no review groups and no own deelverzoeken', () => {
    const c = el();
    expect(within(c).queryByRole('link', { name: 'Nieuw deelverzoek' })).toBeNull();
    expect(within(c).queryByRole('region', { name: werkGroepLabel.toetsing })).toBeNull();
    expect(within(c).queryByRole('heading', { name: /Mijn open deelverzoeken/ })).toBeNull();
  });

  it("points to the team's open work", () => {
    const c = scherm(voorLeidinggevende, { magStarten: false, krijgtTaken: true, magTeam: true });
    expect(
      within(c)
        .getByRole('link', { name: /open werk van uw team/ })
        .getAttribute('href'),
    ).toBe('/team');
  });
});

describe('a casemanager only', () => {
  it('sees no task section at all, only the open deelverzoeken', () => {
    const c = scherm({ ...voorCollega, taken: [] }, { magStarten: true, krijgtTaken: false });
    expect(within(c).queryByRole('heading', { name: 'Mijn taken' })).toBeNull();
    expect(within(c).getByRole('heading', { name: 'Mijn open deelverzoeken (1)' })).toBeTruthy();
  });
});

describe('the werkvoorraad of a casemanager', () => {
  const wacht = (n: number, d: Partial<DeelverzoekView>): DeelverzoekView => ({
    ...eigenDeelverzoek,
    id: id(n),
    client: { id: id(100 + n), pseudoniem: `CL-20${String(n).padStart(2, '0')}` },
    ...d,
  });
  const werk = Werkvoorraad.parse({
    taken: [],
    deelverzoeken: [
      wacht(11, { volgendeActie: 'collegiale-toetsing', volgendeActieOp: '2026-12-03T09:00:00Z' }),
      wacht(12, { volgendeActie: 'toestemming-vragen', volgendeActieOp: '2026-12-05T09:00:00Z' }),
      wacht(13, { volgendeActie: 'informeren-achteraf', volgendeActieOp: '2026-11-29T09:00:00Z' }),
      wacht(14, { volgendeActie: 'toestemming-vragen', volgendeActieOp: '2026-11-30T09:00:00Z' }),
      wacht(15, { status: 'afweging-2', volgendeActie: null, volgendeActieOp: null }),
    ],
    totaalOpen: 5,
    notificaties: [
      {
        id: 'n1',
        deelverzoekId: id(14),
        deelverzoek: { kort: '00000000', pseudoniem: 'CL-2014' },
        soort: 'toestemming-geen-poging',
        tekst: 'Vraag toestemming.',
        aangemaaktOp: '2026-12-01T08:00:00Z',
        gelezen: false,
      },
    ],
  });
  const c = () => scherm(werk, { magStarten: true, krijgtTaken: false });

  it('groups what is up to me before what waits on others, overdue first and said in words', () => {
    expect(koppen(c()).filter((k) => k.startsWith('H3'))).toEqual([
      `H3 ${eigenWerkGroepLabel['toestemming-vragen']} (2)`,
      `H3 ${eigenWerkGroepLabel['informeren-achteraf']} (1)`,
      `H3 ${eigenWerkGroepLabel.afwegen} (1)`,
      `H3 ${eigenWerkGroepLabel['collegiale-toetsing']} (1)`,
    ]);
    const toestemming = items(groep(c(), `${eigenWerkGroepLabel['toestemming-vragen']} (2)`));
    expect(toestemming.map((li) => within(li).getByRole('link').getAttribute('href'))).toEqual([
      `/deelverzoeken/${id(14)}`,
      `/deelverzoeken/${id(12)}`,
    ]);
    expect(tekst(toestemming[0])).toContain('2 dagen te laat');
    // Saturday is three calendar days away, but only Thursday and Friday are working days.
    expect(tekst(toestemming[1])).toContain('nog 2 werkdagen');
    expect(tekst(items(groep(c(), `${eigenWerkGroepLabel.afwegen} (1)`))[0])).toContain('Geen termijn');
  });

  it('names in a reminder which deelverzoek it is about: pseudonym, number and doel', () => {
    const [herinnering] = items(groep(c(), 'Herinneringen 1'));
    expect(tekst(herinnering)).toContain('CL-2014');
    expect(tekst(herinnering)).toContain('nummer 00000000');
    expect(tekst(herinnering)).toContain(`Doel: ${eigenDeelverzoek.doel}`);
  });
});

describe('the werkvoorraad of the privacy officer', () => {
  const toezicht: ToezichtLijsten = {
    informeren: [
      {
        deelverzoekId: id(21),
        client: { pseudoniem: 'CL-3021' },
        team: 'wijkteam-noord',
        route: 'doorbreking',
        verstrektOp: '2026-11-01T09:00:00Z',
        uiterlijk: '2026-11-29T09:00:00Z',
        uitstelTot: null,
        teLaat: true,
        uitstelGevraagd: false,
        inWerkdagen: false,
      },
    ],
    handtekeningen: [],
    vastgelopen: [
      {
        deelverzoekId: id(22),
        client: { pseudoniem: 'CL-3022' },
        team: 'jeugdteam-zuid',
        gevraagdVanaf: null,
        sinds: '2026-12-01T09:00:00Z',
        pogingen: 0,
      },
    ],
  };
  const leeg = Werkvoorraad.parse({ taken: [], deelverzoeken: [], totaalOpen: 0, notificaties: [] });
  const c = () => scherm(leeg, { magStarten: false, krijgtTaken: false, toezicht });

  it('shows what the toezicht finds overdue, each linked to its drill-down, and the way to the toezicht', () => {
    expect(koppen(c())).toEqual([
      'H1 Werkvoorraad',
      'H2 Wat nu op u wacht',
      `H3 ${toezichtWerkGroepLabel['informeren-achteraf']} (1)`,
      `H3 ${toezichtWerkGroepLabel['toestemming-vastgelopen']} (1)`,
      'H2 Herinneringen',
    ]);
    const [informeren] = items(groep(c(), `${toezichtWerkGroepLabel['informeren-achteraf']} (1)`));
    expect(link(informeren!)).toBe(`/toezicht/deelverzoeken/${id(21)}`);
    expect(tekst(informeren)).toContain('3 dagen te laat');
    expect(tekst(informeren)).toContain('wijkteam-noord');
    const [vast] = items(groep(c(), `${toezichtWerkGroepLabel['toestemming-vastgelopen']} (1)`));
    expect(tekst(vast)).toContain('Cliënt nog niet gevraagd');
    expect(tekst(vast)).toContain('1 dag te laat');
    expect(
      within(c())
        .getByRole('link', { name: /Naar het toezicht/ })
        .getAttribute('href'),
    ).toBe('/toezicht');
  });

  it('says so when nothing is overdue', () => {
    const niets = scherm(leeg, {
      magStarten: false,
      krijgtTaken: false,
      toezicht: { informeren: [], handtekeningen: [], vastgelopen: [] },
    });
    expect(tekst(groep(niets, 'Wat nu op u wacht'))).toContain('Niets te laat');
  });
});
