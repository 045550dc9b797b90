import { type VerwerkingsactiviteitSleutel, verwerkingsactiviteitId } from '@deelwijs/content';
import { type Context, context, type HrTime, SpanStatusCode, trace } from '@opentelemetry/api';
import type { toegangslog, verwerkingslog } from '../schema';
import { BETROKKENE_ID_SOORT, betrokkeneId } from './pseudoniem';

export type NieuweVerwerking = typeof verwerkingslog.$inferInsert;
export type NieuweToegang = typeof toegangslog.$inferInsert;

/** Who acted: a person with the roles they held, or a system on its own. */
export type Wie = { gebruikerId: string; rollen: readonly string[] } | { actor: `systeem:${string}` };

export interface Onderwerp {
  clientId: string;
  deelverzoekId: string | null;
}

export interface Verwerking {
  activiteit: VerwerkingsactiviteitSleutel;
  /** The act, also the span's name: a route id of the contract or a worker activity. */
  handeling: string;
  wie: Wie;
  onderwerpen: readonly Onderwerp[];
  /** When the act began (the request or activity); the spans end now. */
  begon: Date;
  /** The context the act ran in (the request's or the activity's span); the active one by default. */
  ouder?: Context;
  /** Why the person opened the file, when they had to say so (the privacy officer's inzien). */
  reden?: string;
}

export interface LogRijen {
  verwerkingen: NieuweVerwerking[];
  toegang: NieuweToegang[];
}

const tracer = trace.getTracer('@deelwijs/db/verwerkingslog');
const iso = ([s, ns]: HrTime) => new Date(s * 1000 + ns / 1e6).toISOString();

/**
 * The rows of both logs for one act, built in one place. Each data subject gets its own span, a
 * child of the act's span, so that row, the exported span and the toegangslog row share its span_id;
 * a list of 50 clients is 50 spans and 100 rows, never a sample. The verwerkingslog row holds no
 * user and no client id (only its keyed hash); toegangslog holds who, what, when and about whom.
 */
export function logRijen(sleutel: Buffer, v: Verwerking): LogRijen {
  const ouder = v.ouder ?? context.active();
  const ouderSpan = trace.getSpan(ouder)?.spanContext();
  const activiteitId = verwerkingsactiviteitId(v.activiteit);
  const rijen: LogRijen = { verwerkingen: [], toegang: [] };
  for (const o of v.onderwerpen) {
    const betrokkene = betrokkeneId(sleutel, o.clientId);
    const span = tracer.startSpan(
      v.handeling,
      {
        startTime: v.begon,
        attributes: {
          'dpl.core.processing_activity_id': activiteitId,
          'dpl.core.data_subject_id': betrokkene,
          'dpl.core.data_subject_id_type': BETROKKENE_ID_SOORT,
        },
      },
      ouder,
    );
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
    const { traceId, spanId } = span.spanContext();
    const startEnEinde = leesTijden(span, v.begon);
    rijen.verwerkingen.push({
      traceId,
      spanId,
      parentSpanId: ouderSpan?.spanId ?? null,
      name: v.handeling,
      statusCode: 'OK',
      ...startEnEinde,
      processingActivityId: activiteitId,
      dataSubjectId: betrokkene,
      dataSubjectIdType: BETROKKENE_ID_SOORT,
    });
    rijen.toegang.push({
      ...('actor' in v.wie
        ? { gebruikerId: null, actor: v.wie.actor, rollen: [] }
        : { gebruikerId: v.wie.gebruikerId, actor: null, rollen: [...v.wie.rollen] }),
      handeling: v.handeling,
      clientId: o.clientId,
      deelverzoekId: o.deelverzoekId,
      reden: v.reden ?? null,
      traceId,
      spanId,
    });
  }
  return rijen;
}

/** The SDK's span knows its own start and end; a no-op span (no SDK started) does not. */
function leesTijden(span: object, begon: Date): { startTime: string; endTime: string } {
  const s = span as { startTime?: HrTime; endTime?: HrTime };
  return s.startTime && s.endTime
    ? { startTime: iso(s.startTime), endTime: iso(s.endTime) }
    : { startTime: begon.toISOString(), endTime: new Date().toISOString() };
}
