// @vitest-environment jsdom
import { volgendeActieLabel, werkGroepLabel, werkMarkeringLabel, werkSoortLabel } from '@deelwijs/content';
import { type DeelverzoekView, type WerkItem, Werkvoorraad } from '@deelwijs/contract';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

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

const scherm = (werkvoorraad: Werkvoorraad, rol: { magStarten: boolean; krijgtTaken: boolean }) =>
  render(<WerkvoorraadScherm werkvoorraad={werkvoorraad} nu={NU} {...rol} />).container;

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
      'H2 Herinneringen',
      'H2 Mijn open deelverzoeken (1)',
    ]);
  });

  it('links every item to its deelverzoek, with pseudonym, afweging and the deadline in words beside the exact time', () => {
    const c = el();
    const [mij] = items(groep(c, werkGroepLabel.toetsing));
    expect(link(mij!)).toBe(`/deelverzoeken/${id(2)}`);
    expect(within(mij!).getByRole('link').textContent).toBe(`CL-1002: ${werkSoortLabel.toetsing}`);
    expect(tekst(mij)).toContain('CL-1002');
    expect(tekst(mij)).toContain('Afweging 4c');
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

  it('keeps her own open deelverzoeken, each with its next deadline in words beside the exact time', () => {
    const tabel = within(el()).getByRole('table', { name: /Open deelverzoeken/ });
    expect(within(tabel).getByRole('link', { name: eigenDeelverzoek.doel }).getAttribute('href')).toBe(
      `/deelverzoeken/${id(99)}`,
    );
    const termijn = tekst(within(tabel).getAllByRole('row')[1]?.lastElementChild);
    expect(termijn).toMatch(
      new RegExp(`^${volgendeActieLabel['toestemming-vragen']}: over 2 dagen \\(4 dec\\.? 2026, 09:00\\)$`),
    );
    expect(tabel.querySelector('time')?.getAttribute('dateTime')).toBe(eigenDeelverzoek.volgendeActieOp);
  });

  it('says in one sentence that nothing waits, and shows no empty group', () => {
    const c = scherm({ ...voorCollega, taken: [] }, { magStarten: true, krijgtTaken: true });
    expect(tekst(groep(c, 'Mijn taken'))).toContain('Er wacht nu geen toetsing, akkoord of uitstel op u.');
    expect(koppen(c).filter((k) => k.startsWith('H3'))).toEqual([]);
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

  it('offers no new deelverzoek and no review groups', () => {
    const c = el();
    expect(within(c).queryByRole('link', { name: 'Nieuw deelverzoek' })).toBeNull();
    expect(within(c).queryByRole('region', { name: werkGroepLabel.toetsing })).toBeNull();
  });
});

describe('a casemanager only', () => {
  it('sees no task section at all, only the open deelverzoeken', () => {
    const c = scherm({ ...voorCollega, taken: [] }, { magStarten: true, krijgtTaken: false });
    expect(within(c).queryByRole('heading', { name: 'Mijn taken' })).toBeNull();
    expect(within(c).getByRole('heading', { name: 'Mijn open deelverzoeken (1)' })).toBeTruthy();
  });
});
