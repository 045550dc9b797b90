import { randomBytes } from 'node:crypto';
import { verwerkingsactiviteitId } from '@deelwijs/content';
import { BETROKKENE_ID_SOORT, betrokkeneId } from '@deelwijs/db';
import { demoClienten, demoGebruikers } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOEGANG } from '../dist/http/toegangslog/toegang';
import { VERWERKING } from '../dist/http/toegangslog/verwerking';
import { logIn, startStack, verwerkingslogSleutel } from './support/stack';

// Issue 11, the verwerkingslog (Logboek Dataverwerkingen) against the real API, worker, Temporal and
// PostgreSQL: one row per data subject for every read and write, in the caller's W3C trace, with no
// user identity and no client id or name; who acted is in toegangslog, under the same span_id.

/** A caller's W3C trace context: a fresh trace, as the dashboard's instrumented fetch sends it. */
const nieuweTrace = () => {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
};

describe('every logged route is a processing activity of the register', () => {
  it('names an activity for each route in TOEGANG', () => {
    expect(Object.keys(TOEGANG).filter((id) => !(id in VERWERKING))).toEqual([]);
  });
});

describe('verwerkingslog (PostgreSQL, Temporal)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;

  const vanTrace = async (traceId: string) =>
    (
      await stack.db.pool.query(
        `select v.*, t.gebruiker_id, t.actor, t.rollen, t.handeling, t.client_id, t.deelverzoek_id, t.trace_id as t_trace_id
           from verwerkingslog v left join toegangslog t on t.span_id = v.span_id
          where v.trace_id = $1 order by t.client_id`,
        [traceId],
      )
    ).rows;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('writes one row per client on a list, in the caller’s trace, linked to toegangslog by span_id', async () => {
    const { traceId, traceparent } = nieuweTrace();
    const pagina = await (await eva.get('/clienten?perPagina=50', { traceparent })).json();
    const n = pagina.items.length;
    expect(n).toBeGreaterThan(2);

    const rijen = await vanTrace(traceId);
    expect(rijen).toHaveLength(n);
    expect(rijen.map((r) => r.client_id).sort()).toEqual(
      pagina.items.map((c: { id: string }) => c.id).sort(),
    );
    expect(new Set(rijen.map((r) => r.span_id)).size).toBe(n);
    // All children of the one request span, which continues the caller's span.
    expect(new Set(rijen.map((r) => r.parent_span_id)).size).toBe(1);
    expect(rijen[0].parent_span_id).toMatch(/^[0-9a-f]{16}$/);
    for (const r of rijen) {
      expect(r).toMatchObject({
        name: 'clientenLijst',
        status_code: 'OK',
        processing_activity_id: verwerkingsactiviteitId('dossier-inzien'),
        data_subject_id: betrokkeneId(verwerkingslogSleutel, r.client_id),
        data_subject_id_type: BETROKKENE_ID_SOORT,
        // The linked access-log row: who, in which role, about whom, in the same trace.
        gebruiker_id: 'eva-smit',
        actor: null,
        rollen: ['casemanager'],
        handeling: 'clientenLijst',
        t_trace_id: traceId,
      });
      expect(r.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(r.data_subject_id).not.toContain(r.client_id);
      expect(r.end_time.getTime()).toBeGreaterThanOrEqual(r.start_time.getTime());
    }
  });

  it('holds no user identity and no client id, name or pseudonym in any column', async () => {
    const { rows: kolommen } = await stack.db.pool.query(
      `select column_name from information_schema.columns where table_name = 'verwerkingslog' order by ordinal_position`,
    );
    expect(kolommen.map((k) => k.column_name)).toEqual([
      'id',
      'trace_id',
      'span_id',
      'parent_span_id',
      'name',
      'status_code',
      'start_time',
      'end_time',
      'processing_activity_id',
      'data_subject_id',
      'data_subject_id_type',
    ]);
    const verboden = [
      ...demoClienten.flatMap((c) => [c.id, c.naam, c.pseudoniem]),
      ...demoGebruikers.flatMap((g) => [g.id, g.naam, g.email]),
    ];
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as totaal, count(*) filter (where v::text ilike any($1))::int as n from verwerkingslog v`,
      [verboden.map((w) => `%${w}%`)],
    );
    expect(rows[0].totaal).toBeGreaterThan(0);
    expect(rows[0].n).toBe(0);
  });

  it('logs a read of one deelverzoek and the writes that lead to it, each as the person who acted', async () => {
    const sanne = demoClienten[0]!;
    const gestart = nieuweTrace();
    const start = await eva.post(
      '/deelverzoeken',
      {
        clientId: sanne.id,
        doel: 'Zorgen over de veiligheid thuis afstemmen met de huisarts',
        ontvangers: [{ organisatie: 'Huisarts' }],
      },
      { headers: { traceparent: gestart.traceparent } },
    );
    expect(start.status).toBe(201);
    const { id } = await start.json();

    // The person's act in the API, and the worker's entry in the file, in one trace.
    const bijStart = await vanTrace(gestart.traceId);
    expect(bijStart.map((r) => [r.name, r.gebruiker_id, r.actor, r.processing_activity_id])).toEqual(
      expect.arrayContaining([
        ['deelverzoekStarten', 'eva-smit', null, verwerkingsactiviteitId('deelverzoek-afwegen')],
        ['legStapVast', null, 'systeem:worker', verwerkingsactiviteitId('deelverzoek-afwegen')],
      ]),
    );
    expect(bijStart.every((r) => r.client_id === sanne.id && r.deelverzoek_id === id)).toBe(true);

    const stap = nieuweTrace();
    const opdracht = await eva.post(
      `/deelverzoeken/${id}/opdrachten`,
      {
        volgnummer: 1,
        opdracht: {
          soort: 'afweging-1',
          antwoord: { hoortBijMij: true, toelichting: 'Past bij mijn opdracht' },
        },
      },
      { headers: { traceparent: stap.traceparent } },
    );
    expect(opdracht.status).toBe(200);
    expect((await vanTrace(stap.traceId)).map((r) => [r.name, r.gebruiker_id ?? r.actor])).toEqual(
      expect.arrayContaining([
        ['opdrachtUitvoeren', 'eva-smit'],
        ['legStapVast', 'systeem:worker'],
      ]),
    );

    const lezen = nieuweTrace();
    expect((await eva.get(`/deelverzoeken/${id}/wizard`, { traceparent: lezen.traceparent })).status).toBe(
      200,
    );
    expect((await vanTrace(lezen.traceId)).map((r) => [r.name, r.client_id, r.deelverzoek_id])).toEqual([
      ['deelverzoekWizard', sanne.id, id],
    ]);
  });

  it('logs registering a client, about the new client', async () => {
    const { traceId, traceparent } = nieuweTrace();
    const antwoord = await eva.post(
      '/clienten',
      { naam: 'Nieuw Verwerkingslog', geboortedatum: '1990-05-05' },
      { headers: { traceparent } },
    );
    expect(antwoord.status).toBe(201);
    const client = await antwoord.json();
    const rijen = await vanTrace(traceId);
    expect(rijen.map((r) => [r.name, r.client_id, r.processing_activity_id])).toEqual([
      ['clientRegistreren', client.id, verwerkingsactiviteitId('client-registreren')],
    ]);
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from verwerkingslog v where v::text ilike any($1)`,
      [[`%${client.id}%`, '%Nieuw Verwerkingslog%', `%${client.pseudoniem}%`]],
    );
    expect(rows[0].n).toBe(0);
  });

  it('starts a trace of its own for a caller that sends none', async () => {
    const { rows: voor } = await stack.db.pool.query(`select count(*)::int as n from verwerkingslog`);
    expect((await eva.get(`/clienten/${demoClienten[0]!.id}`)).status).toBe(200);
    const { rows } = await stack.db.pool.query(
      `select trace_id from verwerkingslog order by start_time desc, id limit 1`,
    );
    const { rows: na } = await stack.db.pool.query(`select count(*)::int as n from verwerkingslog`);
    expect(na[0].n).toBe(voor[0].n + 1);
    expect(rows[0].trace_id).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
  });
});
