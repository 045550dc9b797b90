import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { Transactie } from './schrijven';

export interface VerlopenVerwijderen {
  clientId: string;
  /** Entries from before this moment are past retention; the database refuses anything under 20 years. */
  grens: string;
  /** Who asks (a user id, or the workflow), and why: both go on the tombstone. */
  door: string;
  reden: string;
}

/**
 * Removes a client's entries past retention through the one path the database allows (the SECURITY
 * DEFINER function of migration 0011), which leaves a tombstone the verification starts the chain
 * from. The tombstone's id, or null when nothing was past retention.
 */
export async function verwijderVerlopenAantekeningen(
  db: Db | Transactie,
  v: VerlopenVerwijderen,
): Promise<string | null> {
  const { rows } = await db.execute<{ id: string | null }>(
    sql`select verwijder_verlopen_dossieraantekeningen(${v.clientId}::uuid, ${v.grens}::timestamptz, ${v.door}, ${v.reden}) as id`,
  );
  return rows[0]?.id ?? null;
}
