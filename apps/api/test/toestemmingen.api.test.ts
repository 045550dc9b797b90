import { randomUUID } from 'node:crypto';
import { verwerkingsactiviteitId } from '@deelwijs/content';
import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

// Issue 10, consent completed: a consent is a record of the client that outlives its deelverzoek.
// Walked for real: consent given in a deelverzoek, shared on it (closed), then withdrawn here.
const [sanne] = demoClienten;
const DOEL = 'Afstemmen van de hulp bij de schulden met de Wmo-consulent';
const aanvraag = {
  clientId: sanne!.id,
  doel: DOEL,
  ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent' }],
};
const stappen = [
  { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' } },
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
  {
    soort: 'toestemmingspoging',
    poging: {
      op: new Date(Date.now() - 60_000).toISOString(),
      wijze: 'gesprek',
      partij: { soort: 'client' },
      uitkomst: 'ja',
      reikwijdte: {
        doel: DOEL,
        gegevens: ['relevante-hulpinformatie'],
        ontvangers: ['Gemeente Zutphen'],
        wijze: 'schriftelijk',
        intrekkenUitgelegd: true,
      },
    },
  },
];
const verstrekking = {
  soort: 'verstrekking',
  verstrekking: {
    gegevens: ['relevante-hulpinformatie'],
    ontvangers: ['Gemeente Zutphen'],
    wijze: 'overleg',
    achterwegeGelaten: [],
  },
};
const run = randomUUID().slice(0, 8);
const toelichting = 'Mevrouw belde: ze wil niet langer dat wij met de gemeente overleggen.';

describe('a consent withdrawn after its deelverzoek closed', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let tom: Awaited<ReturnType<typeof logIn>>;
  let deelverzoekId = '';

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  const volgnummer = async () => (await (await eva.get(`/deelverzoeken/${deelverzoekId}`)).json()).volgnummer;
  const opdracht = async (o: unknown) => {
    const r = await eva.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, {
      volgnummer: await volgnummer(),
      opdracht: o,
    });
    expect(r.status, JSON.stringify(await r.clone().json())).toBe(200);
  };
  const vanDitDeelverzoek = async () =>
    (
      (await (await eva.get(`/clienten/${sanne!.id}/toestemmingen`)).json()) as Array<Record<string, unknown>>
    ).filter((t) => t.gegevenIn === deelverzoekId);

  it('keeps the consent given in a deelverzoek as a record of the client, withdrawn there while it is open', async () => {
    deelverzoekId = (await (await eva.post('/deelverzoeken', aanvraag)).json()).id;
    for (const stap of stappen) await opdracht(stap);
    const [record] = await vanDitDeelverzoek();
    expect(record).toMatchObject({
      clientId: sanne!.id,
      gegevenDoor: { soort: 'client' },
      gegevenDoorLabel: 'de cliënt',
      doel: DOEL,
      ontvangers: ['Gemeente Zutphen'],
      deelverzoekOpen: true,
    });
    expect(record).not.toHaveProperty('ingetrokkenOp');
    const open = await eva.post(`/toestemmingen/${record!.id}/intrekken`, { toelichting });
    expect(open.status).toBe(422);
    expect(open.headers.get('content-type')).toContain('application/problem+json');
    expect((await open.json()).overtredingen).toEqual([
      expect.objectContaining({ code: 'deelverzoek-nog-open' }),
    ]);
  });

  it('withdraws it after the verstrekking, with an entry in that deelverzoek file, once', async () => {
    await opdracht(verstrekking);
    expect((await (await eva.get(`/deelverzoeken/${deelverzoekId}`)).json()).status).toBe(
      'gedeeld-met-toestemming',
    );
    const [record] = await vanDitDeelverzoek();
    expect(record).toMatchObject({ deelverzoekOpen: false });

    // Another team's casemanager does not see it at all.
    expect((await tom.get(`/clienten/${sanne!.id}/toestemmingen`)).status).toBe(404);
    expect((await tom.post(`/toestemmingen/${record!.id}/intrekken`, { toelichting })).status).toBe(404);
    expect((await eva.post(`/toestemmingen/${record!.id}/intrekken`, { toelichting: 'kort' })).status).toBe(
      400,
    );

    const sleutel = `intrekken-${run}`;
    const ingetrokken = await eva.post(
      `/toestemmingen/${record!.id}/intrekken`,
      { toelichting },
      { sleutel },
    );
    expect(ingetrokken.status).toBe(200);
    const body = await ingetrokken.json();
    expect(body).toMatchObject({
      id: record!.id,
      ingetrokkenOp: expect.any(String),
      intrekking: { door: { gebruikerId: expect.any(String) }, toelichting },
    });
    // The same key again: the first answer, nothing written twice.
    const herhaald = await eva.post(`/toestemmingen/${record!.id}/intrekken`, { toelichting }, { sleutel });
    expect(herhaald.status).toBe(200);
    expect(herhaald.headers.get('idempotent-replayed')).toBe('true');
    // The withdrawal is a processing of the client's data: once in each log, as Eva, the repeat not again.
    const { rows: gelogd } = await stack.db.pool.query(
      `select t.gebruiker_id, t.client_id, t.deelverzoek_id, v.processing_activity_id
         from toegangslog t join verwerkingslog v using (span_id) where t.handeling = 'toestemmingIntrekken'`,
    );
    expect(gelogd).toEqual([
      {
        gebruiker_id: 'eva-smit',
        client_id: body.clientId,
        deelverzoek_id: deelverzoekId,
        processing_activity_id: verwerkingsactiviteitId('toestemming-intrekken'),
      },
    ]);

    const dossier = (await (
      await eva.get(`/deelverzoeken/${deelverzoekId}/dossieraantekeningen`)
    ).json()) as Array<{
      soort: string;
      tekst: string;
    }>;
    const intrekkingen = dossier.filter((a) => a.soort === 'toestemming-ingetrokken');
    expect(intrekkingen).toHaveLength(1);
    expect(intrekkingen[0]!.tekst).toContain(toelichting);
    expect(dossier.at(-1)!.soort).toBe('toestemming-ingetrokken');
    // The entry went through the hash chain: the privacy officer's check finds nothing wrong.
    const ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    const controle = await (await ingrid.post('/dossiercontroles', {})).json();
    expect(controle.bevindingen).toEqual([]);

    const opnieuw = await eva.post(`/toestemmingen/${record!.id}/intrekken`, { toelichting });
    expect(opnieuw.status).toBe(422);
    expect((await opnieuw.json()).overtredingen).toEqual([
      expect.objectContaining({ code: 'toestemming-al-ingetrokken' }),
    ]);
    const [daarna] = await vanDitDeelverzoek();
    expect(daarna).toMatchObject({ ingetrokkenOp: body.ingetrokkenOp });
    // The verstrekking stays on record.
    expect(dossier.some((a) => a.soort === 'verstrekking')).toBe(true);
  });
});
