import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOEL, ONTVANGER } from './support/doorbreking';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten[0]!;
type Persoon = Awaited<ReturnType<typeof logIn>>;

interface Regel {
  id: string;
  soort: string;
  tekst: string;
  deelverzoekId: string | null;
  door: { gebruikerId: string };
  leesbaar: { titel: string; tekst: string | null; deel: string; wie: { naam: string } };
}

/** Putting a client's data right afterwards: POST /clienten/{id}/correcties. */
describe('client corrections', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Persoon;
  let tom: Persoon;
  let ingrid: Persoon;
  let ahmed: Persoon;

  const corrigeer = (wie: Persoon, body: unknown, clientId = sanne.id, sleutel?: string) =>
    wie.post(`/clienten/${clientId}/correcties`, body, sleutel ? { sleutel } : undefined);
  const dossier = async () =>
    (await (await eva.get(`/clienten/${sanne.id}/dossieraantekeningen`)).json()) as Regel[];
  const telling = async () => {
    const { rows } = await stack.db.pool.query(
      `select (select count(*)::int from dossieraantekeningen where client_id = $1) as aantekeningen,
              (select count(*)::int from vertegenwoordigers where client_id = $1) as vertegenwoordigers,
              (select geboortedatum::text from clienten where id = $1) as geboortedatum,
              (select wilsonbekwaam from clienten where id = $1) as wilsonbekwaam`,
      [sanne.id],
    );
    return rows[0];
  };

  beforeAll(async () => {
    stack = await startStack();
    [eva, tom, ingrid, ahmed] = (await Promise.all(
      [
        'casemanager@demo.deelwijs.nl',
        'jeugd@demo.deelwijs.nl',
        'privacy@demo.deelwijs.nl',
        'leidinggevende@demo.deelwijs.nl',
      ].map((e) => logIn(stack.baseUrl, e)),
    )) as [Persoon, Persoon, Persoon, Persoon];
  }, 180_000);
  afterAll(() => stack?.stop());

  it('writes the change and a readable entry without deelverzoek, logs it, and leaves a running deelverzoek alone', async () => {
    // A deelverzoek that runs while the client is corrected: it keeps the client it started with.
    const start = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    expect(start.status).toBe(201);
    const lopend = (await start.json()) as { id: string };
    const procesVoor = (
      await stack.db.pool.query('select proces from deelverzoeken where id = $1', [lopend.id])
    ).rows[0].proces;

    const r = await corrigeer(
      eva,
      {
        soort: 'geboortedatum-corrigeren',
        geboortedatum: '1988-01-03',
        reden: 'Typfout bij de inschrijving.',
      },
      sanne.id,
      'correctie-geboorte-1',
    );
    const client = await r.json();
    expect(r.status, JSON.stringify(client)).toBe(200);
    expect(client).toMatchObject({ id: sanne.id, geboortedatum: '1988-01-03', lopendeDeelverzoeken: 1 });
    expect(await telling()).toMatchObject({ geboortedatum: '1988-01-03' });

    const toegevoegd = await corrigeer(eva, {
      soort: 'vertegenwoordiger-toevoegen',
      naam: 'Tom de Vries',
      rol: 'mentor',
      reden: 'De rechter heeft een mentor benoemd.',
    });
    expect(toegevoegd.status).toBe(200);
    const metMentor = await toegevoegd.json();
    expect(metMentor.vertegenwoordigers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ naam: 'Tom de Vries', rol: 'mentor', rolLabel: 'mentor' }),
      ]),
    );
    const wilsonbekwaam = await corrigeer(eva, {
      soort: 'wilsonbekwaamheid-wijzigen',
      wilsonbekwaam: true,
      reden: 'Na overleg met de huisarts.',
    });
    expect(wilsonbekwaam.status).toBe(200);
    expect((await wilsonbekwaam.json()).wilsonbekwaam).toBe(true);

    const regels = (await dossier()).filter((a) => a.deelverzoekId === null);
    expect(regels.map((a) => [a.soort, a.door.gebruikerId, a.leesbaar.deel])).toEqual([
      ['geboortedatum-gecorrigeerd', 'eva-smit', 'clientgegevens'],
      ['vertegenwoordiger-toegevoegd', 'eva-smit', 'clientgegevens'],
      ['wilsonbekwaamheid-gewijzigd', 'eva-smit', 'clientgegevens'],
    ]);
    expect(regels.map((a) => a.leesbaar.tekst)).toEqual([
      'Geboortedatum gecorrigeerd van 14 maart 1987 naar 3 januari 1988 door Eva Smit (casemanager). Reden: Typfout bij de inschrijving.',
      'Vertegenwoordiger Tom de Vries (mentor) toegevoegd door Eva Smit (casemanager). Reden: De rechter heeft een mentor benoemd.',
      'Wilsonbekwaamheid gewijzigd van niet wilsonbekwaam naar wilsonbekwaam door Eva Smit (casemanager). Reden: Na overleg met de huisarts.',
    ]);

    // The running deelverzoek's snapshot is untouched.
    const procesNa = (
      await stack.db.pool.query('select proces from deelverzoeken where id = $1', [lopend.id])
    ).rows[0].proces;
    expect(procesNa).toEqual(procesVoor);
    expect(procesVoor.client).toMatchObject({ geboortedatum: sanne.geboortedatum, wilsonbekwaam: false });

    // A deelverzoek started now takes the corrected client: the mentor can be asked for consent.
    const nieuw = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    expect(nieuw.status).toBe(201);
    const { id: nieuwId } = (await nieuw.json()) as { id: string };
    const snapshot = (await stack.db.pool.query('select proces from deelverzoeken where id = $1', [nieuwId]))
      .rows[0].proces.client;
    expect(snapshot).toMatchObject({ geboortedatum: '1988-01-03', wilsonbekwaam: true });
    expect(snapshot.vertegenwoordigers).toEqual(
      expect.arrayContaining([expect.objectContaining({ rol: 'mentor' })]),
    );

    // Both logs: one row per correction, as the casemanager, under "Cliënt vastleggen of verbeteren".
    const log = await stack.db.pool.query(
      `select t.gebruiker_id, t.deelverzoek_id, v.processing_activity_id from toegangslog t join verwerkingslog v using (span_id)
        where t.handeling = 'clientCorrigeren' and t.client_id = $1`,
      [sanne.id],
    );
    expect(log.rows).toHaveLength(3);
    for (const rij of log.rows) {
      expect(rij).toMatchObject({ gebruiker_id: 'eva-smit', deelverzoek_id: null });
      expect(rij.processing_activity_id).toMatch(/\/client-registreren$/);
    }

    // Repeated with the same Idempotency-Key: the same answer, nothing written twice.
    const voor = await telling();
    const opnieuw = await corrigeer(
      eva,
      {
        soort: 'geboortedatum-corrigeren',
        geboortedatum: '1988-01-03',
        reden: 'Typfout bij de inschrijving.',
      },
      sanne.id,
      'correctie-geboorte-1',
    );
    expect(opnieuw.status).toBe(200);
    expect(await telling()).toEqual(voor);

    // "Wat is er over mij gedeeld?": the client's access export names each correction, by whom.
    const inzage = await (await ingrid.get(`/clienten/${sanne.id}/inzage-export`)).json();
    expect(
      (inzage.toegang as Array<{ handeling: string; door: { naam: string } }>).filter(
        (t) => t.handeling === 'clientCorrigeren',
      ),
    ).toEqual(
      Array.from({ length: 3 }, () =>
        expect.objectContaining({ door: expect.objectContaining({ naam: 'Eva Smit' }) }),
      ),
    );

    // The privacy officer's check of every chain finds nothing wrong.
    const controle = await (await ingrid.post('/dossiercontroles', {})).json();
    expect(controle.bevindingen).toEqual([]);
  });

  it('is the casemanager’s of the client’s team only', async () => {
    const voor = await telling();
    const body = { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: false, reden: 'Niet mijn cliënt.' };
    const anderTeam = await corrigeer(tom, body);
    expect(anderTeam.status).toBe(404);
    const privacy = await corrigeer(ingrid, body);
    expect(privacy.status).toBe(403);
    expect((await privacy.json()).detail).toMatch(/privacy officer/);
    const leiding = await corrigeer(ahmed, body);
    expect(leiding.status).toBe(403);
    expect((await leiding.json()).detail).toBe('Hiervoor is de rol casemanager nodig.');
    expect(await telling()).toEqual(voor);
  });

  it('refuses bad input in Dutch and writes nothing', async () => {
    const voor = await telling();
    const gevallen: Array<[unknown, number, string]> = [
      [
        { soort: 'vertegenwoordiger-toevoegen', naam: '', rol: 'voogd', reden: 'Benoemd door de rechter.' },
        400,
        'Vul de naam van de vertegenwoordiger in (minstens 2 tekens).',
      ],
      [
        { soort: 'vertegenwoordiger-toevoegen', naam: 'Piet Jansen', reden: 'Benoemd door de rechter.' },
        400,
        'Kies hoe deze persoon de cliënt vertegenwoordigt (bijvoorbeeld ouder met gezag of voogd).',
      ],
      [
        { soort: 'geboortedatum-corrigeren', geboortedatum: '1988-01-03' },
        400,
        'Schrijf op waarom u dit wijzigt.',
      ],
      [
        {
          soort: 'geboortedatum-corrigeren',
          geboortedatum: '2999-01-01',
          reden: 'Typfout bij de inschrijving.',
        },
        422,
        'De geboortedatum ligt in de toekomst.',
      ],
      [
        { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: 'Nog eens markeren.' },
        422,
        'De cliënt staat al als wilsonbekwaam. Er is niets te wijzigen.',
      ],
      [
        {
          soort: 'vertegenwoordiger-toevoegen',
          naam: 'Tom de Vries',
          rol: 'mentor',
          reden: 'Nog eens toevoegen.',
        },
        422,
        'Tom de Vries staat al als mentor bij deze cliënt.',
      ],
    ];
    for (const [body, status, bericht] of gevallen) {
      const r = await corrigeer(eva, body);
      const p = await r.json();
      expect(r.status, JSON.stringify(p)).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const berichten = [...(p.fouten ?? []), ...(p.overtredingen ?? [])].map(
        (f: { bericht: string }) => f.bericht,
      );
      expect(berichten).toContain(bericht);
    }
    expect(await telling()).toEqual(voor);
  });
});
