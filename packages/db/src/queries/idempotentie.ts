import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { idempotentie } from '../schema';

export type IdempotentieRij = typeof idempotentie.$inferSelect;

export const idempotentieQueries = (db: Db) => ({
  vind: async (gebruikerId: string, sleutel: string): Promise<IdempotentieRij | undefined> =>
    (
      await db
        .select()
        .from(idempotentie)
        .where(and(eq(idempotentie.gebruikerId, gebruikerId), eq(idempotentie.sleutel, sleutel)))
    )[0],

  /** Claims the key for this request; false when another request holds or answered it already. */
  claim: async (gebruikerId: string, sleutel: string, verzoekHash: string, op: string): Promise<boolean> =>
    (
      await db
        .insert(idempotentie)
        .values({ gebruikerId, sleutel, verzoekHash, geclaimdOp: op })
        .onConflictDoNothing()
        .returning({ sleutel: idempotentie.sleutel })
    ).length > 0,

  /**
   * Takes over a claim whose request died without answering (the API process stopped mid-request).
   * Compare-and-set on the old claim time, so only one retry wins.
   */
  neemOver: async (rij: IdempotentieRij, op: string): Promise<boolean> =>
    (
      await db
        .update(idempotentie)
        .set({ geclaimdOp: op })
        .where(
          and(
            eq(idempotentie.gebruikerId, rij.gebruikerId),
            eq(idempotentie.sleutel, rij.sleutel),
            eq(idempotentie.geclaimdOp, rij.geclaimdOp),
            isNull(idempotentie.status),
          ),
        )
        .returning({ sleutel: idempotentie.sleutel })
    ).length > 0,

  legVast: (
    gebruikerId: string,
    sleutel: string,
    antwoord: { status: number; body: unknown; locatie: string | null },
    op: string,
  ) =>
    db
      .update(idempotentie)
      .set({
        status: antwoord.status,
        antwoord: antwoord.body ?? null,
        locatie: antwoord.locatie,
        voltooidOp: op,
      })
      .where(and(eq(idempotentie.gebruikerId, gebruikerId), eq(idempotentie.sleutel, sleutel))),

  /** A request that failed in passing (5xx) gives its key back, so the client's retry runs it again. */
  geefVrij: (gebruikerId: string, sleutel: string) =>
    db
      .delete(idempotentie)
      .where(
        and(
          eq(idempotentie.gebruikerId, gebruikerId),
          eq(idempotentie.sleutel, sleutel),
          isNull(idempotentie.status),
        ),
      ),

  ruimOp: (voor: string) => db.delete(idempotentie).where(lt(idempotentie.geclaimdOp, voor)),
});
