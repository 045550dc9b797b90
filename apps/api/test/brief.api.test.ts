import { demoClienten } from '@deelwijs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  akkoord,
  DOEL,
  ONTVANGER,
  oppakken,
  toetsing,
  totAfweging4,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten.find((c) => c.team === 'wijkteam-noord')!;

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
      doel: DOEL,
      ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
    });
    const begin = await start.json();
    id = begin.id;
    let volgnummer: number = begin.volgnummer;
    // A doorbreking under 4b: refused consent, a proposal not telling the client first, review, signature.
    const stappen: Array<[typeof eva, object]> = [
      ...[...totAfweging4(), voorstel4b].map((o) => [eva, o] as [typeof eva, object]),
      [lotte, oppakken],
      [lotte, toetsing],
      [ahmed, akkoord('akkoord')],
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
      opdracht: verstrek,
    });
    expect((await gedeeld.json()).status).toBe('informeren-achteraf');

    const r = await eva.get(`/deelverzoeken/${id}/brief-informeren-achteraf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const html = await r.text();
    expect(html).toContain(`Beste ${sanne.naam},`);
    expect(html).toContain(ONTVANGER);
    expect(html).toContain(DOEL);
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
