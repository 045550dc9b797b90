import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { AesGcmPayloadCodec } from '../codec/aes-gcm-codec';
import { leesPayloadSleutels } from '../codec/sleutels';
import { scanHistory, scanLog, type VerbodenTerm } from './scan';

const codec = new AesGcmPayloadCodec(leesPayloadSleutels(`t:${randomBytes(32).toString('base64')}`));
const termen: VerbodenTerm[] = [
  { label: 'naam', tekst: 'Sanne de Vries' },
  { label: 'geboortedatum', tekst: '1987-05-12' },
  { label: 'kanarie', tekst: 'KANARIE-7f3a' },
];
const invoer = { naam: 'Sanne de Vries', geboren: '1987-05-12', doel: 'kanarie-7f3a bespreken' };

/** A history as the server stores it and `exporteerHistories` writes it: JSON, payload bytes in base64. */
function history(opties: { input: Payload; zoekveld?: Payload; foutmelding?: string }): unknown {
  const { EventType } = temporal.api.enums.v1;
  const h = temporal.api.history.v1.History.create({
    events: [
      {
        eventType: EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
        workflowExecutionStartedEventAttributes: {
          workflowType: { name: 'deelverzoekWorkflow' },
          input: { payloads: [opties.input] },
          ...(opties.zoekveld ? { searchAttributes: { indexedFields: { Team: opties.zoekveld } } } : {}),
        },
      },
      ...(opties.foutmelding
        ? [
            {
              eventType: EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED,
              activityTaskFailedEventAttributes: { failure: { message: opties.foutmelding } },
            },
          ]
        : []),
    ],
  });
  return JSON.parse(historyToJSON(h));
}

const labels = (u: { vondsten: { label: string }[] }) => [...new Set(u.vondsten.map((v) => v.label))].sort();

describe('scanHistory', () => {
  it('finds a name, a birth date and the canary in a clear payload, whatever the case', async () => {
    const u = await scanHistory('wf', history({ input: defaultPayloadConverter.toPayload(invoer) }), termen);
    expect(labels(u)).toEqual(['geboortedatum', 'kanarie', 'naam']);
    expect(u.vondsten[0]!.pad).toMatch(/input\.payloads\[0\]\.data$/);
    expect(u.payloads).toBe(1);
  });

  it('finds nothing in the same payload encrypted, and everything once the codec decodes it', async () => {
    const [versleuteld] = await codec.encode([defaultPayloadConverter.toPayload(invoer)]);
    const json = history({ input: versleuteld! });
    const zonder = await scanHistory('wf', json, termen);
    expect(zonder.vondsten).toEqual([]);
    expect(zonder.payloads).toBe(1);
    expect(labels(await scanHistory('wf', json, termen, codec))).toEqual([
      'geboortedatum',
      'kanarie',
      'naam',
    ]);
  });

  it('looks into search attributes and failure messages, which the codec does not cover', async () => {
    const [versleuteld] = await codec.encode([defaultPayloadConverter.toPayload({})]);
    const u = await scanHistory(
      'wf',
      history({
        input: versleuteld!,
        zoekveld: defaultPayloadConverter.toPayload('team van Sanne de Vries'),
        foutmelding: 'geboortedatum 1987-05-12 ongeldig',
      }),
      termen,
    );
    expect(u.vondsten.map((v) => [v.label, v.pad.split('.').slice(-3).join('.')])).toEqual([
      ['naam', 'indexedFields.Team.data'],
      ['geboortedatum', 'activityTaskFailedEventAttributes.failure.message'],
    ]);
  });
});

describe('scanLog', () => {
  it('names the line a term is on', () => {
    expect(scanLog('api.log', '{"msg":"ok"}\n{"msg":"Sanne de Vries"}\n', termen)).toEqual([
      { waar: 'api.log', pad: 'regel 2', label: 'naam' },
    ]);
  });
});
