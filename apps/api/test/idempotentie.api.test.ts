import { randomUUID } from 'node:crypto';
import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

// Commands are applied exactly once: an Idempotency-Key makes a repeat return the first answer, and
// the volgnummer makes a command on a state its sender did not see a 409 (issue 8, §3).
const [sanne] = demoClienten;
const aanvraag = {
  clientId: sanne!.id,
  doel: 'Afstemmen van de hulp bij de schulden met de Wmo-consulent',
  ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent' }],
};
const afweging1 = { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt.' } };
const naarToestemming = [
  afweging1,
  {
    soort: 'afweging-2',
    antwoord: {
      welbepaaldDoel: true,
      uitdrukkelijkOmschreven: true,
      gegevens: ['relevante-hulpinformatie'],
      grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kan vrij kiezen en weet waarvoor.' },
      toelichting: 'Doel en gegevens doorgenomen.',
    },
  },
  {
    soort: 'afweging-3',
    antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
  },
];
const poging = () => ({
  soort: 'toestemmingspoging',
  poging: {
    op: new Date(Date.now() - 60_000).toISOString(),
    wijze: 'telefoon',
    partij: { soort: 'client' },
    uitkomst: 'geen-antwoord',
  },
});

// Keys are per user for ever (the workflow id follows from them), so each run uses keys of its own.
const run = randomUUID().slice(0, 8);
const k = (naam: string) => `${naam}-${run}`;

describe('exactly once: Idempotency-Key and volgnummer', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  const aantekeningen = async (id: string) =>
    (await (await eva.get(`/deelverzoeken/${id}/dossieraantekeningen`)).json()) as Array<{ soort: string }>;
  const stand = async (id: string) =>
    (await (await eva.get(`/deelverzoeken/${id}`)).json()).volgnummer as number;
  const opdracht = (id: string, volgnummer: number, o: unknown, sleutel?: string) =>
    eva.post(`/deelverzoeken/${id}/opdrachten`, { volgnummer, opdracht: o }, { sleutel });

  it('starts one deelverzoek for one key, however often the POST is repeated', async () => {
    const voor = (await (await eva.get('/deelverzoeken')).json()).totaal;
    const eerste = await eva.post('/deelverzoeken', aanvraag, { sleutel: k('start-sleutel-0001') });
    expect(eerste.status).toBe(201);
    const body = await eerste.json();
    const tweede = await eva.post('/deelverzoeken', aanvraag, { sleutel: k('start-sleutel-0001') });
    expect(tweede.status).toBe(201);
    expect(tweede.headers.get('idempotent-replayed')).toBe('true');
    expect(tweede.headers.get('location')).toBe(`/api/v1/deelverzoeken/${body.id}`);
    expect(await tweede.json()).toEqual(body);
    expect((await (await eva.get('/deelverzoeken')).json()).totaal).toBe(voor + 1);
  });

  it('refuses the same key for a different request, in Dutch', async () => {
    await eva.post('/deelverzoeken', aanvraag, { sleutel: k('start-sleutel-0002') });
    const ander = await eva.post(
      '/deelverzoeken',
      { ...aanvraag, doel: `${aanvraag.doel} (anders)` },
      {
        sleutel: k('start-sleutel-0002'),
      },
    );
    expect(ander.status).toBe(422);
    expect((await ander.json()).title).toBe('Idempotency-Key al gebruikt');
  });

  it('refuses a malformed key with a 400 naming the header', async () => {
    const response = await eva.post('/deelverzoeken', aanvraag, { sleutel: 'kort' });
    expect(response.status).toBe(400);
    expect((await response.json()).fouten).toEqual([expect.objectContaining({ pad: 'Idempotency-Key' })]);
  });

  it('asks for the volgnummer the sender saw, and refuses a stale one with 409', async () => {
    const { id } = await (await eva.post('/deelverzoeken', aanvraag)).json();
    const zonder = await eva.post(`/deelverzoeken/${id}/opdrachten`, { opdracht: afweging1 });
    expect(zonder.status).toBe(400);
    expect((await zonder.json()).fouten).toEqual([expect.objectContaining({ pad: 'volgnummer' })]);
    expect((await opdracht(id, 1, afweging1)).status).toBe(200);
    const oud = await opdracht(id, 1, naarToestemming[1]);
    expect(oud.status).toBe(409);
    expect((await oud.json()).title).toBe('Het deelverzoek is intussen gewijzigd');
    expect((await aantekeningen(id)).map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1']);
  });

  it('writes one entry for ten concurrent identical attempts with one key, and for ten with their own keys', async () => {
    const { id } = await (await eva.post('/deelverzoeken', aanvraag)).json();
    for (const stap of naarToestemming) expect((await opdracht(id, await stand(id), stap)).status).toBe(200);
    const telPogingen = async () =>
      (await aantekeningen(id)).filter((a) => a.soort === 'toestemmingspoging').length;

    // Same key: one runs, the others get its answer or are told it is still being handled.
    const v1 = await stand(id);
    const zelfde = poging();
    const eenSleutel = await Promise.all(
      Array.from({ length: 10 }, () => opdracht(id, v1, zelfde, k('poging-sleutel-00001'))),
    );
    expect(eenSleutel.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(eenSleutel.some((r) => r.status === 200)).toBe(true);
    expect(await telPogingen()).toBe(1);

    // A repeat after all settled returns the first answer.
    const herhaling = await opdracht(id, v1, zelfde, k('poging-sleutel-00001'));
    expect(herhaling.status).toBe(200);
    expect(herhaling.headers.get('idempotent-replayed')).toBe('true');

    // Different keys, same state seen: exactly one is applied, the rest are stale.
    const v2 = await stand(id);
    const eigenSleutels = await Promise.all(
      Array.from({ length: 10 }, (_, i) => opdracht(id, v2, poging(), k(`eigen-sleutel-${i}`))),
    );
    const statussen = eigenSleutels.map((r) => r.status).sort();
    expect(statussen).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(await telPogingen()).toBe(2);
    expect(await stand(id)).toBe(v2 + 1);
  });

  it('lets Temporal deduplicate a retry whose first answer was never stored (the API died in between)', async () => {
    const { id } = await (await eva.post('/deelverzoeken', aanvraag)).json();
    expect((await opdracht(id, 1, afweging1, k('verloren-antwoord-1'))).status).toBe(200);
    // What a crash between the Update and storing its answer leaves: no stored answer for the key.
    await stack.db.pool.query('delete from idempotentie where sleutel = $1', [k('verloren-antwoord-1')]);
    const opnieuw = await opdracht(id, 1, afweging1, k('verloren-antwoord-1'));
    expect(opnieuw.status).toBe(200);
    expect((await opnieuw.json()).status).toBe('afweging-2');
    expect((await aantekeningen(id)).map((a) => a.soort)).toEqual(['deelverzoek-gestart', 'afweging-1']);
  });

  it('returns the same refusal again for the same key', async () => {
    const { id } = await (await eva.post('/deelverzoeken', aanvraag)).json();
    const eerst = await opdracht(
      id,
      1,
      { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'x' } },
      k('weigering-00001'),
    );
    const dan = await opdracht(
      id,
      1,
      { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'x' } },
      k('weigering-00001'),
    );
    expect(eerst.status).toBe(400);
    expect(dan.status).toBe(400);
    expect(await dan.json()).toEqual(await eerst.json());
  });
});
