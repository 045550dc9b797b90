import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startProces, type Toestemming, voerUitOpToestemming } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controleerDossier,
  deelverzoekQueries,
  type StapVastlegging,
  toestemmingQueries,
  toestemmingRecordId,
} from '../src';
import { migrationsFolder } from '../src/migrate';
import { demoClienten } from '../src/seed/demo';
import { alsEigenaar, createTestDatabase } from '../src/testing';

const client = demoClienten[0]!;
const toestemming: Toestemming = {
  doel: 'Afstemmen van de hulp met de huisarts',
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: ['Huisartsenpraktijk'],
  wijze: 'mondeling',
  intrekkenUitgelegd: true,
  gegevenDoor: { soort: 'client' },
  op: '2026-11-23T09:30:00.000Z',
  vastgelegdDoor: { gebruikerId: 'casemanager-1' },
};

/** A closed deelverzoek whose snapshot holds one consent, written as the workflow writes a step. */
function gedeeldMetToestemming(id: string): StapVastlegging {
  const s = startProces({
    start: {
      id,
      aanvraag: {
        clientId: client.id,
        doel: toestemming.doel,
        ontvangers: [{ organisatie: 'Huisartsenpraktijk' }],
      },
      door: { gebruikerId: 'casemanager-1' },
      op: '2026-11-23T09:00:00.000Z',
      contentVersie: '2025.2.0',
      beleidVersie: 'standaard-2025.1',
    },
    client: { id: client.id, geboortedatum: '1980-05-01', wilsonbekwaam: false, vertegenwoordigers: [] },
    professional: {
      gebruikerId: 'casemanager-1',
      pet: null,
      organisatietype: 'wijkteam',
      beroepsgeheim: 'algemeen',
    },
  });
  const deelverzoek = { ...s.deelverzoek, status: 'gedeeld-met-toestemming' as const };
  return {
    deelverzoek,
    aantekeningen: s.aantekeningen,
    proces: {
      ...s.proces,
      status: 'gedeeld-met-toestemming',
      deelverzoek,
      toestemmingen: [toestemming],
    } as never,
    volgnummer: 1,
    op: deelverzoek.aangemaaktOp,
    volgende: { actie: null, op: null },
  };
}

describe('consents as records of the client (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase('toestemmingen');
  }, 60_000);
  afterAll(() => db?.drop());

  it('writes the consent of a step as a record, and a withdrawal survives the old snapshot written again', async () => {
    const stap = gedeeldMetToestemming(randomUUID());
    const dv = stap.deelverzoek.id;
    await deelverzoekQueries(db.db).legStapVast(stap);
    const q = toestemmingQueries(db.db);
    const [rij] = await q.vanClient(client.id).then((r) => r.filter((x) => x.record.gegevenIn === dv));
    const id = toestemmingRecordId(dv, 0);
    expect(rij).toEqual({
      status: 'gedeeld-met-toestemming',
      record: { ...toestemming, id, clientId: client.id, gegevenIn: dv },
    });

    const uitkomst = await q.trekIn(id, (record, gegevenIn) => {
      const r = voerUitOpToestemming(
        record,
        { soort: 'intrekken', toelichting: 'De cliënt wil het niet meer.' },
        {
          door: { gebruikerId: 'casemanager-1', rollen: ['professional'] },
          op: '2026-11-30T10:00:00.000Z',
          volgnummer: gegevenIn.volgnummer + 1,
          contentVersie: gegevenIn.contentVersie,
          beleidVersie: gegevenIn.beleidVersie,
        },
      );
      if (!r.ok) throw new Error('geweigerd');
      return r.waarde;
    });
    expect(uitkomst?.aantekening.id).toBe(`${dv}:0002`);
    // Joined the chain like every other entry; the file's next number is taken.
    expect((await deelverzoekQueries(db.db).aantekeningen(dv)).map((a) => a.soort)).toEqual([
      'deelverzoek-gestart',
      'toestemming-ingetrokken',
    ]);
    expect((await deelverzoekQueries(db.db).vind(dv))?.deelverzoek.volgnummer).toBe(2);
    expect((await controleerDossier(db.db, randomBytes(32), { clientId: client.id })).bevindingen).toEqual(
      [],
    );

    // A retry of the last step (its snapshot knows nothing of the withdrawal) does not undo it.
    await deelverzoekQueries(db.db).legStapVast(stap);
    expect((await q.vind(id))?.record.ingetrokkenOp).toBe('2026-11-30T10:00:00.000Z');
  });

  it('refuses in the same transaction: nothing is written when the rules say no', async () => {
    const stap = gedeeldMetToestemming(randomUUID());
    await deelverzoekQueries(db.db).legStapVast(stap);
    const id = toestemmingRecordId(stap.deelverzoek.id, 0);
    await expect(
      toestemmingQueries(db.db).trekIn(id, () => {
        throw new Error('geweigerd');
      }),
    ).rejects.toThrow('geweigerd');
    expect((await toestemmingQueries(db.db).vind(id))?.record.ingetrokkenOp).toBeUndefined();
    expect(await deelverzoekQueries(db.db).aantekeningen(stap.deelverzoek.id)).toHaveLength(1);
  });

  it('migration 0012 gives consents from before the table the same ids as new steps get', async () => {
    const stap = gedeeldMetToestemming(randomUUID());
    await deelverzoekQueries(db.db).legStapVast(stap);
    const id = toestemmingRecordId(stap.deelverzoek.id, 0);
    // As if written before this table existed: only the snapshot holds the consent.
    await alsEigenaar(db.ownerUrl, (c) => c.query('delete from toestemmingen where id = $1', [id]));
    const migratie = readFileSync(path.join(migrationsFolder, '0012_toestemmingen.sql'), 'utf8');
    const aanvulling = migratie.split('--> statement-breakpoint').at(-1)!;
    await alsEigenaar(db.ownerUrl, (c) => c.query(aanvulling));
    expect((await toestemmingQueries(db.db).vind(id))?.record).toEqual({
      ...toestemming,
      id,
      clientId: client.id,
      gegevenIn: stap.deelverzoek.id,
    });
  });
});
