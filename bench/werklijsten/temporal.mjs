// Benchmark 2 of issue 14, the Temporal side: the privacy officer's informeren-achteraf list answered
// from Temporal visibility instead of PostgreSQL, on the same data in the same run. One real
// informeren-achteraf clock execution (the product's workflow type, its zod-typed input, encrypted by
// the product's data converter) per open process in the database, with the deadline and team as
// search attributes. The product itself registers none; this registers the two such a list would
// need (DeelwijsUiterlijk, DeelwijsTeam: the dev server is started with them), the best case for
// Temporal. No worker polls the task queue: the executions stay open with their attributes, which is
// all visibility reads. Visibility cannot sort by a custom attribute, so the page (oldest deadline
// first) means listing every match and sorting here, as a client of it would have to.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import { deelwijsDataConverter, INFORMEREN_ACHTERAF_WORKFLOW, leesPayloadSleutels } from '@deelwijs/temporal';
import { Client, Connection } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import { percentiel, rond } from '../lib/meten.mjs';

const TAAKWACHTRIJ = 'bench-werklijsten';
const VOORUIT_DAGEN = 7;

export async function meetTemporal({ adres, workflows, db, nu, startSeconden = 420, herhalingen = 5 }) {
  const connection = await Connection.connect({ address: adres });
  const sleutels = leesPayloadSleutels(`bench:${randomBytes(32).toString('base64')}`);
  const client = new Client({ connection, dataConverter: deelwijsDataConverter(sleutels) });
  try {
    // IndexedValueType 6 = DATETIME, 2 = KEYWORD; already there (a second run) is fine.
    await connection.operatorService
      .addSearchAttributes({
        namespace: 'default',
        searchAttributes: { DeelwijsUiterlijk: 6, DeelwijsTeam: 2 },
      })
      .catch((e) => {
        if (!/already exists/i.test(String(e?.details ?? e?.message))) throw e;
      });
    const { rows } = await db.execute(sql`
      select d.id, c.team, d.eigenaar, d.volgende_actie_op as uiterlijk, d.proces #>> '{verstrekking,op}' as gedeeld_op
      from deelverzoeken d join clienten c on c.id = d.client_id
      where d.volgende_actie in ('informeren-achteraf', 'uitstel-beoordelen') order by d.id limit ${workflows}`);
    const run = randomBytes(3).toString('hex');
    // Start them, 24 at a time, until done or the time is up: the ceiling is reported as reached.
    const t0 = performance.now();
    const grens = t0 + startSeconden * 1000;
    let gestart = 0;
    let fouten = 0;
    let volgende = 0;
    const starter = async () => {
      while (volgende < rows.length && performance.now() < grens) {
        const r = rows[volgende++];
        try {
          await client.workflow.start(INFORMEREN_ACHTERAF_WORKFLOW, {
            taskQueue: TAAKWACHTRIJ,
            workflowId: `bench-${run}-informeren-achteraf-${r.id}`,
            args: [
              {
                v: 1,
                deelverzoekId: r.id,
                casemanager: r.eigenaar,
                beleid: standaardBeleid,
                contentVersie: CONTENT_VERSIE,
                gedeeldOp: new Date(r.gedeeld_op).toISOString(),
                uitstel: [],
              },
            ],
            searchAttributes: { DeelwijsUiterlijk: [new Date(r.uiterlijk)], DeelwijsTeam: [r.team] },
          });
          gestart++;
        } catch {
          fouten++;
        }
      }
    };
    await Promise.all(Array.from({ length: 24 }, starter));
    const startSec = (performance.now() - t0) / 1000;
    const basis = `WorkflowType = '${INFORMEREN_ACHTERAF_WORKFLOW}' AND ExecutionStatus = 'Running' AND WorkflowId STARTS_WITH 'bench-${run}-'`;
    // Visibility is eventually consistent: wait until it counts what was started.
    const wacht0 = performance.now();
    while ((await client.workflow.count(basis)).count < gestart && performance.now() - wacht0 < 120_000)
      await new Promise((r) => setTimeout(r, 1000));

    const tot = new Date(nu + VOORUIT_DAGEN * 24 * 3600_000).toISOString();
    const vraag = (team) =>
      `${basis} AND DeelwijsUiterlijk < '${tot}'${team ? ` AND DeelwijsTeam = '${team}'` : ''}`;
    const teams = [...new Set(rows.map((r) => r.team))].sort();
    const tijden = { pagina: [], telling: [] };
    let gevonden = 0;
    for (let i = 0; i < herhalingen; i++) {
      const team = i % 2 === 0 ? undefined : teams[i % teams.length];
      let t = performance.now();
      const alle = [];
      for await (const w of client.workflow.list({ query: vraag(team), pageSize: 1000 }))
        alle.push({ id: w.workflowId, uiterlijk: w.searchAttributes?.DeelwijsUiterlijk?.[0] });
      alle.sort((a, b) => a.uiterlijk - b.uiterlijk || (a.id < b.id ? -1 : 1));
      const pagina = alle.slice(0, 50);
      if (pagina.length === 0) fouten++; // an empty page would be no answer
      tijden.pagina.push(performance.now() - t);
      if (!team) gevonden = alle.length;
      t = performance.now();
      await client.workflow.count(vraag(team));
      tijden.telling.push(performance.now() - t);
    }
    const s = (x) => ({
      n: x.length,
      p50: rond(percentiel(x, 50)),
      p95: rond(percentiel(x, 95)),
      max: rond(Math.max(...x)),
    });
    return {
      gevraagd: rows.length,
      gestart,
      fouten,
      startSeconden: rond(startSec, 1),
      startPerSeconde: rond(gestart / startSec, 1),
      plafondBereikt: gestart < rows.length,
      zichtbaarNaSeconden: rond((performance.now() - wacht0) / 1000, 1),
      teLaatOfBijnaInVisibility: gevonden,
      lijst: { pagina: s(tijden.pagina), telling: s(tijden.telling) },
    };
  } finally {
    await connection.close();
  }
}
