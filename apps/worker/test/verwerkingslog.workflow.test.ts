import { verwerkingsactiviteitId } from '@deelwijs/content';
import { betrokkeneId } from '@deelwijs/db';
import { deelverzoekStatusQuery, opdrachtUpdate } from '@deelwijs/temporal';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { metWorkflowOmgeving } from './support/omgeving';
import { casemanager, testInput, testVerwerkingslogSleutel } from './support/temporal';

// Issue 11: the worker's writes to the file are processing too. Its step activity writes both logs
// as the system actor, in the trace of whoever started or updated the workflow (Temporal's
// OpenTelemetry interceptors carry it through the history's headers).

const tracer = trace.getTracer('verwerkingslog-test');

const afweging1Ja = {
  args: [
    {
      opdracht: {
        soort: 'afweging-1' as const,
        antwoord: { hoortBijMij: true, toelichting: 'Past bij mij' },
      },
      door: casemanager,
    },
  ] as [never],
};

describe('verwerkingslog of the worker on the Temporal dev server', () => {
  const omgeving = metWorkflowOmgeving('worker_verwerkingslog');

  const rijen = async (traceId: string) =>
    (
      await omgeving.pool.query(
        `select v.name, v.parent_span_id, v.processing_activity_id, v.data_subject_id, t.actor, t.gebruiker_id, t.rollen, t.client_id, t.deelverzoek_id, t.trace_id as t_trace_id
           from verwerkingslog v join toegangslog t using (span_id) where v.trace_id = $1`,
        [traceId],
      )
    ).rows;

  it('writes the step’s rows as the system, in the trace of the span that started the workflow', async () => {
    const wf = testInput('Afstemmen van de hulp met de huisarts');
    const { handle, traceId } = await tracer.startActiveSpan('deelverzoek starten', async (span) => {
      try {
        const h = await omgeving.starten(wf);
        return { handle: h, traceId: span.spanContext().traceId };
      } finally {
        span.end();
      }
    });
    await expect
      .poll(() => handle.query(deelverzoekStatusQuery).then((s) => s.geregistreerd), { timeout: 20_000 })
      .toBe(true);

    const eerste = await rijen(traceId);
    expect(eerste).toEqual([
      {
        name: 'legStapVast',
        parent_span_id: expect.stringMatching(/^[0-9a-f]{16}$/),
        processing_activity_id: verwerkingsactiviteitId('deelverzoek-afwegen'),
        data_subject_id: betrokkeneId(testVerwerkingslogSleutel, wf.aanvraag.clientId),
        actor: 'systeem:worker',
        gebruiker_id: null,
        rollen: [],
        client_id: wf.aanvraag.clientId,
        deelverzoek_id: wf.id,
        t_trace_id: traceId,
      },
    ]);
  });

  it('continues the trace of the span that sent the update, for the step it writes', async () => {
    const wf = testInput('Afstemmen van de hulp met de huisarts');
    const handle = await omgeving.starten(wf);
    await expect
      .poll(() => handle.query(deelverzoekStatusQuery).then((s) => s.geregistreerd), { timeout: 20_000 })
      .toBe(true);
    const { traceId } = await tracer.startActiveSpan('afweging 1 vastleggen', async (span) => {
      try {
        await handle.executeUpdate(opdrachtUpdate, afweging1Ja);
        return span.spanContext();
      } finally {
        span.end();
      }
    });
    expect(await rijen(traceId)).toEqual([
      expect.objectContaining({
        name: 'legStapVast',
        actor: 'systeem:worker',
        deelverzoek_id: wf.id,
        processing_activity_id: verwerkingsactiviteitId('deelverzoek-afwegen'),
      }),
    ]);
  });
});
