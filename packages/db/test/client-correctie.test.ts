import { randomBytes, randomUUID } from 'node:crypto';
import { type CorrectieContext, corrigeerClient } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEGIN_HASH, clientQueries, controleerDossier, ketenHash } from '../src';
import { createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

const sleutel = randomBytes(32);

const ctx = (aantekeningId: string): CorrectieContext => ({
  door: { gebruikerId: 'casemanager-1' },
  op: new Date().toISOString(),
  vandaag: '2026-12-04',
  aantekeningId,
  vertegenwoordigerId: randomUUID(),
  contentVersie: '2025.1.0',
  beleidVersie: 'standaard-2025.1',
});
/** The domain's decision, thrown when refused, as the API hands it to the transaction. */
const besluit = (invoer: unknown, c: CorrectieContext) => (stand: Parameters<typeof corrigeerClient>[0]) => {
  const r = corrigeerClient(stand, invoer, c);
  if (!r.ok) throw new Error(r.overtredingen.map((o) => o.code).join(','));
  return r.waarde;
};

describe('the chain hash of an entry', () => {
  const vanDeelverzoek = {
    id: 'a-1',
    deelverzoekId: '11111111-2222-4333-8444-555555555555',
    clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
    soort: 'afweging-1',
    tekst: 'Afweging 1: ja.',
    door: { gebruikerId: 'casemanager-1' },
    op: '2026-11-24T12:00:00+01:00',
    contentVersie: 'c1',
    beleidVersie: 'b1',
  };

  it('is, for an entry of a deelverzoek, what it was before client-level entries existed', () => {
    // Computed with the chain code of main before this change: stored chains keep verifying.
    expect(ketenHash(vanDeelverzoek, BEGIN_HASH)).toBe(
      'f51f92456cd1dda9773f9662a6156360f634a24c6826f22806d6c5cbbcb6f853',
    );
  });

  it('covers an entry without a deelverzoek too, and tells it from one with', () => {
    const zonder = { ...vanDeelverzoek, deelverzoekId: null };
    expect(ketenHash(zonder, BEGIN_HASH)).toMatch(/^[0-9a-f]{64}$/);
    expect(ketenHash(zonder, BEGIN_HASH)).not.toBe(ketenHash(vanDeelverzoek, BEGIN_HASH));
    expect(ketenHash({ ...zonder, tekst: 'Anders.' }, BEGIN_HASH)).not.toBe(ketenHash(zonder, BEGIN_HASH));
  });
});

describe('correcting a client on PostgreSQL', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase('client_correctie');
  }, 60_000);
  afterAll(() => db?.drop());

  it('stores the change and appends the entry after the deelverzoeken’ entries; the chain verifies', async () => {
    const { clientId, ids } = await clientMetKeten(db, 3);
    const q = clientQueries(db.db);
    const geboorte = besluit(
      {
        soort: 'geboortedatum-corrigeren',
        geboortedatum: '1981-01-03',
        reden: 'Typfout bij de inschrijving.',
      },
      ctx('correctie-geboorte'),
    );
    expect(await q.corrigeer(clientId, 'correctie-geboorte', geboorte)).toBe('gedaan');
    const c = ctx('correctie-vertegenwoordiger');
    expect(
      await q.corrigeer(
        clientId,
        'correctie-vertegenwoordiger',
        besluit(
          {
            soort: 'vertegenwoordiger-toevoegen',
            naam: 'Tom de Vries',
            rol: 'voogd',
            reden: 'Benoemd door de rechter.',
          },
          c,
        ),
      ),
    ).toBe('gedaan');
    expect(
      await q.corrigeer(
        clientId,
        'correctie-wilsonbekwaam',
        besluit(
          { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: 'Na overleg met de arts.' },
          ctx('correctie-wilsonbekwaam'),
        ),
      ),
    ).toBe('gedaan');

    expect(await q.vind(clientId)).toMatchObject({ geboortedatum: '1981-01-03', wilsonbekwaam: true });
    expect((await q.vertegenwoordigers(clientId)).map((v) => [v.id, v.naam, v.rol])).toEqual([
      [c.vertegenwoordigerId, 'Tom de Vries', 'voogd'],
    ]);
    const { rows } = await db.pool.query(
      'select id, deelverzoek_id, soort, tekst, keten_volgnummer from dossieraantekeningen where client_id = $1 order by keten_volgnummer',
      [clientId],
    );
    expect(rows.map((r) => r.id)).toEqual([
      ...ids,
      'correctie-geboorte',
      'correctie-vertegenwoordiger',
      'correctie-wilsonbekwaam',
    ]);
    expect(rows.slice(-3).map((r) => [r.deelverzoek_id, r.soort])).toEqual([
      [null, 'geboortedatum-gecorrigeerd'],
      [null, 'vertegenwoordiger-toegevoegd'],
      [null, 'wilsonbekwaamheid-gewijzigd'],
    ]);
    expect(rows.at(-3).tekst).toBe(
      'Geboortedatum gecorrigeerd van 1980-01-01 naar 1981-01-03. Reden: Typfout bij de inschrijving.',
    );
    expect((await controleerDossier(db.db, sleutel, { clientId })).bevindingen).toEqual([]);
  });

  it('writes nothing when the rule refuses, and nothing twice on a retry', async () => {
    const { clientId } = await clientMetKeten(db, 2);
    const q = clientQueries(db.db);
    const ongewijzigd = besluit(
      { soort: 'geboortedatum-corrigeren', geboortedatum: '1980-01-01', reden: 'Nog eens dezelfde.' },
      ctx('correctie-niets'),
    );
    await expect(q.corrigeer(clientId, 'correctie-niets', ongewijzigd)).rejects.toThrow('ongewijzigd');
    const aantal = async () =>
      (
        await db.pool.query('select count(*)::int n from dossieraantekeningen where client_id = $1', [
          clientId,
        ])
      ).rows[0].n;
    expect(await aantal()).toBe(2);

    const c = ctx('correctie-twee-keer');
    const eenmaal = besluit(
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: 'Na overleg met de arts.' },
      c,
    );
    expect(await q.corrigeer(clientId, c.aantekeningId, eenmaal)).toBe('gedaan');
    expect(await q.corrigeer(clientId, c.aantekeningId, eenmaal)).toBe('al-gedaan');
    expect(await aantal()).toBe(3);
    expect(await q.corrigeer(randomUUID(), 'correctie-geen-client', eenmaal)).toBeUndefined();
  });

  it('keeps every other kind of entry inside a deelverzoek', async () => {
    const { clientId } = await clientMetKeten(db, 2);
    await expect(
      db.pool.query(
        `insert into dossieraantekeningen (id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie)
         values ('los-1', null, $1, 'afweging-1', 'Los.', '{"gebruikerId":"x"}', now(), 'c', 'b')`,
        [clientId],
      ),
    ).rejects.toThrow(/dossieraantekeningen_zonder_deelverzoek/);
  });
});
