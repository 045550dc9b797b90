import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startProces } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, deelverzoekQueries } from '../src';
import { startEmbeddedPostgres } from '../src/embedded/postgres-server';
import { rolVanUrl, runMigrations } from '../src/migrate';
import { demoClienten, seedDemo } from '../src/seed/demo';
import { createTestDatabase } from '../src/testing';

const stap = (id: string) =>
  startProces({
    start: {
      id,
      aanvraag: {
        clientId: demoClienten[0]!.id,
        doel: 'Afstemmen van de hulp met de huisarts',
        ontvangers: [{ organisatie: 'Huisartsenpraktijk' }],
      },
      door: { gebruikerId: 'casemanager-1' },
      op: '2026-11-23T09:00:00.000Z',
      contentVersie: '2025.1.0',
      beleidVersie: 'standaard-2025.1',
    },
    client: {
      id: demoClienten[0]!.id,
      geboortedatum: '1980-05-01',
      wilsonbekwaam: false,
      vertegenwoordigers: [],
    },
    professional: {
      gebruikerId: 'casemanager-1',
      pet: null,
      organisatietype: 'wijkteam',
      beroepsgeheim: 'algemeen',
    },
  });

const geenActie = { actie: null, op: null };
/** The first step of a deelverzoek as the workflow writes it. */
const eersteStap = (id: string) => {
  const { deelverzoek, aantekeningen, proces } = stap(id);
  return {
    deelverzoek,
    aantekeningen,
    proces,
    volgnummer: 1,
    op: deelverzoek.aangemaaktOp,
    volgende: geenActie,
  };
};

// The same behaviour must hold on Debian PostgreSQL (tests, production) and on the embedded server
// from npm binaries (quick start).
// Both as production runs them: the owner role migrates, the handle connects as the app role.
const backends: Array<
  [string, () => Promise<{ handle: DbHandle; ownerUrl: string; stop: () => Promise<void> }>]
> = [
  [
    'PostgreSQL',
    async () => {
      const t = await createTestDatabase('db_test');
      return { handle: t, ownerUrl: t.ownerUrl, stop: t.drop };
    },
  ],
  [
    'embedded PostgreSQL',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'deelwijs-embedded-pg-'));
      const server = await startEmbeddedPostgres({
        dataDir: path.join(dir, 'data'),
        port: 20000 + Math.floor(Math.random() * 20000),
      });
      await runMigrations(server.eigenaarUrl, { appRol: rolVanUrl(server.appUrl) });
      const handle = createDb(server.appUrl);
      await seedDemo(handle.db);
      return {
        handle,
        ownerUrl: server.eigenaarUrl,
        stop: async () => {
          await handle.close();
          await server.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(backends)('%s', (_, open) => {
  let handle: DbHandle;
  let ownerUrl: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, ownerUrl, stop } = await open());
  }, 60_000);
  afterAll(() => stop());

  it('writes a step once, however often it is retried', async () => {
    const eerste = eersteStap('11111111-1111-4111-8111-111111111111');
    const { deelverzoek } = eerste;
    const q = deelverzoekQueries(handle.db);
    await q.legStapVast(eerste);
    await q.legStapVast(eerste);
    expect(await q.aantekeningen(deelverzoek.id)).toHaveLength(1);
    expect((await q.vind(deelverzoek.id))?.deelverzoek.status).toBe('afweging-1');
  });

  it('never moves the status, next action or process snapshot back when an older step is replayed', async () => {
    const eerste = eersteStap('22222222-2222-4222-8222-222222222222');
    const { deelverzoek, proces } = eerste;
    const q = deelverzoekQueries(handle.db);
    const later = {
      ...eerste,
      deelverzoek: { ...deelverzoek, status: 'doorverwezen' as const },
      aantekeningen: [],
      proces: { ...proces, volgnummer: 2 },
      volgnummer: 2,
      op: '2026-11-23T10:00:00.000Z',
      volgende: { actie: 'toestemming-vragen' as const, op: '2026-11-30T10:00:00.000Z', inWerkdagen: true },
    };
    await q.legStapVast(later);
    await q.legStapVast({
      ...eerste,
      volgende: { actie: 'toestemming-vragen', op: '2026-11-24T09:00:00.000Z' },
    });
    const rij = (await q.vind(deelverzoek.id))?.deelverzoek;
    expect(rij?.status).toBe('doorverwezen');
    expect(rij?.volgendeActie).toBe('toestemming-vragen');
    expect(new Date(rij!.volgendeActieOp!).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(rij?.volgendeActieInWerkdagen).toBe(true);
    expect((await q.procesStand(deelverzoek.id))?.proces?.volgnummer).toBe(2);
  });

  it('takes the latest run of the same step: its snapshot is what the workflow now holds', async () => {
    const eerste = eersteStap('66666666-6666-4666-8666-666666666666');
    const q = deelverzoekQueries(handle.db);
    await q.legStapVast(eerste);
    const opnieuw = {
      ...eerste,
      proces: {
        ...eerste.proces,
        deelverzoek: { ...eerste.proces.deelverzoek, aangemaaktOp: '2026-11-23T09:00:05.000Z' },
      },
    };
    await q.legStapVast(opnieuw);
    expect((await q.procesStand(eerste.deelverzoek.id))?.proces).toEqual(opnieuw.proces);
    expect(await q.aantekeningen(eerste.deelverzoek.id)).toHaveLength(1);
  });

  it('keeps the process snapshot of the step, with the team it belongs to', async () => {
    const eerste = eersteStap('55555555-5555-4555-8555-555555555555');
    const q = deelverzoekQueries(handle.db);
    await q.legStapVast(eerste);
    expect(await q.procesStand(eerste.deelverzoek.id)).toEqual({
      proces: eerste.proces,
      team: demoClienten[0]!.team,
    });
    // Lists and views leave the snapshot out.
    expect(await q.vind(eerste.deelverzoek.id)).not.toHaveProperty('deelverzoek.proces');
  });

  it('refuses to change or delete a dossieraantekening: the app role has no right, the owner meets the trigger', async () => {
    await deelverzoekQueries(handle.db).legStapVast(eersteStap('33333333-3333-4333-8333-333333333333'));
    await expect(handle.pool.query(`UPDATE dossieraantekeningen SET tekst = 'gewijzigd'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(handle.pool.query('DELETE FROM dossieraantekeningen')).rejects.toThrow(/permission denied/);
    const eigenaar = createDb(ownerUrl, { max: 1 });
    try {
      await expect(
        eigenaar.pool.query(`UPDATE dossieraantekeningen SET tekst = 'gewijzigd'`),
      ).rejects.toThrow(/onveranderlijk/);
      await expect(eigenaar.pool.query('DELETE FROM dossieraantekeningen')).rejects.toThrow(/onveranderlijk/);
    } finally {
      await eigenaar.close();
    }
  });

  // PGlite multiplexed over one socket server failed exactly here: interleaved extended-protocol
  // messages answered one connection with another's rows.
  it('keeps concurrent transactions apart: every caller reads back its own deelverzoek', async () => {
    const q = deelverzoekQueries(handle.db);
    const ids = Array.from(
      { length: 120 },
      (_, i) => `44444444-4444-4444-8444-${String(i).padStart(12, '0')}`,
    );
    const gelezen = await Promise.all(
      ids.map(async (id) => {
        await q.legStapVast(eersteStap(id));
        const [rij, notities] = await Promise.all([q.vind(id), q.aantekeningen(id)]);
        return { id: rij?.deelverzoek.id, notities: notities.map((n) => n.deelverzoekId) };
      }),
    );
    expect(gelezen).toEqual(ids.map((id) => ({ id, notities: [id] })));
  });

  it('pages the list newest first with a total', async () => {
    const lijst = await deelverzoekQueries(handle.db).lijst({ pagina: 1, perPagina: 2 });
    expect(lijst.totaal).toBe(125);
    expect(lijst.items).toHaveLength(2);
    expect(lijst.items[0]?.client.pseudoniem).toBe('CL-1001');
  });
});
