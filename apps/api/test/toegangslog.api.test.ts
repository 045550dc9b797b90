import { type RouteId, routes } from '@deelwijs/contract';
import { createDb } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NIET_GELOGD, TOEGANG } from '../dist/http/toegangslog/toegang';
import {
  akkoord,
  collega,
  legVast,
  leiding,
  ONTVANGER,
  oppakken,
  toetsing,
  totAfweging4,
  totToestemming,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { type Antwoord, logIn, startStack } from './support/stack';

// Issue 11, the access log (NEN 7513) and "Wat is er over mij gedeeld?" (AVG art. 15), against the
// real API, worker and PostgreSQL: each read of a client's data leaves one row naming who, in which
// roles, what and about whom; the export of one client holds exactly that client's shares and reads.

const [sanne, , bakker] = demoClienten as [(typeof demoClienten)[0], unknown, (typeof demoClienten)[0]];

/** Shared under 4b two days ago: the client must still be told. */
const gedeeldZonderTeVragen = (client: typeof sanne) => (db: Parameters<typeof legVast>[0]) =>
  legVast(
    db,
    client,
    [
      ...totAfweging4(false, new Date(Date.now() - 3 * 24 * 3600_000)).map((o): [Opdracht] => [o]),
      [voorstel4b],
      [oppakken, collega],
      [toetsing, collega],
      [akkoord('akkoord'), leiding],
      [verstrek],
    ],
    2,
  );

/** Consent asked and given yesterday, then shared on it. */
const gedeeldMetToestemming = (db: Parameters<typeof legVast>[0]) =>
  legVast(db, sanne, [...totToestemming(), [verstrek]], 1);

describe('the access log covers every read of one client', () => {
  it('knows, for every client or deelverzoek route, whether it is logged and why not', () => {
    const metId = (Object.keys(routes) as RouteId[]).filter((id) =>
      /^\/(clienten|deelverzoeken)\/\{id\}/.test(routes[id].path),
    );
    const onbekend = metId.filter((id) => !(id in TOEGANG) && !(id in NIET_GELOGD));
    expect(onbekend).toEqual([]);
    // Every read (GET) of one of them is logged; only changes may be left out.
    expect(metId.filter((id) => id in NIET_GELOGD && routes[id].method === 'GET')).toEqual([]);
  });
});

describe('toegangslog and inzage-export (PostgreSQL, Temporal)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let lotte: Awaited<ReturnType<typeof logIn>>;
  let tom: Awaited<ReturnType<typeof logIn>>;
  let ingrid: Awaited<ReturnType<typeof logIn>>;
  const ids = { sanne4b: '', sanneToestemming: '', bakker4b: '' };

  const rijen = async (clientId: string) =>
    (
      await stack.db.pool.query(
        `select gebruiker_id, rollen, handeling, deelverzoek_id from toegangslog where client_id = $1 order by op, id`,
        [clientId],
      )
    ).rows;

  beforeAll(async () => {
    stack = await startStack();
    ids.sanne4b = await gedeeldZonderTeVragen(sanne)(stack.db.db);
    ids.sanneToestemming = await gedeeldMetToestemming(stack.db.db);
    ids.bakker4b = await gedeeldZonderTeVragen(bakker)(stack.db.db);
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    lotte = await logIn(stack.baseUrl, 'collega@demo.deelwijs.nl');
    tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
    ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('writes one row per read, naming exactly those reads, and nothing for a refused one', async () => {
    expect((await eva.get(`/clienten/${sanne.id}`)).status).toBe(200);
    expect((await eva.get(`/deelverzoeken/${ids.sanne4b}/wizard`)).status).toBe(200);
    expect((await lotte.get(`/clienten/${sanne.id}/dossieraantekeningen`)).status).toBe(200);
    expect((await eva.get(`/deelverzoeken/${ids.bakker4b}/verantwoording.pdf`)).status).toBe(200);
    // Another team's casemanager is refused: he saw nothing, so nothing is logged.
    expect((await tom.get(`/clienten/${sanne.id}`)).status).toBe(404);

    expect(await rijen(sanne.id)).toEqual([
      { gebruiker_id: 'eva-smit', rollen: ['casemanager'], handeling: 'clientVinden', deelverzoek_id: null },
      {
        gebruiker_id: 'eva-smit',
        rollen: ['casemanager'],
        handeling: 'deelverzoekWizard',
        deelverzoek_id: ids.sanne4b,
      },
      {
        gebruiker_id: 'lotte-mulder',
        rollen: ['deskundige-collega', 'casemanager'],
        handeling: 'clientDossier',
        deelverzoek_id: null,
      },
    ]);
    expect(await rijen(bakker.id)).toEqual([
      {
        gebruiker_id: 'eva-smit',
        rollen: ['casemanager'],
        handeling: 'verantwoordingPdf',
        deelverzoek_id: ids.bakker4b,
      },
    ]);
    // Ids only: no client's name anywhere in the log.
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from toegangslog t where t::text ilike any($1)`,
      [demoClienten.map((c) => `%${c.naam}%`)],
    );
    expect(rows[0].n).toBe(0);
  });

  it('exports exactly the verstrekkingen and reads of that client, and logs the export itself', async () => {
    const antwoord = await ingrid.get(`/clienten/${sanne.id}/inzage-export`);
    expect(antwoord.status).toBe(200);
    const inzage = await antwoord.json();
    expect(inzage.client).toEqual({ id: sanne.id, pseudoniem: sanne.pseudoniem });
    expect(inzage.verstrekkingen.map((v: { deelverzoekId: string }) => v.deelverzoekId).sort()).toEqual(
      [ids.sanne4b, ids.sanneToestemming].sort(),
    );
    const vier = inzage.verstrekkingen.find(
      (v: { deelverzoekId: string }) => v.deelverzoekId === ids.sanne4b,
    );
    expect(vier).toMatchObject({
      ontvangers: [ONTVANGER],
      doel: 'Zorgen over de veiligheid thuis afstemmen met de huisarts',
      route: { soort: 'doorbreking', nietVoorafInformeren: true },
      door: { gebruikerId: 'eva-smit', naam: 'Eva Smit' },
    });
    const metToestemming = inzage.verstrekkingen.find(
      (v: { deelverzoekId: string }) => v.deelverzoekId === ids.sanneToestemming,
    );
    expect(metToestemming.route).toEqual({ soort: 'toestemming' });
    expect(metToestemming.grondslag.id).toBe('toestemming');
    expect(
      inzage.toegang.map((t: { door: { naam: string }; handeling: string }) => [t.door.naam, t.handeling]),
    ).toEqual([
      ['Eva Smit', 'clientVinden'],
      ['Eva Smit', 'deelverzoekWizard'],
      ['Lotte Mulder', 'clientDossier'],
    ]);
    // Nothing of Mevrouw Bakker: not his verstrekking, not Eva's reading of his account.
    expect(JSON.stringify(inzage)).not.toContain(ids.bakker4b);
    expect(JSON.stringify(inzage)).not.toContain(bakker.id);

    // The privacy officer's reading is a read of the file like any other.
    const daarna = await (await ingrid.get(`/clienten/${sanne.id}/inzage-export`)).json();
    expect(daarna.toegang.at(-1)).toMatchObject({
      door: { gebruikerId: 'ingrid-de-boer' },
      rollen: ['privacy-officer'],
      handeling: 'clientInzageExport',
      deelverzoekId: null,
    });
    expect(daarna.toegang).toHaveLength(4);

    const bakkers = await (await ingrid.get(`/clienten/${bakker.id}/inzage-export`)).json();
    expect(bakkers.verstrekkingen.map((v: { deelverzoekId: string }) => v.deelverzoekId)).toEqual([
      ids.bakker4b,
    ]);
    expect(bakkers.toegang.map((t: { handeling: string }) => t.handeling)).toEqual(['verantwoordingPdf']);
  });

  it('logs every client on a page of a list, one row each', async () => {
    const voor = await stack.db.pool.query(
      `select count(*)::int as n from toegangslog where handeling = 'clientenLijst'`,
    );
    const pagina = await (await eva.get('/clienten?perPagina=2')).json();
    const { rows } = await stack.db.pool.query(
      `select client_id from toegangslog where handeling = 'clientenLijst' order by client_id`,
    );
    expect(voor.rows[0].n).toBe(0);
    expect(rows.map((r) => r.client_id)).toEqual(pagina.items.map((c: { id: string }) => c.id).sort());
    expect(rows).toHaveLength(2);
  });

  it('logs each open deelverzoek the werkvoorraad shows, not its tasks', async () => {
    const werk = await (await eva.get('/werkvoorraad')).json();
    const { rows } = await stack.db.pool.query(
      `select client_id, deelverzoek_id from toegangslog where handeling = 'werkvoorraad' order by deelverzoek_id`,
    );
    const getoond = werk.deelverzoeken
      .map((d: { id: string; client: { id: string } }) => ({ client_id: d.client.id, deelverzoek_id: d.id }))
      .sort((a: { deelverzoek_id: string }, b: { deelverzoek_id: string }) =>
        a.deelverzoek_id.localeCompare(b.deelverzoek_id),
      );
    expect(getoond.length).toBeGreaterThan(0);
    expect(rows).toEqual(getoond);
  });

  it('hands out nothing it cannot log', async () => {
    // As the owner, the app role loses its right to append: the read must fail, not go unlogged.
    const eigenaar = createDb(stack.db.ownerUrl);
    try {
      await eigenaar.pool.query('revoke insert on toegangslog from deelwijs_app');
      const antwoord = await eva.get(`/clienten/${sanne.id}`);
      expect(antwoord.status).toBeGreaterThanOrEqual(500);
      expect(await antwoord.text()).not.toContain(sanne.naam);
    } finally {
      await eigenaar.pool.query('grant insert on toegangslog to deelwijs_app');
      await eigenaar.close();
    }
  });

  it('publishes the export’s JSON Schema, which the real export meets, also in the OpenAPI document', async () => {
    const schema = await ((await fetch(`${stack.baseUrl}/schemas/inzage-export.json`)) as Antwoord).json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Read back as a validator: the published schema accepts a real export and refuses a cut one.
    const gepubliceerd = z.fromJSONSchema(schema);
    const inzage = await (await ingrid.get(`/clienten/${sanne.id}/inzage-export`)).json();
    expect(gepubliceerd.safeParse(inzage).error?.issues ?? []).toEqual([]);
    expect(gepubliceerd.safeParse({ ...inzage, toegang: undefined }).success).toBe(false);
    const openapi = await ((await fetch(`${stack.baseUrl}/openapi.json`)) as Antwoord).json();
    expect(Object.keys(openapi.components.schemas)).toEqual(
      expect.arrayContaining(['InzageExport', 'InzageVerstrekking', 'InzageToegang']),
    );
  });
});
