import { createHash } from 'node:crypto';
import {
  alsRecord,
  type DeelverzoekProces,
  type DeelverzoekStatus,
  type Dossieraantekening,
  type ToestemmingRecord,
} from '@deelwijs/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { type Transactie, voegAanKetensToe } from '../dossier/schrijven';
import { clienten, deelverzoeken, toestemmingen } from '../schema';

/**
 * The id of the n-th consent (from 0) given in a deelverzoek. The process only ever appends to its
 * list of consents, so the place names the consent for good. A UUID (v4 bits) for routes; migration
 * 0012 computes the same in SQL for consents given before the table existed, so keep them equal.
 */
export function toestemmingRecordId(deelverzoekId: string, index: number): string {
  const x = createHash('sha256').update(`toestemming:${deelverzoekId}:${index}`).digest('hex');
  const variant = '89ab'[Number.parseInt(x[16]!, 16) & 3];
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${variant}${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

/** The records of the consents the process holds after a step. */
export const recordsVanProces = (proces: DeelverzoekProces): ToestemmingRecord[] =>
  proces.toestemmingen.map((t, i) =>
    alsRecord(t, {
      id: toestemmingRecordId(proces.deelverzoek.id, i),
      clientId: proces.deelverzoek.clientId,
      deelverzoekId: proces.deelverzoek.id,
    }),
  );

/**
 * Writes the consent records of a step inside its transaction (upsert by id). A record withdrawn
 * already is left alone: neither a retried older step nor the closed deelverzoek's last snapshot,
 * which never heard of the withdrawal, may bring it back.
 */
export async function schrijfToestemmingen(tx: Transactie, records: readonly ToestemmingRecord[]) {
  if (records.length === 0) return;
  await tx
    .insert(toestemmingen)
    .values(records.map(rij))
    .onConflictDoUpdate({
      target: toestemmingen.id,
      set: {
        record: sql`excluded.record`,
        gegevenOp: sql`excluded.gegeven_op`,
        ingetrokkenOp: sql`excluded.ingetrokken_op`,
      },
      setWhere: isNull(toestemmingen.ingetrokkenOp),
    });
}

const rij = (r: ToestemmingRecord) => ({
  id: r.id,
  clientId: r.clientId,
  gegevenIn: r.gegevenIn,
  gegevenOp: r.op,
  ingetrokkenOp: r.ingetrokkenOp ?? null,
  record: r,
});

/** What the withdrawal needs to know of the deelverzoek the consent was given in. */
export interface GegevenIn {
  status: DeelverzoekStatus;
  volgnummer: number;
  contentVersie: string;
  beleidVersie: string;
}

export const toestemmingQueries = (db: Db) => ({
  /** The consents of a client, oldest first, with the status of the deelverzoek each was given in. */
  vanClient: (clientId: string) =>
    db
      .select({ record: toestemmingen.record, status: deelverzoeken.status })
      .from(toestemmingen)
      .innerJoin(deelverzoeken, eq(deelverzoeken.id, toestemmingen.gegevenIn))
      .where(eq(toestemmingen.clientId, clientId))
      .orderBy(asc(toestemmingen.gegevenOp), asc(toestemmingen.id)),

  /** One record with the team of its client (for the visibility check). */
  vind: async (id: string) =>
    (
      await db
        .select({ record: toestemmingen.record, team: clienten.team, status: deelverzoeken.status })
        .from(toestemmingen)
        .innerJoin(clienten, eq(clienten.id, toestemmingen.clientId))
        .innerJoin(deelverzoeken, eq(deelverzoeken.id, toestemmingen.gegevenIn))
        .where(eq(toestemmingen.id, id))
    )[0],

  /**
   * Withdraws a consent in one transaction: the record and its deelverzoek are locked, `besluit`
   * (the domain's rules; it throws to refuse) gives the new record and the dossieraantekening, the
   * entry joins the client's chain, and the deelverzoek's sequence number moves up so a next entry
   * in that file gets a number of its own.
   */
  trekIn: (
    id: string,
    besluit: (
      record: ToestemmingRecord,
      gegevenIn: GegevenIn,
    ) => { record: ToestemmingRecord; aantekening: Dossieraantekening },
  ) =>
    db.transaction(async (tx) => {
      // The deelverzoek is locked before the record, in the order a step writes them, so a step
      // running at the same time waits instead of deadlocking.
      const [waar] = await tx
        .select({ gegevenIn: toestemmingen.gegevenIn })
        .from(toestemmingen)
        .where(eq(toestemmingen.id, id));
      if (!waar) return undefined;
      const [dv] = await tx
        .select({
          status: deelverzoeken.status,
          volgnummer: deelverzoeken.volgnummer,
          contentVersie: deelverzoeken.contentVersie,
          beleidVersie: deelverzoeken.beleidVersie,
        })
        .from(deelverzoeken)
        .where(eq(deelverzoeken.id, waar.gegevenIn))
        .for('update');
      const [huidig] = await tx
        .select({ record: toestemmingen.record })
        .from(toestemmingen)
        .where(eq(toestemmingen.id, id))
        .for('update');
      const { record, aantekening } = besluit(huidig!.record, {
        ...dv!,
        status: dv!.status as DeelverzoekStatus,
      });
      await tx
        .update(toestemmingen)
        .set({ record, ingetrokkenOp: record.ingetrokkenOp ?? null })
        .where(and(eq(toestemmingen.id, id), isNull(toestemmingen.ingetrokkenOp)));
      await voegAanKetensToe(tx, [aantekening]);
      await tx
        .update(deelverzoeken)
        .set({ volgnummer: sql`greatest(${deelverzoeken.volgnummer}, ${dv!.volgnummer + 1})` })
        .where(eq(deelverzoeken.id, record.gegevenIn));
      return { record, aantekening };
    }),
});
