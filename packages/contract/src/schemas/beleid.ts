import { Beleid, BeleidOverrides, WetsArtikel } from '@deelwijs/content';
import { z } from 'zod';

const Tijdstip = z.iso.datetime({ offset: true });

/** One version of the organisation's deadlines that was put in force. */
export const BeleidsversieView = z.object({
  versie: z.string(),
  vastgesteldOp: Tijdstip,
  vastgesteldDoor: z.object({ id: z.string(), naam: z.string() }),
  toelichting: z.string(),
  beleid: Beleid,
  /** The clocks this version sets differently from the default, by path (e.g. `uitstel.maximaal`). */
  afwijkingen: z.array(z.string()),
});
export type BeleidsversieView = z.infer<typeof BeleidsversieView>;

/** A ceiling the law sets on a clock (see `WETTELIJKE_GRENZEN` in the content package). */
export const WettelijkeGrensView = z.object({
  pad: z.string(),
  wat: z.string(),
  hoogstens: z.record(z.string(), z.number()),
  bron: WetsArtikel,
});

/** What the beheerder (and the privacy officer) sees: what is in force since when, and the history. */
export const BeleidOverzicht = z.object({
  inGebruik: z.object({
    versie: z.string(),
    /** When it was put in force; null for the default, which holds from the start. */
    sinds: Tijdstip.nullable(),
    bron: z.enum(['standaard', 'organisatie']),
    beleid: Beleid,
  }),
  standaard: Beleid,
  /** Newest first. */
  versies: z.array(BeleidsversieView),
  grenzen: z.array(WettelijkeGrensView),
});
export type BeleidOverzicht = z.infer<typeof BeleidOverzicht>;

/**
 * A new version: the clocks to set (any subset; what is left out keeps the default) and why. The
 * version name is given by Deelwijs, so no two versions ever share one.
 */
export const NieuwBeleid = z
  .object({
    toelichting: z
      .string()
      .trim()
      .min(10, 'Schrijf in een zin waarom de termijnen veranderen (minstens 10 tekens).')
      .max(1000, 'De toelichting is te lang (hoogstens 1000 tekens).'),
    klokken: BeleidOverrides.omit({ versie: true }),
  })
  .strict();
export type NieuwBeleid = z.infer<typeof NieuwBeleid>;
