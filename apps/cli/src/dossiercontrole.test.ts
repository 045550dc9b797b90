import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@deelwijs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiercontrole } from './dossiercontrole';

describe('deelwijs dossiercontrole', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const sleutel = randomBytes(32).toString('base64');
  const verwerkingslogSleutel = randomBytes(32).toString('base64');
  beforeAll(async () => {
    db = await createTestDatabase('cli_dossier');
  }, 60_000);
  afterAll(() => db?.drop());

  it('exits 0 on whole chains and 2 with the finding once an entry was added outside the chain', async () => {
    const env = {
      DATABASE_URL: db.url,
      DEELWIJS_DOSSIER_SLEUTEL: sleutel,
      DEELWIJS_VERWERKINGSLOG_SLEUTEL: verwerkingslogSleutel,
    };
    expect(await dossiercontrole(env)).toMatchObject({ code: 0, stderr: expect.stringContaining('heel') });
    const clientId = (await db.pool.query('select id from clienten limit 1')).rows[0].id;
    await db.pool.query(
      `insert into deelverzoeken (id, client_id, doel, ontvangers, status, aangemaakt_door, eigenaar, aangemaakt_op, bijgewerkt_op, content_versie, beleid_versie, volgnummer)
      values ('00000000-0000-4000-8000-000000000001', $1, 'x', '[]', 'afweging-1', '{"gebruikerId":"x"}', 'x', now(), now(), '1', '1', 1)`,
      [clientId],
    );
    await db.pool.query(
      `insert into dossieraantekeningen (id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie)
      values ('buiten-de-keten', '00000000-0000-4000-8000-000000000001', $1, 'afweging-1', 'x', '{"gebruikerId":"x"}', now(), '1', '1')`,
      [clientId],
    );
    const uit = await dossiercontrole(env);
    expect(uit.code).toBe(2);
    expect(JSON.parse(uit.stdout).bevindingen).toEqual([
      expect.objectContaining({ soort: 'niet-geketend', aantekeningId: 'buiten-de-keten' }),
    ]);
    // Reading that client's file to check it is on record, as the command, in both logs (one span).
    const { rows } = await db.pool.query(
      `select t.actor, t.gebruiker_id, v.processing_activity_id from toegangslog t join verwerkingslog v using (span_id)
        where t.client_id = $1 and t.actor = 'systeem:cli'`,
      [clientId],
    );
    expect(rows).toEqual([
      {
        actor: 'systeem:cli',
        gebruiker_id: null,
        processing_activity_id: expect.stringContaining('dossiercontrole'),
      },
    ]);
  });

  it('says in Dutch what is missing', async () => {
    const uit = await dossiercontrole({ DATABASE_URL: db.url });
    expect(uit).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('DEELWIJS_DOSSIER_SLEUTEL ontbreekt'),
    });
  });
});
