import type { Ketenaantekening } from '@deelwijs/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { ketenInhoud } from './keten';

export type Transactie = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Appends entries to their clients' chains inside the caller's transaction, in one round trip: the
 * database function `voeg_aan_ketens_toe` (migration 0025) locks each client's head (clients in a
 * fixed order, so two writers never wait on each other), skips entries already on file — a retried
 * step writes nothing twice — links the new ones one after the other and moves the head once. Each
 * entry goes as its canonical JSON, the text the hash is taken over (issue 14: the round trips and a
 * second write of the head were most of an append's cost; bench/record). Returns how many were new.
 */
export async function voegAanKetensToe(
  tx: Transactie,
  aantekeningen: readonly Ketenaantekening[],
): Promise<number> {
  if (aantekeningen.length === 0) return 0;
  const inhouden = aantekeningen.map(ketenInhoud);
  const { rows } = await tx.execute<{ nieuw: number }>(
    sql`select public.voeg_aan_ketens_toe(${sql.param(inhouden)}::text[]) as nieuw`,
  );
  return rows[0]!.nieuw;
}
