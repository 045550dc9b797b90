import { z } from 'zod';
import { Beleid } from './beleid.schema';

const shape = Beleid.shape;

/** What an organisation may change: any clock, always under a new `versie`. Unknown keys are refused. */
export const BeleidOverrides = z
  .object({
    versie: z.string().trim().min(1, 'Geef het aangepaste beleid een eigen versie.'),
    toestemming: shape.toestemming.partial().strict().optional(),
    collegialeToetsing: shape.collegialeToetsing.partial().strict().optional(),
    akkoordLeidinggevende: shape.akkoordLeidinggevende.partial().strict().optional(),
    vitaalBelang: shape.vitaalBelang.partial().strict().optional(),
    informerenAchteraf: shape.informerenAchteraf.partial().strict().optional(),
    uitstel: shape.uitstel.partial().strict().optional(),
  })
  .strict();
export type BeleidOverrides = z.input<typeof BeleidOverrides>;

export class OngeldigBeleidFout extends Error {
  constructor(
    message: string,
    readonly problemen: string[],
  ) {
    super(message);
    this.name = 'OngeldigBeleidFout';
  }
}

const nl = z.locales.nl().localeError;

function problemen(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(beleid)'}: ${i.message}`);
}

/**
 * Applies an organisation's overrides to a base policy. Returns a new, validated policy; the base is
 * not changed. The result carries the override's `versie`, which must differ from the base's, so a
 * process can always tell which deadlines it started under.
 */
export function beleidMetOverrides(basis: Beleid, overrides: BeleidOverrides): Beleid {
  const o = BeleidOverrides.safeParse(overrides, { error: nl });
  if (!o.success) {
    throw new OngeldigBeleidFout('De aanpassingen van het beleid zijn ongeldig.', problemen(o.error));
  }
  const b = Beleid.safeParse(basis, { error: nl });
  if (!b.success) {
    throw new OngeldigBeleidFout('Het basisbeleid is ongeldig.', problemen(b.error));
  }
  if (o.data.versie === b.data.versie) {
    throw new OngeldigBeleidFout(
      `Het aangepaste beleid moet een nieuwe versie krijgen; '${o.data.versie}' is de versie van het basisbeleid.`,
      ['versie: gelijk aan de versie van het basisbeleid'],
    );
  }
  const v = o.data;
  const samengevoegd = {
    versie: v.versie,
    toestemming: { ...b.data.toestemming, ...v.toestemming },
    collegialeToetsing: { ...b.data.collegialeToetsing, ...v.collegialeToetsing },
    akkoordLeidinggevende: { ...b.data.akkoordLeidinggevende, ...v.akkoordLeidinggevende },
    vitaalBelang: { ...b.data.vitaalBelang, ...v.vitaalBelang },
    informerenAchteraf: { ...b.data.informerenAchteraf, ...v.informerenAchteraf },
    uitstel: { ...b.data.uitstel, ...v.uitstel },
  };
  const resultaat = Beleid.safeParse(samengevoegd, { error: nl });
  if (!resultaat.success) {
    throw new OngeldigBeleidFout('Het samengevoegde beleid is ongeldig.', problemen(resultaat.error));
  }
  return resultaat.data;
}
