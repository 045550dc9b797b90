import type { Payload, PayloadCodec } from '@temporalio/common';

/** Something that must never be readable in a history or a log: a name, a birth date, a canary. */
export interface VerbodenTerm {
  /** What it is, for the report ("naam demo-cliënt 1", "kanarie"). */
  label: string;
  tekst: string;
}

export interface Vondst {
  /** The history (workflow id) or log file it was found in. */
  waar: string;
  /** JSON path inside the history, or the line number in a log. */
  pad: string;
  label: string;
}

export interface ScanUitkomst {
  vondsten: Vondst[];
  /** How many payloads were looked into: a scan that saw none proves nothing. */
  payloads: number;
  teksten: number;
  /** Payloads the codec could not open (another key): scanned as they are stored. */
  nietGeopend: number;
}

const isPayload = (v: Record<string, unknown>): boolean =>
  typeof v.data === 'string' && (v.metadata === undefined || typeof v.metadata === 'object');

const base64 = (tekst: string) => Buffer.from(tekst, 'base64');

/** Bytes as text, leniently: clear JSON reads as itself, ciphertext as noise that matches nothing. */
const alsTekst = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

function zoek(tekst: string, termen: readonly VerbodenTerm[], waar: string, pad: string, uit: Vondst[]) {
  const klein = tekst.toLocaleLowerCase('nl');
  for (const t of termen)
    if (klein.includes(t.tekst.toLocaleLowerCase('nl'))) uit.push({ waar, pad, label: t.label });
}

/**
 * Looks through one exported history (the JSON `historyToJSON` writes, as `exporteerHistories` stores
 * it) for any of `termen` in clear text: every string (failure messages, ids, identities) and every
 * payload — workflow input, update arguments, results, memos, search attributes, encoded failure
 * attributes — with its base64 undone. With a `codec`, payloads are first decoded by it: that is the
 * control that shows the terms really went through Temporal, so a scan that finds nothing means
 * something.
 */
export async function scanHistory(
  workflowId: string,
  historyJson: unknown,
  termen: readonly VerbodenTerm[],
  codec?: PayloadCodec,
): Promise<ScanUitkomst> {
  const uitkomst: ScanUitkomst = { vondsten: [], payloads: 0, teksten: 0, nietGeopend: 0 };
  const bezoek = async (waarde: unknown, pad: string): Promise<void> => {
    if (typeof waarde === 'string') {
      uitkomst.teksten += 1;
      zoek(waarde, termen, workflowId, pad, uitkomst.vondsten);
      return;
    }
    if (Array.isArray(waarde)) {
      for (const [i, v] of waarde.entries()) await bezoek(v, `${pad}[${i}]`);
      return;
    }
    if (!waarde || typeof waarde !== 'object') return;
    const object = waarde as Record<string, unknown>;
    if (isPayload(object)) {
      uitkomst.payloads += 1;
      const metadata = Object.fromEntries(
        Object.entries((object.metadata ?? {}) as Record<string, string>).map(([k, v]) => [k, base64(v)]),
      );
      let payload: Payload = { metadata, data: base64(object.data as string) };
      if (codec)
        payload = await codec.decode([payload]).then(
          ([p]) => p ?? payload,
          () => {
            uitkomst.nietGeopend += 1;
            return payload;
          },
        );
      for (const [k, v] of Object.entries(payload.metadata ?? {}))
        if (v) zoek(alsTekst(v), termen, workflowId, `${pad}.metadata.${k}`, uitkomst.vondsten);
      if (payload.data) zoek(alsTekst(payload.data), termen, workflowId, `${pad}.data`, uitkomst.vondsten);
      return;
    }
    for (const [k, v] of Object.entries(object)) await bezoek(v, pad ? `${pad}.${k}` : k);
  };
  await bezoek(historyJson, '');
  return uitkomst;
}

/** A log file, line by line. */
export function scanLog(naam: string, inhoud: string, termen: readonly VerbodenTerm[]): Vondst[] {
  const vondsten: Vondst[] = [];
  for (const [i, regel] of inhoud.split('\n').entries())
    zoek(regel, termen, naam, `regel ${i + 1}`, vondsten);
  return vondsten;
}
