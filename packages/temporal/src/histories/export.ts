import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';

export interface GeexporteerdeHistory {
  workflowId: string;
  runId: string;
  workflowType: string;
  history: temporal.api.history.v1.IHistory;
}

const bestandsnaam = (workflowId: string, runId: string) =>
  `${workflowId.replace(/[^A-Za-z0-9_.-]/g, '_')}__${runId}.history.json`;

/**
 * Writes the history of every workflow the server knows (or those a visibility query selects) to a
 * folder, exactly as stored: the client has no codec, so payloads stay encrypted. The test run replays
 * them against the current code (determinism), and the privacy scan reads them for clear text.
 */
export async function exporteerHistories(opties: {
  address: string;
  namespace?: string;
  map: string;
  query?: string;
}): Promise<number> {
  mkdirSync(opties.map, { recursive: true });
  const connection = await Connection.connect({ address: opties.address });
  try {
    const client = new Client({ connection, namespace: opties.namespace ?? 'default' });
    let aantal = 0;
    for await (const wf of client.workflow.list(opties.query ? { query: opties.query } : {})) {
      const history = await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory();
      const regel = {
        workflowId: wf.workflowId,
        runId: wf.runId,
        workflowType: wf.type,
        history: JSON.parse(historyToJSON(history)),
      };
      writeFileSync(path.join(opties.map, bestandsnaam(wf.workflowId, wf.runId)), JSON.stringify(regel));
      aantal += 1;
    }
    return aantal;
  } finally {
    await connection.close();
  }
}

/** Reads back what `exporteerHistories` wrote. */
export function leesHistories(map: string): GeexporteerdeHistory[] {
  return readdirSync(map)
    .filter((f) => f.endsWith('.history.json'))
    .sort()
    .map((f) => {
      const regel = JSON.parse(readFileSync(path.join(map, f), 'utf8'));
      return { ...regel, history: historyFromJSON(regel.history) };
    });
}
