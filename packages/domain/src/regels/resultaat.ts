import { z } from 'zod';

/** A rule that forbids a command, with the handbook section that says so. */
export interface Overtreding {
  code: string;
  /** Dutch, addressed to the professional. */
  bericht: string;
  /** The content item (handbook section) that the rule comes from. */
  bron: string;
}

export type Resultaat<T> = { ok: true; waarde: T } | { ok: false; overtredingen: Overtreding[] };

export const gelukt = <T>(waarde: T): Resultaat<T> => ({ ok: true, waarde });
export const geweigerd = <T>(...overtredingen: Overtreding[]): Resultaat<T> => ({ ok: false, overtredingen });

export const overtreding = (code: string, bericht: string, bron: string): Overtreding => ({
  code,
  bericht,
  bron,
});

/** The same shape as a schema, for state and API output that carry violations. */
export const Overtreding = z.object({ code: z.string(), bericht: z.string(), bron: z.string() });
