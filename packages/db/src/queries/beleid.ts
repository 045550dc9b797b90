import type { Beleid, BeleidOverrides } from '@deelwijs/content';
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { beleidsversies, gebruikers } from '../schema';

export type BeleidsversieRij = typeof beleidsversies.$inferSelect & { vastgesteldDoorNaam: string };

export const beleidQueries = (db: Db) => ({
  /** Every version put in force, the one in force (the newest) first, with who did it. */
  lijst: (): Promise<BeleidsversieRij[]> =>
    db
      .select({
        versie: beleidsversies.versie,
        beleid: beleidsversies.beleid,
        overrides: beleidsversies.overrides,
        toelichting: beleidsversies.toelichting,
        vastgesteldDoor: beleidsversies.vastgesteldDoor,
        vastgesteldOp: beleidsversies.vastgesteldOp,
        vastgesteldDoorNaam: gebruikers.naam,
      })
      .from(beleidsversies)
      .innerJoin(gebruikers, eq(gebruikers.id, beleidsversies.vastgesteldDoor))
      .orderBy(desc(beleidsversies.vastgesteldOp)),

  /** The policy in force now, or null while the organisation runs on the default. */
  inGebruik: async (): Promise<{ beleid: Beleid; vastgesteldOp: string } | null> => {
    const [rij] = await db
      .select({ beleid: beleidsversies.beleid, vastgesteldOp: beleidsversies.vastgesteldOp })
      .from(beleidsversies)
      .orderBy(desc(beleidsversies.vastgesteldOp))
      .limit(1);
    return rij ?? null;
  },

  aantal: async (): Promise<number> =>
    Number((await db.select({ n: count() }).from(beleidsversies))[0]?.n ?? 0),

  /** Puts a version in force. False when the version name is taken (nothing written). */
  stelVast: async (v: {
    versie: string;
    beleid: Beleid;
    overrides: BeleidOverrides;
    toelichting: string;
    vastgesteldDoor: string;
  }): Promise<boolean> =>
    (
      await db
        .insert(beleidsversies)
        .values(v)
        .onConflictDoNothing()
        .returning({ versie: beleidsversies.versie })
    ).length === 1,
});
