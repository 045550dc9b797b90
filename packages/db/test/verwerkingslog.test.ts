import { randomBytes, randomUUID } from 'node:crypto';
import { verwerkingsactiviteitId } from '@deelwijs/content';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BETROKKENE_ID_SOORT, betrokkeneId, logRijen, verwerkingslogQueries } from '../src';
import { createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

const sleutel = randomBytes(32);
const spans = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
provider.register();

describe('the rows of both logs (PostgreSQL)', () => {
  let db: Db;
  const clienten: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase('verwerkingslog');
    for (let i = 0; i < 3; i++) clienten.push((await clientMetKeten(db, 0)).clientId);
  }, 60_000);
  afterAll(async () => {
    await db?.drop();
    await provider.shutdown();
  });

  it('gives each data subject its own span under the act, shared with its toegangslog row', async () => {
    const verzoek = trace.getTracer('test').startSpan('GET /clienten');
    const ouder = trace.setSpan(context.active(), verzoek);
    const rijen = logRijen(sleutel, {
      activiteit: 'dossier-inzien',
      handeling: 'clientenLijst',
      wie: { gebruikerId: 'eva-smit', rollen: ['casemanager'] },
      onderwerpen: clienten.map((clientId) => ({ clientId, deelverzoekId: null })),
      begon: new Date(Date.now() - 5),
      ouder,
    });
    verzoek.end();
    await verwerkingslogQueries(db.db).schrijf(rijen);

    const { rows } = await db.pool.query(
      `select v.*, t.gebruiker_id, t.client_id from verwerkingslog v join toegangslog t using (span_id) order by t.client_id`,
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.span_id)).size).toBe(3);
    for (const r of rows) {
      expect(r).toMatchObject({
        trace_id: verzoek.spanContext().traceId,
        parent_span_id: verzoek.spanContext().spanId,
        name: 'clientenLijst',
        status_code: 'OK',
        processing_activity_id: verwerkingsactiviteitId('dossier-inzien'),
        data_subject_id: betrokkeneId(sleutel, r.client_id),
        data_subject_id_type: BETROKKENE_ID_SOORT,
        gebruiker_id: 'eva-smit',
      });
      expect(r.data_subject_id).not.toContain(r.client_id);
      expect(r.start_time.getTime()).toBeLessThanOrEqual(r.end_time.getTime());
    }
    // The same spans reach an exporter, with the Logboek Dataverwerkingen attributes.
    const geexporteerd = spans.getFinishedSpans().filter((s) => s.name === 'clientenLijst');
    expect(geexporteerd.map((s) => s.spanContext().spanId).sort()).toEqual(rows.map((r) => r.span_id).sort());
    expect(geexporteerd[0]?.attributes['dpl.core.data_subject_id_type']).toBe(BETROKKENE_ID_SOORT);
  });

  it('pseudonymises per key: another key gives another id, the same key the same', () => {
    const id = randomUUID();
    expect(betrokkeneId(sleutel, id)).toBe(betrokkeneId(sleutel, id));
    expect(betrokkeneId(randomBytes(32), id)).not.toBe(betrokkeneId(sleutel, id));
    expect(betrokkeneId(sleutel, id)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a system as the actor, without a person', async () => {
    const rijen = logRijen(sleutel, {
      activiteit: 'deelverzoek-afwegen',
      handeling: 'legStapVast',
      wie: { actor: 'systeem:worker' },
      onderwerpen: [{ clientId: clienten[0]!, deelverzoekId: null }],
      begon: new Date(),
    });
    await verwerkingslogQueries(db.db).schrijf(rijen);
    const { rows } = await db.pool.query(
      `select gebruiker_id, actor, rollen from toegangslog where handeling = 'legStapVast'`,
    );
    expect(rows).toEqual([{ gebruiker_id: null, actor: 'systeem:worker', rollen: [] }]);
    // Never both and never neither: the table itself refuses a row that does not say who acted.
    await expect(
      db.pool.query(`insert into toegangslog (rollen, handeling, client_id) values ('{}', 'x', $1)`, [
        clienten[0],
      ]),
    ).rejects.toThrow(/toegangslog_wie/);
  });
});
