import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten.find((c) => c.team === 'wijkteam-noord')!;
const gegevens = ['relevante-hulpinformatie'];
const ONTVANGER = 'Thuiszorg Oost';
const v = { voldaan: true, onderbouwing: 'Uitvoerig besproken en onderbouwd in het team.' };

/** A doorbreking under 4b: refused consent, a proposal not telling the client first, review, signature. */
const tot4b = [
  { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' } },
  {
    soort: 'afweging-2',
    antwoord: {
      welbepaaldDoel: true,
      uitdrukkelijkOmschreven: true,
      gegevens,
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
      uitkomst: 'nee',
    },
  },
  { soort: 'start-afweging-4', reden: 'client-weigert', toelichting: 'De cliënt weigert na uitleg.' },
  {
    soort: 'doorbrekingsvoorstel',
    voorstel: {
      gesprek: {
        belang: 'Zijn gezondheid gaat snel achteruit en hij woont alleen.',
        doel: 'De thuiszorg laten ingrijpen voordat het misgaat.',
        wat: 'Onze zorgen over zijn veiligheid, niet zijn dossier.',
      },
      goedeArgumentenClient: false,
      grond: 'conflict-van-plichten',
      voorwaarden: {
        allesGedaanVoorToestemming: v,
        gewetensnood: v,
        geenAndereWeg: v,
        zwijgenGeeftErnstigeSchade: v,
        doorbrekenVoorkomtSchade: v,
      },
      wat: 'Zorgen over zijn veiligheid delen met de thuiszorg.',
      nietVoorafInformeren: {
        reden: 'bescherming-betrokkene',
        onderbouwing: 'Een huisgenoot zou het merken en hem iets aandoen.',
        overlegMetCollegas: 'Besproken in het teamoverleg van dinsdag.',
      },
      toelichting: 'Met de cliënt besproken; hij blijft weigeren.',
    },
  },
];

describe('the letter informing a client afterwards (API, PostgreSQL, Temporal, worker)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;
  let id: string;
  let laatste: number;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const lotte = await logIn(stack.baseUrl, 'collega@demo.deelwijs.nl');
    const ahmed = await logIn(stack.baseUrl, 'leidinggevende@demo.deelwijs.nl');
    const start = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: 'Hulp thuis afstemmen met de thuiszorg.',
      ontvangers: [{ organisatie: ONTVANGER, rol: 'thuiszorg' }],
    });
    const begin = await start.json();
    id = begin.id;
    let volgnummer: number = begin.volgnummer;
    const stappen: Array<[typeof eva, object]> = [
      ...tot4b.map((o) => [eva, o] as [typeof eva, object]),
      [lotte, { soort: 'toetsing-oppakken' }],
      [
        lotte,
        { soort: 'collegiale-toetsing', toetsing: { oordeel: 'eens', toelichting: 'Goed onderbouwd.' } },
      ],
      [
        ahmed,
        { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'akkoord', toelichting: 'Verantwoord.' } },
      ],
    ];
    for (const [wie, opdracht] of stappen) {
      const r = await wie.post(`/deelverzoeken/${id}/opdrachten`, { opdracht, volgnummer });
      if (r.status !== 200) throw new Error(`${JSON.stringify(opdracht)}: ${r.status} ${await r.text()}`);
      volgnummer = (await r.json()).volgnummer;
    }
    laatste = volgnummer;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('is refused while the client need not be told afterwards, with the rule and its source', async () => {
    const r = await eva.get(`/deelverzoeken/${id}/brief-informeren-achteraf`);
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect((await r.json()).overtredingen[0].bron).toMatch(/afweging 4b/);
  });

  it('drafts the letter after a 4b verstrekking, as HTML and PDF, with the facts and the rights', async () => {
    const gedeeld = await eva.post(`/deelverzoeken/${id}/opdrachten`, {
      volgnummer: laatste,
      opdracht: {
        soort: 'verstrekking',
        verstrekking: { gegevens, ontvangers: [ONTVANGER], wijze: 'overleg', achterwegeGelaten: [] },
      },
    });
    expect((await gedeeld.json()).status).toBe('informeren-achteraf');

    const r = await eva.get(`/deelverzoeken/${id}/brief-informeren-achteraf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const html = await r.text();
    expect(html).toContain(`Beste ${sanne.naam},`);
    expect(html).toContain(ONTVANGER);
    expect(html).toContain('Hulp thuis afstemmen met de thuiszorg.');
    expect(html).toContain('als u het eerder wist, kon dat u zelf in gevaar brengen.');
    expect(html).toContain('Autoriteit Persoonsgegevens');
    expect(html).toContain('Eva Smit, wijkteam noord');

    const pdf = await eva.get(`/deelverzoeken/${id}/brief-informeren-achteraf.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('is not for another team, nor for a role that does not write to clients', async () => {
    const tom = await logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl');
    expect((await tom.get(`/deelverzoeken/${id}/brief-informeren-achteraf`)).status).toBe(404);
    const privacy = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    expect((await privacy.get(`/deelverzoeken/${id}/brief-informeren-achteraf`)).status).toBe(403);
  });
});
