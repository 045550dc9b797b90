import type { Dossieraantekening } from '@deelwijs/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { dossieraantekeningen, dossierketens } from '../schema';
import { BEGIN_HASH, ketenHash } from './keten';

export type Transactie = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Appends entries to their clients' chains inside the caller's transaction. The head row of each
 * client is locked first (clients in a fixed order, so two writers never wait on each other), then
 * entries already on file are skipped — a retried step writes nothing twice — and the new ones are
 * linked one after the other.
 */
export async function voegAanKetensToe(tx: Transactie, aantekeningen: readonly Dossieraantekening[]) {
  const perClient = new Map<string, Dossieraantekening[]>();
  for (const a of aantekeningen) perClient.set(a.clientId, [...(perClient.get(a.clientId) ?? []), a]);
  for (const clientId of [...perClient.keys()].sort()) {
    const eigen = perClient.get(clientId)!;
    await tx
      .insert(dossierketens)
      .values({ clientId, aantal: 0, laatsteHash: BEGIN_HASH })
      .onConflictDoNothing({ target: dossierketens.clientId });
    const [kop] = await tx
      .select({ aantal: dossierketens.aantal, laatsteHash: dossierketens.laatsteHash })
      .from(dossierketens)
      .where(eq(dossierketens.clientId, clientId))
      .for('update');
    const bestaand = new Set(
      (
        await tx
          .select({ id: dossieraantekeningen.id })
          .from(dossieraantekeningen)
          .where(
            inArray(
              dossieraantekeningen.id,
              eigen.map((a) => a.id),
            ),
          )
      ).map((r) => r.id),
    );
    const nieuw = eigen.filter((a) => !bestaand.has(a.id));
    if (nieuw.length === 0) continue;
    let { aantal, laatsteHash } = kop!;
    const rijen = nieuw.map((a) => {
      const vorigeHash = laatsteHash;
      laatsteHash = ketenHash(a, vorigeHash);
      aantal += 1;
      return { ...a, ketenVolgnummer: aantal, vorigeHash, hash: laatsteHash };
    });
    await tx.insert(dossieraantekeningen).values(rijen);
    await tx
      .update(dossierketens)
      .set({ aantal, laatsteHash, bijgewerktOp: sql`now()` })
      .where(eq(dossierketens.clientId, clientId));
  }
}
