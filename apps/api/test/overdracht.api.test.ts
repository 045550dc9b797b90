import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOEL, ONTVANGER, totAfweging4 } from './support/doorbreking';
import { logIn, nodigUit, startStack } from './support/stack';

const sanne = demoClienten[0]!;
type Persoon = Awaited<ReturnType<typeof logIn>>;
const REDEN = 'Eva is drie weken afwezig door ziekte.';

/** Open work moves: a leidinggevende hands a casemanager's open deelverzoeken to a colleague. */
describe('overdracht: POST /deelverzoeken/{id}/overdracht, POST /team/overdrachten, GET /team/werk', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Persoon;
  let fatima: Persoon;
  let lotte: Persoon;
  let ahmed: Persoon;
  let karin: Persoon;
  let tom: Persoon;

  /** A deelverzoek of Eva's, through afweging 1–3 (consent being asked: its clock runs). */
  const start = async () => {
    const r = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    expect(r.status).toBe(201);
    let d = await r.json();
    for (const opdracht of totAfweging4(false).slice(0, 3) as Opdracht[]) {
      const s = await eva.post(`/deelverzoeken/${d.id}/opdrachten`, { volgnummer: d.volgnummer, opdracht });
      d = await s.json();
      expect(s.status, JSON.stringify(d)).toBe(200);
    }
    return d as { id: string; volgnummer: number; status: string };
  };
  const eigenOpen = async (wie: Persoon) =>
    ((await (await wie.get('/werkvoorraad')).json()).deelverzoeken as Array<{ id: string }>).map((d) => d.id);

  beforeAll(async () => {
    stack = await startStack();
    [eva, fatima, lotte, ahmed, karin, tom] = (await Promise.all(
      [
        'casemanager@demo.deelwijs.nl',
        'wijkverpleging@demo.deelwijs.nl',
        'collega@demo.deelwijs.nl',
        'leidinggevende@demo.deelwijs.nl',
        'leidinggevende.jeugd@demo.deelwijs.nl',
        'jeugd@demo.deelwijs.nl',
      ].map((e) => logIn(stack.baseUrl, e)),
    )) as [Persoon, Persoon, Persoon, Persoon, Persoon, Persoon];
  }, 180_000);
  afterAll(() => stack?.stop());

  it('moves one deelverzoek: the new owner’s werkvoorraad, the file, both logs, a notification', async () => {
    const d = await start();
    expect(await eigenOpen(eva)).toContain(d.id);
    expect(await eigenOpen(fatima)).not.toContain(d.id);

    const r = await ahmed.post(
      `/deelverzoeken/${d.id}/overdracht`,
      { volgnummer: d.volgnummer, naar: 'fatima-bouzid', reden: REDEN },
      { sleutel: `overdracht-${d.id}` },
    );
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(200);
    expect(body.eigenaar).toEqual({ gebruikerId: 'fatima-bouzid', naam: expect.any(String) });
    expect(body.volgnummer).toBe(d.volgnummer + 1);
    expect(body.status).toBe(d.status);

    expect(await eigenOpen(fatima)).toContain(d.id);
    expect(await eigenOpen(eva)).not.toContain(d.id);
    // The team's list still has it, now under Fatima.
    const lijst = (await (await eva.get('/deelverzoeken?perPagina=100')).json()).items as Array<{
      id: string;
      eigenaar: { gebruikerId: string };
    }>;
    expect(lijst.find((x) => x.id === d.id)?.eigenaar.gebruikerId).toBe('fatima-bouzid');

    // The file: who moved it, from whom, to whom, why — in the client's hash chain.
    const { rows } = await stack.db.pool.query(
      `select soort, tekst, door, keten_volgnummer, hash from dossieraantekeningen where deelverzoek_id = $1 and soort = 'overdracht'`,
      [d.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].door).toEqual({ gebruikerId: 'ahmed-yilmaz' });
    expect(rows[0].tekst).toContain('ahmed-yilmaz');
    expect(rows[0].tekst).toContain('van casemanager eva-smit');
    expect(rows[0].tekst).toContain('aan casemanager fatima-bouzid');
    expect(rows[0].tekst).toContain(REDEN);
    expect(rows[0].keten_volgnummer).toBeGreaterThan(0);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);

    // Both logs: the leidinggevende's request (API), and the entry the worker wrote.
    const toegang = await stack.db.pool.query(
      `select t.gebruiker_id, t.actor, v.processing_activity_id from toegangslog t join verwerkingslog v using (span_id)
       where t.deelverzoek_id = $1 and (t.handeling = 'deelverzoekOverdragen' or t.actor = 'systeem:worker') order by t.op`,
      [d.id],
    );
    expect(toegang.rows.map((x) => x.gebruiker_id)).toContain('ahmed-yilmaz');
    expect(
      toegang.rows.some(
        (x) => x.gebruiker_id === 'ahmed-yilmaz' && x.processing_activity_id.endsWith('/deelverzoek-afwegen'),
      ),
    ).toBe(true);

    // The new owner hears of it, and the reminder says which deelverzoek it is about.
    await expect
      .poll(async () => (await (await fatima.get('/werkvoorraad')).json()).notificaties, { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            deelverzoekId: d.id,
            soort: 'deelverzoek-overgedragen',
            deelverzoek: { kort: d.id.slice(0, 8), pseudoniem: sanne.pseudoniem },
          }),
        ]),
      );

    // Repeated with the same Idempotency-Key: the same answer, nothing written twice.
    const opnieuw = await ahmed.post(
      `/deelverzoeken/${d.id}/overdracht`,
      { volgnummer: d.volgnummer, naar: 'fatima-bouzid', reden: REDEN },
      { sleutel: `overdracht-${d.id}` },
    );
    expect(opnieuw.status).toBe(200);
    const na = await stack.db.pool.query(
      `select count(*)::int as n from dossieraantekeningen where deelverzoek_id = $1 and soort = 'overdracht'`,
      [d.id],
    );
    expect(na.rows[0].n).toBe(1);
  });

  it('refuses in Dutch: the same owner, no casemanager of the team, a stale state, no reason', async () => {
    const d = await start();
    const probeer = async (body: Record<string, unknown>, wie = ahmed) => {
      const r = await wie.post(`/deelverzoeken/${d.id}/overdracht`, {
        volgnummer: d.volgnummer,
        reden: REDEN,
        ...body,
      });
      return { status: r.status, type: r.headers.get('content-type'), body: await r.json() };
    };
    const zelfde = await probeer({ naar: 'eva-smit' });
    expect(zelfde.status).toBe(422);
    expect(zelfde.type).toContain('application/problem+json');
    expect(zelfde.body.overtredingen.map((o: { code: string }) => o.code)).toEqual([
      'overdracht-zelfde-eigenaar',
    ]);
    expect(zelfde.body.detail).toMatch(/al verantwoordelijk/);
    // Another team's casemanager, and a leidinggevende who is no casemanager.
    for (const naar of ['tom-visser', 'ahmed-yilmaz', 'bestaat-niet']) {
      const r = await probeer({ naar });
      expect(r.status, naar).toBe(422);
      expect(r.body.overtredingen.map((o: { code: string }) => o.code)).toEqual([
        'overdracht-geen-casemanager-van-het-team',
      ]);
    }
    expect((await probeer({ naar: 'fatima-bouzid', volgnummer: d.volgnummer - 1 })).status).toBe(409);
    // An account that cannot log in (the invitation not yet taken) gets no work: nobody would see its reminders.
    const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
    const { id: uitgenodigd } = await nodigUit(beheer, {
      email: 'joris.peters@demo.deelwijs.nl',
      naam: 'Joris Peters',
      rollen: ['casemanager'],
      team: 'wijkteam-noord',
    });
    const nietActief = await probeer({ naar: uitgenodigd });
    expect(nietActief.status).toBe(400);
    expect(JSON.stringify(nietActief.body)).toMatch(/Joris Peters heeft de uitnodiging nog niet aangenomen/);
    const zonderReden = await probeer({ naar: 'fatima-bouzid', reden: '' });
    expect(zonderReden.status).toBe(400);
    expect(zonderReden.body.detail).toBeTruthy();
    // Nothing moved.
    expect(await eigenOpen(eva)).toContain(d.id);
  });

  it('lets only the leidinggevende of the team: not a casemanager, not another team', async () => {
    const d = await start();
    const body = { volgnummer: d.volgnummer, naar: 'fatima-bouzid', reden: REDEN };
    expect((await eva.post(`/deelverzoeken/${d.id}/overdracht`, body)).status).toBe(403);
    expect((await lotte.post(`/deelverzoeken/${d.id}/overdracht`, body)).status).toBe(403);
    expect((await karin.post(`/deelverzoeken/${d.id}/overdracht`, body)).status).toBe(404);
    expect((await tom.get('/team/werk')).status).toBe(403);
    // Karin's own team: Eva is not hers to move.
    const bulk = await karin.post('/team/overdrachten', {
      van: 'eva-smit',
      naar: 'fatima-bouzid',
      reden: REDEN,
    });
    expect(bulk.status).toBe(422);
    expect(await eigenOpen(eva)).toContain(d.id);
  });

  it('refuses a closed deelverzoek', async () => {
    const d = await start();
    const dicht = await eva.post(`/deelverzoeken/${d.id}/opdrachten`, {
      volgnummer: d.volgnummer,
      opdracht: { soort: 'intrekken', toelichting: 'Niet meer nodig.' },
    });
    const na = await dicht.json();
    expect(dicht.status, JSON.stringify(na)).toBe(200);
    const r = await ahmed.post(`/deelverzoeken/${d.id}/overdracht`, {
      volgnummer: na.volgnummer,
      naar: 'fatima-bouzid',
      reden: REDEN,
    });
    expect(r.status).toBe(409);
    expect((await r.json()).detail).toMatch(/afgesloten/);
  });

  it('shows the team’s open work per casemanager and moves all of an absent casemanager’s at once', async () => {
    const a = await start();
    const b = await start();
    const werk = async () =>
      (await (await ahmed.get('/team/werk')).json()) as {
        casemanagers: Array<{
          id: string;
          naam: string;
          open: Array<{ id: string; client: { pseudoniem: string } }>;
        }>;
      };
    const voor = await werk();
    const vanEva = voor.casemanagers.find((c) => c.id === 'eva-smit')!;
    expect(vanEva.open.map((x) => x.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(JSON.stringify(voor)).not.toContain(DOEL);
    expect(voor.casemanagers.map((c) => c.id)).not.toContain('tom-visser');
    const aantalEva = vanEva.open.length;

    const r = await ahmed.post(
      '/team/overdrachten',
      { van: 'eva-smit', naar: 'lotte-mulder', reden: REDEN },
      { sleutel: 'alles-van-eva' },
    );
    const uitslag = await r.json();
    expect(r.status, JSON.stringify(uitslag)).toBe(200);
    expect(uitslag.overgedragen).toBe(aantalEva);
    expect(uitslag.nietOvergedragen).toBe(0);
    const na = await werk();
    expect(na.casemanagers.find((c) => c.id === 'eva-smit')!.open).toEqual([]);
    expect(na.casemanagers.find((c) => c.id === 'lotte-mulder')!.open.map((x) => x.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    expect(await eigenOpen(eva)).toEqual([]);
    expect(await eigenOpen(lotte)).toEqual(expect.arrayContaining([a.id, b.id]));
    // Each moved deelverzoek has its own entry, and the bulk request is in the access log per client.
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from dossieraantekeningen where deelverzoek_id = any($1) and soort = 'overdracht'`,
      [[a.id, b.id]],
    );
    expect(rows[0].n).toBe(2);
    const log = await stack.db.pool.query(
      `select count(*)::int as n from toegangslog where handeling = 'werkOverdragen' and deelverzoek_id = any($1)`,
      [[a.id, b.id]],
    );
    expect(log.rows[0].n).toBe(2);

    // Chosen ones only, back to Eva; the same person twice is refused.
    const terug = await ahmed.post('/team/overdrachten', {
      van: 'lotte-mulder',
      naar: 'eva-smit',
      reden: 'Eva is terug van haar verlof.',
      deelverzoeken: [a.id],
    });
    expect(terug.status).toBe(200);
    expect(await eigenOpen(eva)).toEqual([a.id]);
    const zelf = await ahmed.post('/team/overdrachten', { van: 'eva-smit', naar: 'eva-smit', reden: REDEN });
    expect(zelf.status).toBe(422);
  });
});
