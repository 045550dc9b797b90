import { randomUUID } from 'node:crypto';
import { BewaartermijnOverzicht } from '@deelwijs/contract';
import { demoClienten } from '@deelwijs/db/seed';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

const sanne = demoClienten[0]!;
const OUD = '2000-03-01T09:00:00.000Z';

describe('the privacy officer reads the retention reports', () => {
  const taskQueue = `api-bewaartermijn-${randomUUID()}`;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let connection: Connection;
  beforeAll(async () => {
    // The worker plans the schedule at its start, as in production; removal stays off.
    stack = await startStack({ TEMPORAL_TASK_QUEUE: taskQueue, BEWAARTERMIJN_INTERVAL: '12h' });
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  });
  afterAll(async () => {
    await new Client({ connection }).schedule
      .getHandle(`bewaartermijn-${taskQueue}`)
      .delete()
      .catch(() => undefined);
    await connection?.close();
    await stack?.stop();
  });

  it('shows the schedule before any run, and the report of a run once it has run; nothing removed', async () => {
    const ingrid = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    const leeg = await ingrid.get('/toezicht/bewaartermijn');
    expect(leeg.status).toBe(200);
    const voor = BewaartermijnOverzicht.parse(await leeg.json());
    expect(voor.rapporten).toEqual([]);
    expect(voor.planning).toMatchObject({ interval: '12h', verwijderen: false });
    expect(Date.parse(voor.planning!.volgendeRun!)).toBeGreaterThan(Date.now());

    // An access-log row from 2000 about a demo client: past its five years.
    await stack.db.pool.query(
      `insert into toegangslog (op, actor, rollen, handeling, client_id) values ($1, 'systeem:test', '{}', 'test', $2)`,
      [OUD, sanne.id],
    );
    await new Client({ connection }).schedule.getHandle(`bewaartermijn-${taskQueue}`).trigger();

    let overzicht = voor;
    await expect
      .poll(
        async () => {
          overzicht = BewaartermijnOverzicht.parse(
            await (await ingrid.get('/toezicht/bewaartermijn')).json(),
          );
          return overzicht.rapporten.length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    const [rapport] = overzicht.rapporten;
    expect(rapport).toMatchObject({ verwijderen: false, beleidVersie: 'bewaartermijnen-2026.1' });
    expect(rapport!.regels.find((r) => r.soort === 'toegangslog')).toMatchObject({
      termijn: { aantal: 5, eenheid: 'jaren' },
      verlopen: 1,
      oudste: OUD,
      verwijderd: 0,
    });
    expect(rapport!.regels.map((r) => r.soort)).toEqual([
      'dossieraantekeningen',
      'clientgegevens',
      'toegangslog',
      'verwerkingslog',
      'sessies',
      'inlogpogingen',
      'notificaties',
      'idempotentie',
      'rolwijzigingen',
      'uitnodigingen',
    ]);
    // Removal is off: the row is still there. And the report names no client.
    const { rows } = await stack.db.pool.query('select count(*)::int as n from toegangslog where op = $1', [
      OUD,
    ]);
    expect(rows[0].n).toBe(1);
    expect(JSON.stringify(overzicht)).not.toContain(sanne.id);
  });

  it('is for the privacy officer only', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    expect((await eva.get('/toezicht/bewaartermijn')).status).toBe(403);
    expect((await fetch(`${stack.baseUrl}/toezicht/bewaartermijn`)).status).toBe(401);
  });
});
