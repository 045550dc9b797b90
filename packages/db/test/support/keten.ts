import { randomUUID } from 'node:crypto';
import { type Dossieraantekening, startProces } from '@deelwijs/domain';
import { deelverzoekQueries } from '../../src';
import type { createTestDatabase } from '../../src/testing';

export type Db = Awaited<ReturnType<typeof createTestDatabase>>;

/** A new client with `stappen` entries in its chain, over two deelverzoeken, from `op` on, a minute apart. */
export async function clientMetKeten(db: Db, stappen: number, op = '2026-11-23T09:00:00.000Z') {
  const clientId = randomUUID();
  await db.pool.query(
    `insert into clienten (id, pseudoniem, naam, geboortedatum, team) values ($1, $2, 'Keten Test', '1980-01-01', 'wijkteam-noord')`,
    [clientId, `CL-${clientId.slice(0, 8)}`],
  );
  const ids: string[] = [];
  for (const deel of [Math.ceil(stappen / 2), Math.floor(stappen / 2)]) {
    const { deelverzoek, proces, aantekeningen } = start(clientId, op);
    const extra: Dossieraantekening[] = Array.from({ length: deel - 1 }, (_, i) => ({
      ...aantekeningen[0]!,
      id: `${deelverzoek.id}:${i + 2}`,
      soort: 'afweging-1',
      tekst: `Stap ${i + 2} van het gesprek.`,
      op: new Date(Date.parse(deelverzoek.aangemaaktOp) + (i + 1) * 60_000).toISOString(),
    }));
    const alle = [...aantekeningen, ...extra];
    await deelverzoekQueries(db.db).legStapVast({
      deelverzoek,
      proces,
      aantekeningen: alle,
      volgnummer: alle.length,
      op: deelverzoek.aangemaaktOp,
      volgende: { actie: null, op: null },
    });
    ids.push(...alle.map((a) => a.id));
  }
  return { clientId, ids };
}

export const start = (clientId: string, op = '2026-11-23T09:00:00.000Z') =>
  startProces({
    start: {
      id: randomUUID(),
      aanvraag: { clientId, doel: 'Afstemmen met de huisarts', ontvangers: [{ organisatie: 'Huisarts' }] },
      door: { gebruikerId: 'casemanager-1' },
      op,
      contentVersie: '2025.1.0',
      beleidVersie: 'standaard-2025.1',
    },
    client: { id: clientId, geboortedatum: '1980-01-01', wilsonbekwaam: false, vertegenwoordigers: [] },
    professional: {
      gebruikerId: 'casemanager-1',
      pet: null,
      organisatietype: 'wijkteam',
      beroepsgeheim: 'algemeen',
    },
  });
