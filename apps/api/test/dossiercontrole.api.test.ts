import { demoClienten } from '@deelwijs/db/seed';
import { alsEigenaar } from '@deelwijs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten[0]!;

describe('the privacy officer verifies the dossier', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('finds every chain whole after real steps, then names the entry an owner altered', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    const start = await eva.post('/deelverzoeken', {
      clientId: sanne.id,
      doel: 'Afstemmen van de hulp met de huisarts',
      ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde' }],
    });
    const { id } = await start.json();
    const stap = await eva.post(`/deelverzoeken/${id}/opdrachten`, {
      volgnummer: 1,
      opdracht: { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Past bij mijn taak' } },
    });
    expect(stap.status).toBe(200);

    const heel = await ingrid.post('/dossiercontroles', {});
    expect(heel.status).toBe(200);
    expect(await heel.json()).toMatchObject({
      aantekeningen: 2,
      bevindingen: [],
      nieuweControlepunten: 1,
      verwijderingen: [],
    });
    // Reading Sanne's file to recompute it is on record, as the privacy officer who asked.
    const gelezen = await stack.db.pool.query(
      `select t.client_id, t.rollen from toegangslog t join verwerkingslog v using (span_id)
        where t.handeling = 'dossiercontrole'`,
    );
    expect(gelezen.rows).toEqual([{ client_id: sanne.id, rollen: ['privacy-officer'] }]);

    // The application's own role cannot do this; an owner who switches the trigger off can.
    await expect(
      stack.db.pool.query(`update dossieraantekeningen set tekst = 'Anders' where id = $1`, [`${id}:0002`]),
    ).rejects.toThrow(/permission denied/);
    await alsEigenaar(stack.db.ownerUrl, (c) =>
      c.query(`update dossieraantekeningen set tekst = 'Anders' where id = $1`, [`${id}:0002`]),
    );

    const uitslag = await (await ingrid.post('/dossiercontroles', {})).json();
    expect(uitslag.bevindingen).toEqual([
      expect.objectContaining({ soort: 'gewijzigd', aantekeningId: `${id}:0002`, clientId: sanne.id }),
    ]);
    // What the officer sees names the entry, never its content.
    expect(JSON.stringify(uitslag)).not.toContain('Anders');
  });
});
