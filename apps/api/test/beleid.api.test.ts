import { standaardBeleid } from '@deelwijs/content';
import { BeleidOverzicht, BeleidsversieView } from '@deelwijs/contract';
import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totAfweging4 } from './support/doorbreking';
import { logIn, startStack } from './support/stack';

// Issue 12: the beheerder's own deadlines as a versioned policy. A new version holds for deelverzoeken
// that start after it; one that started before keeps the clocks it started with, to its end.

const sanne = demoClienten[0]!;
const UUR = 3_600_000;

describe("the organisation's own deadlines (PostgreSQL, Temporal)", () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let beheer: Awaited<ReturnType<typeof logIn>>;
  let eva: Awaited<ReturnType<typeof logIn>>;

  beforeAll(async () => {
    stack = await startStack();
    [beheer, eva] = await Promise.all([
      logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl'),
      logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl'),
    ]);
  });
  afterAll(() => stack?.stop());

  /** Starts a deelverzoek and walks it to afweging 4a, where the consent clock starts. */
  async function totToestemmingsklok(id?: string) {
    const deelverzoekId =
      id ??
      (
        await (
          await eva.post('/deelverzoeken', {
            clientId: sanne.id,
            doel: 'Afstemmen van de hulp met de huisarts',
            ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde', rol: 'huisarts' }],
          })
        ).json()
      ).id;
    return deelverzoekId as string;
  }
  async function doorTotAfweging4(deelverzoekId: string) {
    let volgnummer = 1;
    let view:
      | {
          status: string;
          volgendeActie: string | null;
          volgendeActieOp: string | null;
          volgendeActieInWerkdagen: boolean;
        }
      | undefined;
    for (const opdracht of totAfweging4().slice(0, 3)) {
      const antwoord = await eva.post(`/deelverzoeken/${deelverzoekId}/opdrachten`, { volgnummer, opdracht });
      expect(antwoord.status, await antwoord.clone().text()).toBe(200);
      view = await antwoord.json();
      volgnummer += 1;
    }
    return (await (await eva.get(`/deelverzoeken/${deelverzoekId}`)).json()) as typeof view & {
      beleidVersie: string;
    };
  }

  it('shows the default as in force, with the limits of the law, before anything is set', async () => {
    const antwoord = await beheer.get('/beheer/beleid');
    expect(antwoord.status).toBe(200);
    const overzicht = BeleidOverzicht.parse(await antwoord.json());
    expect(overzicht.inGebruik).toEqual({
      versie: standaardBeleid.versie,
      sinds: null,
      bron: 'standaard',
      beleid: standaardBeleid,
    });
    expect(overzicht.versies).toEqual([]);
    expect(overzicht.grenzen.map((g) => g.pad)).toEqual(['informerenAchteraf.termijn', 'uitstel.maximaal']);
  });

  it('refuses a deadline beyond the law on its field, in Dutch, and writes nothing', async () => {
    const antwoord = await beheer.post('/beheer/beleid', {
      toelichting: 'Wij willen cliënten later informeren.',
      klokken: { informerenAchteraf: { termijn: { aantal: 45, eenheid: 'kalenderdagen' } } },
    });
    expect(antwoord.status).toBe(400);
    expect(antwoord.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const probleem = await antwoord.json();
    expect(probleem.fouten).toEqual([
      {
        pad: 'klokken.informerenAchteraf.termijn',
        bericht: expect.stringMatching(/hoogstens 30 kalenderdagen .*AVG art\. 14 lid 3/),
      },
    ]);
    expect((await (await beheer.get('/beheer/beleid')).json()).versies).toEqual([]);
  });

  it('lets only the beheerder set it; the privacy officer may read what holds', async () => {
    const body = { toelichting: 'Sneller herinneren.', klokken: {} };
    expect((await eva.post('/beheer/beleid', body)).status).toBe(403);
    expect((await eva.get('/beheer/beleid')).status).toBe(403);
    const privacy = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    expect((await privacy.post('/beheer/beleid', body)).status).toBe(403);
    expect((await privacy.get('/beheer/beleid')).status).toBe(200);
  });

  it('changes a deadline for deelverzoeken that start after it, and not for one already running', async () => {
    // Started under the default: its consent clock must stay at three working days.
    const eerder = await totToestemmingsklok();

    const antwoord = await beheer.post('/beheer/beleid', {
      toelichting: 'Wij herinneren al na een dag aan de eerste poging om toestemming.',
      klokken: { toestemming: { herinneringZonderPoging: { aantal: 1, eenheid: 'kalenderdagen' } } },
    });
    expect(antwoord.status).toBe(201);
    const versie = BeleidsversieView.parse(await antwoord.json());
    expect(versie).toMatchObject({
      versie: 'organisatie-1',
      vastgesteldDoor: { id: expect.any(String), naam: expect.any(String) },
      afwijkingen: ['toestemming.herinneringZonderPoging'],
    });
    const overzicht = BeleidOverzicht.parse(await (await beheer.get('/beheer/beleid')).json());
    expect(overzicht.inGebruik).toMatchObject({
      versie: 'organisatie-1',
      bron: 'organisatie',
      sinds: versie.vastgesteldOp,
    });

    const nieuw = await totToestemmingsklok();
    const [oud, na] = [await doorTotAfweging4(eerder), await doorTotAfweging4(nieuw)];
    expect(oud.beleidVersie).toBe(standaardBeleid.versie);
    expect(na.beleidVersie).toBe('organisatie-1');
    expect(oud.volgendeActie).toBe(na.volgendeActie);
    const overUren = (op: string | null) => (Date.parse(op!) - Date.now()) / UUR;
    // One calendar day for the new one; three working days (at least 72 hours) for the old one.
    expect(overUren(na.volgendeActieOp)).toBeGreaterThan(23);
    expect(overUren(na.volgendeActieOp)).toBeLessThan(24.1);
    expect(overUren(oud.volgendeActieOp)).toBeGreaterThan(71);
    // Each says what is left in the unit of its own policy: werkdagen for the old one only.
    expect([oud.volgendeActieInWerkdagen, na.volgendeActieInWerkdagen]).toEqual([true, false]);

    // A second version gets the next name and becomes the one in force; the first stays on record.
    const tweede = await beheer.post('/beheer/beleid', {
      toelichting: 'Terug naar de standaard voor de herinnering.',
      klokken: {},
    });
    expect(tweede.status).toBe(201);
    const daarna = BeleidOverzicht.parse(await (await beheer.get('/beheer/beleid')).json());
    expect(daarna.versies.map((v) => v.versie)).toEqual(['organisatie-2', 'organisatie-1']);
    expect(daarna.inGebruik.versie).toBe('organisatie-2');
  });
});
