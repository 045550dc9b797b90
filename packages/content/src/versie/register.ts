import { z } from 'zod';
import { vergelijkVersies } from './changelog';
import { Handleiding } from './handleiding.schema';
import { CONTENT_VERSIE } from './versie';
import { contentVersies } from './versies';

export { contentVersies } from './versies';

export class OnbekendeContentVersieFout extends Error {
  constructor(
    readonly versie: string,
    readonly beschikbaar: string[],
  ) {
    super(
      `Contentversie '${versie}' bestaat niet. Beschikbare versies: ${beschikbaar.length ? beschikbaar.join(', ') : 'geen'}.`,
    );
    this.name = 'OnbekendeContentVersieFout';
  }
}

export class OngeldigeContentFout extends Error {
  constructor(
    readonly versie: string,
    readonly problemen: string[],
  ) {
    super(`Contentversie '${versie}' is ongeldig: ${problemen.slice(0, 5).join(' | ')}`);
    this.name = 'OngeldigeContentFout';
  }
}

/** Versions in the register, oldest first (numeric, so 2025.10.0 comes after 2025.9.0). */
export function beschikbareVersies(register: Record<string, Handleiding> = contentVersies): string[] {
  return Object.keys(register).sort(vergelijkVersies);
}

export function nieuwsteVersie(register: Record<string, Handleiding> = contentVersies): string {
  const versies = beschikbareVersies(register);
  const nieuwste = versies[versies.length - 1];
  if (nieuwste === undefined) throw new OnbekendeContentVersieFout('(nieuwste)', []);
  return nieuwste;
}

const nl = z.locales.nl().localeError;

// Validation walks the whole handbook; each register/version pair is checked once. Deterministic, so
// safe in workflow code too.
const gevalideerd = new WeakMap<Record<string, Handleiding>, Map<string, Handleiding>>();

/**
 * Loads one content version, validated by zod. Without `versie`: the newest. Throws
 * OnbekendeContentVersieFout for an unknown version and OngeldigeContentFout for invalid data.
 */
export function laadHandleiding(
  versie?: string,
  register: Record<string, Handleiding> = contentVersies,
): Handleiding {
  const gekozen = versie ?? nieuwsteVersie(register);
  if (!Object.hasOwn(register, gekozen)) {
    throw new OnbekendeContentVersieFout(gekozen, beschikbareVersies(register));
  }
  const cache = gevalideerd.get(register) ?? new Map<string, Handleiding>();
  gevalideerd.set(register, cache);
  const eerder = cache.get(gekozen);
  if (eerder) return eerder;
  const resultaat = Handleiding.safeParse(register[gekozen], { error: nl });
  if (!resultaat.success) {
    throw new OngeldigeContentFout(
      gekozen,
      resultaat.error.issues.map((i) => `${i.path.join('.') || '(handleiding)'}: ${i.message}`),
    );
  }
  if (resultaat.data.versie !== gekozen) {
    throw new OngeldigeContentFout(gekozen, [`de gegevens dragen versie '${resultaat.data.versie}'`]);
  }
  cache.set(gekozen, resultaat.data);
  return resultaat.data;
}

/** Sanity link between the constant and the register; checked in tests. */
export const contentVersieInRegister = Object.hasOwn(contentVersies, CONTENT_VERSIE);
