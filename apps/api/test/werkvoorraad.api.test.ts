import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFWEGING_TEKST,
  acuteVerstrekking,
  akkoord,
  collega,
  DOEL,
  legVast,
  leiding,
  ONTVANGER,
  oppakken,
  toetsing,
  toewijzen,
  totAfweging4,
  voorstel,
} from './support/doorbreking';
import { logIn, nieuwAccount, startStack } from './support/stack';

const sanne = demoClienten[0]!;
const youssef = demoClienten.find((c) => c.team === 'jeugdteam-zuid')!;
type Persoon = Awaited<ReturnType<typeof logIn>>;

/** Each person's werkvoorraad items, by kind and deelverzoek. */
const taken = async (wie: Persoon) =>
  ((await (await wie.get('/werkvoorraad')).json()).taken as Array<Record<string, unknown>>).map((t) => [
    t.soort,
    t.deelverzoekId,
  ]);

describe('werkvoorraad per role, the pool’s limited view, the overdue sign-offs', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Persoon;
  let lotte: Persoon;
  let ahmed: Persoon;
  let tom: Persoon;
  let sara: Persoon;
  let karin: Persoon;
  let ingrid: Persoon;
  /** Sanne's doorbreking, its review left to the pool. */
  let pool = '';
  let volgnummer = 0;

  /** One command over HTTP as this person; the answer's volgnummer is the next one to send. */
  const doe = async (wie: Persoon, id: string, opdracht: Opdracht, status = 200) => {
    const r = await wie.post(`/deelverzoeken/${id}/opdrachten`, { volgnummer, opdracht });
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(status);
    if (status === 200) volgnummer = body.volgnummer;
    return body;
  };
  const start = async (acuut = false) => {
    const r = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    expect(r.status).toBe(201);
    const d = await r.json();
    volgnummer = d.volgnummer;
    for (const o of totAfweging4(acuut)) await doe(eva, d.id, o);
    return d.id as string;
  };

  beforeAll(async () => {
    stack = await startStack();
    [eva, lotte, ahmed, tom, sara, karin, ingrid] = (await Promise.all(
      [
        'casemanager@demo.deelwijs.nl',
        'collega@demo.deelwijs.nl',
        'leidinggevende@demo.deelwijs.nl',
        'jeugd@demo.deelwijs.nl',
        'collega.jeugd@demo.deelwijs.nl',
        'leidinggevende.jeugd@demo.deelwijs.nl',
        'privacy@demo.deelwijs.nl',
      ].map((e) => logIn(stack.baseUrl, e)),
    )) as [Persoon, Persoon, Persoon, Persoon, Persoon, Persoon, Persoon];
    pool = await start();
    await doe(eva, pool, voorstel);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('puts a review in the pool on the team’s collega’s list, in the limited shape only', async () => {
    const w = await (await lotte.get('/werkvoorraad')).json();
    expect(w.taken).toEqual([
      {
        soort: 'toetsing-in-pool',
        deelverzoekId: pool,
        client: { pseudoniem: sanne.pseudoniem },
        afweging: '4a',
        spoed: false,
        uiterlijk: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        // The review's reminder runs in werkdagen under the default policy.
        inWerkdagen: true,
      },
    ]);
    expect(JSON.stringify(w.taken)).not.toContain(DOEL);
    // The requester, the leidinggevende (nothing to sign yet) and the other team see nothing of it.
    for (const wie of [eva, ahmed, tom, sara, karin]) expect(await taken(wie)).toEqual([]);
  });

  it('shows a pool collega who has not taken it only the limited view, and no reads of the weighing', async () => {
    const view = await (await lotte.get(`/deelverzoeken/${pool}/wizard`)).json();
    expect(view).toEqual({
      soort: 'toetsing-in-pool',
      deelverzoekId: pool,
      client: { pseudoniem: sanne.pseudoniem },
      afweging: '4a',
      spoed: false,
      uiterlijk: expect.any(String),
      inWerkdagen: true,
      volgnummer,
    });
    for (const pad of ['', '/proces', '/dossieraantekeningen', '/verantwoording', '/verantwoording.pdf']) {
      const r = await lotte.get(`/deelverzoeken/${pool}${pad}`);
      expect(r.status, pad).toBe(403);
      const tekst = await r.text();
      expect(tekst).not.toContain(AFWEGING_TEKST);
      expect(tekst).not.toContain(DOEL);
    }
    // From the limited view only taking it is possible; the review itself is refused before the workflow.
    await doe(lotte, pool, toetsing, 403);
    // The requester and another team are not limited that way: the one sees it all, the other nothing.
    expect((await (await eva.get(`/deelverzoeken/${pool}/wizard`)).json()).doel).toBe(DOEL);
    expect((await sara.get(`/deelverzoeken/${pool}/wizard`)).status).toBe(404);
  });

  it('shows the whole weighing once the collega took the review, and lists it as theirs', async () => {
    const na = await doe(lotte, pool, oppakken);
    expect(na).toMatchObject({
      id: pool,
      doel: DOEL,
      proces: { afweging4: { fase: 'collegiale-toetsing' } },
    });
    expect(JSON.stringify(await (await lotte.get(`/deelverzoeken/${pool}/wizard`)).json())).toContain(
      AFWEGING_TEKST,
    );
    expect((await lotte.get(`/deelverzoeken/${pool}/proces`)).status).toBe(200);
    expect(await taken(lotte)).toEqual([['toetsing', pool]]);
  });

  it('gives the leidinggevende the signature once reviewed — not the reviewer, not another team', async () => {
    await doe(lotte, pool, toetsing);
    expect(await taken(ahmed)).toEqual([['akkoord', pool]]);
    for (const wie of [lotte, eva, karin, sara]) expect(await taken(wie)).toEqual([]);
  });

  it('puts an acute verstrekking before the other signatures, and keeps the casemanager’s own list', async () => {
    const acuut = await start(true);
    await doe(eva, acuut, acuteVerstrekking);
    const w = await (await ahmed.get('/werkvoorraad')).json();
    expect(w.taken.map((t: { soort: string; deelverzoekId: string }) => [t.soort, t.deelverzoekId])).toEqual([
      ['akkoord-achteraf', acuut],
      ['akkoord', pool],
    ]);
    expect(w.taken[0]).toMatchObject({ spoed: true, afweging: '4a' });
    // A leidinggevende has no caseload of their own; the casemanager has hers.
    expect(w.deelverzoeken).toEqual([]);
    const vanEva = await (await eva.get('/werkvoorraad')).json();
    expect(vanEva.deelverzoeken.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([pool, acuut]),
    );
    expect(vanEva.taken).toEqual([]);
  });

  it('lists a review assigned to one collega for that collega only', async () => {
    const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
    await nieuwAccount(stack.baseUrl, beheer, {
      email: 'bram@demo.deelwijs.nl',
      naam: 'Bram de Wit',
      rollen: ['deskundige-collega'],
      team: 'wijkteam-noord',
      pet: 'sociaal-werker',
    });
    const bram = await logIn(stack.baseUrl, 'bram@demo.deelwijs.nl', 'een-lang-wachtwoord');
    const id = await start();
    await doe(eva, id, voorstel);
    expect(await taken(bram)).toEqual([['toetsing-in-pool', id]]);
    await doe(eva, id, toewijzen('lotte-mulder'));
    expect(await taken(lotte)).toEqual([['toetsing', id]]);
    expect(await taken(bram)).toEqual([]);
  });

  describe('the privacy officer’s overdue sign-offs', () => {
    let teLaat = '';
    let acuutTeLaat = '';
    let afgewezen = '';
    let zuid = '';
    let opTijd = '';

    beforeAll(async () => {
      // Clocks of working days, so these deelverzoeken were written days ago, as the worker writes them.
      const vroeg = (dagen: number) => new Date(Date.now() - dagen * 24 * 3600_000);
      const getoetst = (dagen: number) =>
        [
          ...totAfweging4(false, vroeg(dagen)).map((o) => [o] as [Opdracht]),
          [voorstel],
          [oppakken, collega],
          [toetsing, collega],
        ] as Array<[Opdracht, typeof collega?]>;
      const acuut = [...totAfweging4(true).map((o) => [o] as [Opdracht]), [acuteVerstrekking]] as Array<
        [Opdracht]
      >;
      teLaat = await legVast(stack.db.db, sanne, getoetst(10), 10);
      acuutTeLaat = await legVast(stack.db.db, sanne, acuut, 8);
      afgewezen = await legVast(stack.db.db, sanne, [...acuut, [akkoord('afgewezen'), leiding]], 12);
      zuid = await legVast(stack.db.db, youssef, getoetst(6), 6);
      // Reviewed just now: its signature is not due yet.
      opTijd = await legVast(stack.db.db, sanne, getoetst(0), 0);
    });

    it('lists late signatures and acute ones refused afterwards, oldest first, metadata only', async () => {
      const r = await ingrid.get('/toezicht/handtekeningen');
      expect(r.status).toBe(200);
      const lijst = await r.json();
      expect(lijst.totaal).toBe(4);
      expect(
        lijst.items.map((i: { signaal: string; deelverzoekId: string }) => [i.signaal, i.deelverzoekId]),
      ).toEqual([
        ['acuut-afgewezen', afgewezen],
        ['akkoord-te-laat', teLaat],
        ['acuut-niet-getekend', acuutTeLaat],
        ['akkoord-te-laat', zuid],
      ]);
      expect(lijst.items[0]).toMatchObject({
        team: 'wijkteam-noord',
        client: { pseudoniem: sanne.pseudoniem },
        afweging: '4a',
        uiterlijk: null,
        afgewezenOp: expect.any(String),
      });
      expect(lijst.items[1]).toMatchObject({ uiterlijk: expect.any(String), afgewezenOp: null });
      for (const i of lijst.items) expect(Date.parse(i.sinds)).toBeLessThan(Date.now());
      const tekst = JSON.stringify(lijst);
      for (const geheim of [DOEL, AFWEGING_TEKST, sanne.naam, youssef.naam])
        expect(tekst).not.toContain(geheim);
      expect(tekst).not.toContain(opTijd);
    });

    it('pages, and narrows to one team', async () => {
      const eerste = await (await ingrid.get('/toezicht/handtekeningen?perPagina=3')).json();
      expect(eerste.items).toHaveLength(3);
      expect(eerste._links.volgende).toBe('/api/v1/toezicht/handtekeningen?pagina=2&perPagina=3');
      const zuidLijst = await (await ingrid.get('/toezicht/handtekeningen?team=jeugdteam-zuid')).json();
      expect(zuidLijst.items.map((i: { deelverzoekId: string }) => i.deelverzoekId)).toEqual([zuid]);
      expect(zuidLijst._links.self).toContain('team=jeugdteam-zuid');
    });

    it('is for the privacy officer only', async () => {
      for (const wie of [eva, ahmed, lotte, tom])
        expect((await wie.get('/toezicht/handtekeningen')).status).toBe(403);
    });
  });
});
