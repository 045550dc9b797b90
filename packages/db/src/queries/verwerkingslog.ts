import type { Db } from '../client';
import type { Transactie } from '../dossier/schrijven';
import { toegangslog, verwerkingslog } from '../schema';
import type { LogRijen } from '../verwerkingslog/rijen';

/** Both logs of one act in one transaction: a verwerking is never on file without its toegang, or back. */
export async function schrijfLogRijen(tx: Transactie, rijen: LogRijen): Promise<void> {
  if (rijen.verwerkingen.length > 0) await tx.insert(verwerkingslog).values(rijen.verwerkingen);
  if (rijen.toegang.length > 0) await tx.insert(toegangslog).values(rijen.toegang);
}

export const verwerkingslogQueries = (db: Db) => ({
  /** One insert per table, whatever the number of data subjects (a list of 50 is two statements). */
  schrijf: async (rijen: LogRijen): Promise<void> => {
    if (rijen.verwerkingen.length === 0 && rijen.toegang.length === 0) return;
    await db.transaction((tx) => schrijfLogRijen(tx, rijen));
  },
});
