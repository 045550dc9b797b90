import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOEL, ONTVANGER, toewijzen, totAfweging4, voorstel } from './support/doorbreking';
import { logIn, nieuwAccount, startStack } from './support/stack';

type Persoon = Awaited<ReturnType<typeof logIn>>;

/** The collega's a person may pick, as the API gives them. */
const collegas = async (wie: Persoon, query = '') => {
  const r = await wie.get(`/team/deskundige-collegas${query}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Array<Record<string, unknown>>;
};

describe('GET /team/deskundige-collegas: only my own team, never me', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Persoon;
  let lotte: Persoon;
  let tom: Persoon;
  let beheer: Persoon;
  /** A second collega of wijkteam-noord, whose name sorts before Lotte's. */
  let anouk = '';

  beforeAll(async () => {
    stack = await startStack();
    [eva, lotte, tom, beheer] = (await Promise.all(
      [
        'casemanager@demo.deelwijs.nl',
        'collega@demo.deelwijs.nl',
        'jeugd@demo.deelwijs.nl',
        'beheer@demo.deelwijs.nl',
      ].map((e) => logIn(stack.baseUrl, e)),
    )) as [Persoon, Persoon, Persoon, Persoon];
    const nieuw = async (naam: string, email: string, rollen: string[], team: string) => {
      return nieuwAccount(stack.baseUrl, beheer, { naam, email, rollen, team }, 'lang-genoeg-wachtwoord');
    };
    anouk = await nieuw('Aaltje Anouk', 'anouk@demo.deelwijs.nl', ['deskundige-collega'], 'wijkteam-noord');
    // Same team but not a deskundige collega: never offered.
    await nieuw('Aaron Alleen-Casemanager', 'aaron@demo.deelwijs.nl', ['casemanager'], 'wijkteam-noord');
  }, 180_000);
  afterAll(() => stack?.stop());

  it('a casemanager gets the deskundige collega’s of the own team, by name, with id and name only', async () => {
    const lijst = await collegas(eva);
    expect(lijst.map((c) => c.naam)).toEqual(
      [...lijst.map((c) => c.naam as string)].sort((a, b) => a.localeCompare(b)),
    );
    expect(lijst[0]).toEqual({ id: anouk, naam: 'Aaltje Anouk' });
    expect(lijst.map((c) => c.id)).toContain('lotte-mulder');
    for (const c of lijst) expect(Object.keys(c).sort()).toEqual(['id', 'naam']);
    expect(lijst.some((c) => String(c.naam).startsWith('Aaron'))).toBe(false);
  });

  it('another team’s collega never appears, also not when the query names that team', async () => {
    const zuid = await collegas(tom);
    const noord = await collegas(eva, '?team=wijkteam-noord');
    expect(zuid.map((c) => c.id)).not.toContain(anouk);
    expect(zuid.map((c) => c.id)).not.toContain('lotte-mulder');
    expect(zuid).toHaveLength(1);
    const viaQuery = await collegas(tom, '?team=wijkteam-noord');
    expect(viaQuery).toEqual(zuid);
    expect(noord.map((c) => c.id)).not.toContain(zuid[0]!.id);
  });

  it('the caller is left out: a collega sees the other collega’s of the team, not themself', async () => {
    const lijst = await collegas(lotte);
    expect(lijst.map((c) => c.id)).toEqual([anouk]);
  });

  it('a functioneel beheerder is refused in Dutch problem+json', async () => {
    const r = await beheer.get('/team/deskundige-collegas');
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect((await r.json()).detail).toMatch(/[a-z]/);
  });
});

describe('toetser-toewijzen names only a deskundige collega of the own team', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Persoon;
  let id = '';
  let volgnummer = 0;

  const doe = async (opdracht: Opdracht, status = 200) => {
    const r = await eva.post(`/deelverzoeken/${id}/opdrachten`, { volgnummer, opdracht });
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(status);
    if (status === 200) volgnummer = body.volgnummer;
    return body;
  };

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const r = await eva.post('/deelverzoeken', {
      clientId: demoClienten[0]!.id,
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    expect(r.status).toBe(201);
    const d = await r.json();
    id = d.id;
    volgnummer = d.volgnummer;
    for (const o of [...totAfweging4(), voorstel]) await doe(o);
  }, 180_000);
  afterAll(() => stack?.stop());

  it.each([
    ['a collega of another team', 'sara-koster'],
    ['someone of the team who is no deskundige collega', 'fatima-bouzid'],
    ['an account that does not exist', 'niemand-bekend'],
  ])('refuses %s in Dutch, with the source, before the workflow', async (_, gebruikerId) => {
    const body = await doe(toewijzen(gebruikerId), 422);
    expect(body.overtredingen).toEqual([
      expect.objectContaining({ code: 'toetser-niet-van-het-team', bron: expect.stringContaining('4a') }),
    ]);
    expect(body.detail).toContain('eigen team');
  });

  it('asks the team’s collega, and takes it back to the pool', async () => {
    const na = await doe(toewijzen('lotte-mulder'));
    expect(na.proces.afweging4.toetsingsverzoek.toetser).toEqual({
      soort: 'collega',
      gebruikerId: 'lotte-mulder',
    });
    const terug = await doe({ soort: 'toetser-toewijzen', toetser: { soort: 'pool' } });
    expect(terug.proces.afweging4.toetsingsverzoek.toetser).toEqual({ soort: 'pool' });
  });
});
