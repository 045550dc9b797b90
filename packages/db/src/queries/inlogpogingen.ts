import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { inlogpogingen } from '../schema';

/** How long a key must wait after its n-th failure (0: not at all), and when an old count is forgotten. */
export interface InlogBeleid {
  wachttijdMs: (sleutel: string, mislukt: number) => number;
  vergeetNaMs: number;
}

export type Reservering = { toegestaan: true } | { toegestaan: false; sleutel: string; wachtMs: number };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function nu(tx: Tx): Promise<Date> {
  const { rows } = await tx.execute<{ nu: Date | string }>(sql`select now() as nu`);
  return new Date(rows[0]!.nu);
}

/** The rows of these keys, created when missing, locked in a fixed order so two logins never deadlock. */
async function vergrendel(tx: Tx, sleutels: string[], op: Date) {
  const gesorteerd = [...new Set(sleutels)].sort();
  await tx
    .insert(inlogpogingen)
    .values(gesorteerd.map((sleutel) => ({ sleutel, laatsteOp: op.toISOString() })))
    .onConflictDoNothing();
  return tx
    .select()
    .from(inlogpogingen)
    .where(inArray(inlogpogingen.sleutel, gesorteerd))
    .orderBy(asc(inlogpogingen.sleutel))
    .for('update');
}

export const inlogpogingQueries = (db: Db) => ({
  /**
   * Counts this attempt under every key before the password is checked: a blocked key refuses it,
   * otherwise each count goes up by one (and may start a wait). The rows are locked while that is
   * decided, so of any number of parallel attempts only as many are evaluated as the policy allows.
   */
  reserveer: (sleutels: string[], beleid: InlogBeleid): Promise<Reservering> =>
    db.transaction(async (tx) => {
      const op = await nu(tx);
      const rijen = await vergrendel(tx, sleutels, op);
      for (const rij of rijen) {
        const wachtMs = rij.geblokkeerdTot ? new Date(rij.geblokkeerdTot).getTime() - op.getTime() : 0;
        if (wachtMs > 0) return { toegestaan: false, sleutel: rij.sleutel, wachtMs };
      }
      for (const rij of rijen) {
        const vergeten = op.getTime() - new Date(rij.laatsteOp).getTime() > beleid.vergeetNaMs;
        const mislukt = (vergeten ? 0 : rij.mislukt) + 1;
        const wacht = beleid.wachttijdMs(rij.sleutel, mislukt);
        await tx
          .update(inlogpogingen)
          .set({
            mislukt,
            laatsteOp: op.toISOString(),
            geblokkeerdTot: wacht > 0 ? new Date(op.getTime() + wacht).toISOString() : null,
          })
          .where(eq(inlogpogingen.sleutel, rij.sleutel));
      }
      return { toegestaan: true };
    }),

  /**
   * After a right password: the keys in `wis` start over (this account from this address), the keys
   * in `terug` only give back the attempt this login counted (the address as a whole keeps what
   * others failed there).
   */
  geslaagd: (wis: string[], terug: string[], beleid: InlogBeleid): Promise<void> =>
    db.transaction(async (tx) => {
      if (wis.length > 0) await tx.delete(inlogpogingen).where(inArray(inlogpogingen.sleutel, wis));
      if (terug.length === 0) return;
      const op = await nu(tx);
      for (const rij of await vergrendel(tx, terug, op)) {
        const mislukt = Math.max(0, rij.mislukt - 1);
        await tx
          .update(inlogpogingen)
          .set({
            mislukt,
            geblokkeerdTot: beleid.wachttijdMs(rij.sleutel, mislukt) > 0 ? rij.geblokkeerdTot : null,
          })
          .where(eq(inlogpogingen.sleutel, rij.sleutel));
      }
    }),

  /** Forgets counts nobody added to since `voor` and that no longer block. */
  ruimOp: (voor: string) =>
    db
      .delete(inlogpogingen)
      .where(
        and(
          lt(inlogpogingen.laatsteOp, voor),
          or(isNull(inlogpogingen.geblokkeerdTot), lt(inlogpogingen.geblokkeerdTot, voor)),
        ),
      ),
});
