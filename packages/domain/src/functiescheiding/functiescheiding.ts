import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';

/** The roles of PRODUCT.md's users. */
export const Gebruikersrol = z.enum([
  'professional',
  'deskundige-collega',
  'leidinggevende',
  'privacy-officer',
  'functioneel-beheerder',
]);
export type Gebruikersrol = z.infer<typeof Gebruikersrol>;

/** A user with the roles they hold at the moment of acting. */
export const Medewerker = Actor.extend({ rollen: z.array(Gebruikersrol) });
export type Medewerker = z.infer<typeof Medewerker>;

/** Who did what on one doorbreking (or uitstel): each part must be a different person. */
export const Betrokkenen = z.object({
  aanvrager: Actor,
  collegialeToetser: Actor.optional(),
  ondertekenaar: Medewerker.optional(),
});
export type Betrokkenen = z.infer<typeof Betrokkenen>;

export interface FunctiescheidingEisen {
  /** A doorbreking needs collegiale toetsing (afweging 4a); an uitstel does not. */
  collegialeToetsing: boolean;
  akkoordLeidinggevende: boolean;
}

const BRON = 'Handleiding hoofdstuk 4, afweging 4a en 4c; PRODUCT.md, rol leidinggevende';

/** Ids compare trimmed, so "a" and " a" are one person. */
const zelfde = (a?: Actor, b?: Actor): boolean =>
  a !== undefined && b !== undefined && a.gebruikerId.trim() === b.gebruikerId.trim();

const regels: readonly {
  code: string;
  bericht: string;
  geldt: (b: Betrokkenen, e: FunctiescheidingEisen) => boolean;
}[] = [
  {
    code: 'collegiale-toetsing-ontbreekt',
    bericht: 'Laat het voorstel eerst toetsen door een deskundige collega.',
    geldt: (b, e) => e.collegialeToetsing && !b.collegialeToetser,
  },
  {
    code: 'akkoord-leidinggevende-ontbreekt',
    bericht: 'Hiervoor is het akkoord van een leidinggevende nodig.',
    geldt: (b, e) => e.akkoordLeidinggevende && !b.ondertekenaar,
  },
  {
    code: 'toetser-is-aanvrager',
    bericht: 'U kunt uw eigen voorstel niet toetsen. Vraag een andere deskundige collega.',
    geldt: (b) => zelfde(b.aanvrager, b.collegialeToetser),
  },
  {
    code: 'eigen-verzoek-ondertekend',
    bericht:
      'Een leidinggevende mag een eigen verzoek niet zelf goedkeuren. Vraag een andere leidinggevende.',
    geldt: (b) => zelfde(b.aanvrager, b.ondertekenaar),
  },
  {
    code: 'toetser-ondertekent',
    bericht:
      'Wie het voorstel toetste, mag het niet ook goedkeuren. Toetsing en akkoord zijn twee aparte controles.',
    geldt: (b) => zelfde(b.collegialeToetser, b.ondertekenaar),
  },
  {
    code: 'ondertekenaar-geen-leidinggevende',
    bericht: 'Alleen iemand met de rol leidinggevende kan dit goedkeuren.',
    geldt: (b) => b.ondertekenaar !== undefined && !b.ondertekenaar.rollen.includes('leidinggevende'),
  },
];

/**
 * Separation of duties: aanvrager, collegiale toetser and the leidinggevende who signs are three
 * different people, and only a leidinggevende signs.
 */
export function controleerFunctiescheiding(
  betrokkenen: Betrokkenen,
  eisen: FunctiescheidingEisen = { collegialeToetsing: false, akkoordLeidinggevende: false },
): Resultaat<Betrokkenen> {
  const overtredingen: Overtreding[] = regels
    .filter((r) => r.geldt(betrokkenen, eisen))
    .map((r) => ({ code: r.code, bericht: r.bericht, bron: BRON }));
  return overtredingen.length === 0 ? gelukt(betrokkenen) : geweigerd(...overtredingen);
}
