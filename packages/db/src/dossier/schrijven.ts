import type { Ketenaantekening } from '@deelwijs/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { dossieraantekeningen, dossierketens } from '../schema';
import { BEGIN_HASH, ketenHash } from './keten';

export type Transactie = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Locks the client's head row (creating it on the first write) and, in the same statement, finds
 * which of `ids` are on file already. The lookup reads the statement's snapshot, taken before any
 * wait for the lock, so it is trusted only when the head did not move meanwhile (`gezien` equals
 * the locked `aantal`: every append moves the head); otherwise the caller looks again.
 */
async function lockKop(tx: Transactie, clientId: string, ids: readonly string[]) {
  const { rows } = await tx.execute<{
    aantal: number;
    laatste_hash: string;
    gezien: number | null;
    bestaand: string[];
  }>(sql`
    with kop as (
      insert into ${dossierketens} (client_id, aantal, laatste_hash) values (${clientId}, 0, ${BEGIN_HASH})
      on conflict (client_id) do update set aantal = dossierketens.aantal
      returning aantal, laatste_hash
    )
    select kop.aantal, kop.laatste_hash,
      (select aantal from ${dossierketens} where client_id = ${clientId}) as gezien,
      array(select id from ${dossieraantekeningen} where id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})) as bestaand
    from kop`);
  const kop = rows[0]!;
  const bestaand =
    (kop.gezien ?? 0) === kop.aantal
      ? kop.bestaand
      : (
          await tx
            .select({ id: dossieraantekeningen.id })
            .from(dossieraantekeningen)
            .where(inArray(dossieraantekeningen.id, [...ids]))
        ).map((r) => r.id);
  return { aantal: kop.aantal, laatsteHash: kop.laatste_hash, bestaand: new Set(bestaand) };
}

/**
 * Appends entries to their clients' chains inside the caller's transaction. The head row of each
 * client is locked first (clients in a fixed order, so two writers never wait on each other), then
 * entries already on file are skipped — a retried step writes nothing twice — and the new ones are
 * linked one after the other. Two statements per client: lock and look up, then insert and move the
 * head (issue 14: round trips were most of an append's cost; bench/record).
 */
export async function voegAanKetensToe(tx: Transactie, aantekeningen: readonly Ketenaantekening[]) {
  const perClient = new Map<string, Ketenaantekening[]>();
  for (const a of aantekeningen) perClient.set(a.clientId, [...(perClient.get(a.clientId) ?? []), a]);
  for (const clientId of [...perClient.keys()].sort()) {
    const eigen = perClient.get(clientId)!;
    const kop = await lockKop(
      tx,
      clientId,
      eigen.map((a) => a.id),
    );
    const nieuw = eigen.filter((a) => !kop.bestaand.has(a.id));
    if (nieuw.length === 0) continue;
    let { aantal, laatsteHash } = kop;
    const rijen = nieuw.map((a) => {
      const vorigeHash = laatsteHash;
      laatsteHash = ketenHash(a, vorigeHash);
      aantal += 1;
      return { ...a, ketenVolgnummer: aantal, vorigeHash, hash: laatsteHash };
    });
    const ingevoegd = tx
      .$with('ingevoegd')
      .as(tx.insert(dossieraantekeningen).values(rijen).returning({ id: dossieraantekeningen.id }));
    await tx
      .with(ingevoegd)
      .update(dossierketens)
      .set({ aantal, laatsteHash, bijgewerktOp: sql`now()` })
      .where(eq(dossierketens.clientId, clientId));
  }
}
