import {
  type ConflictVanPlichtenVoorwaarde,
  conflictVanPlichtenVoorwaarden,
} from '@deelwijs/content/beroepsgeheim/beroepsgeheim';
import { z } from 'zod';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';

/** One condition: the professional's answer and why. */
export const Voorwaarde = z.object({
  voldaan: z.boolean(),
  onderbouwing: z.string().trim().max(4000, 'De onderbouwing is te lang (hoogstens 4000 tekens).'),
});
export type Voorwaarde = z.infer<typeof Voorwaarde>;

/** The five conditions of a conflict van plichten; all five must hold. */
export const ConflictVanPlichten = z.object({
  allesGedaanVoorToestemming: Voorwaarde,
  gewetensnood: Voorwaarde,
  geenAndereWeg: Voorwaarde,
  zwijgenGeeftErnstigeSchade: Voorwaarde,
  doorbrekenVoorkomtSchade: Voorwaarde,
});
export type ConflictVanPlichten = z.infer<typeof ConflictVanPlichten>;

const BRON = (nr: number) =>
  `Handleiding hoofdstuk 5, Het beroepsgeheim, uitzondering c (conflict van plichten), voorwaarde ${nr}; afweging 4a en 4c`;
export const MIN_ONDERBOUWING = 10;

type VoorwaardeId = ConflictVanPlichtenVoorwaarde['id'];

/** Each answer's key beside the content id whose wording (question, text, what a no means) it shows. */
const SLEUTEL_PER_ID: Record<VoorwaardeId, keyof ConflictVanPlichten> = {
  'alles-gedaan-voor-toestemming': 'allesGedaanVoorToestemming',
  gewetensnood: 'gewetensnood',
  'geen-andere-weg': 'geenAndereWeg',
  'ernstige-schade-bij-zwijgen': 'zwijgenGeeftErnstigeSchade',
  'doorbreken-voorkomt-schade': 'doorbrekenVoorkomtSchade',
};

/** The conditions in the handbook's order, with their wording from `@deelwijs/content` (by id). */
export const voorwaardenConflictVanPlichten: readonly {
  nummer: number;
  id: VoorwaardeId;
  sleutel: keyof ConflictVanPlichten;
  /** The condition as the handbook states it, shown beside its question. */
  tekst: string;
  vraag: string;
  nietVoldaan: string;
}[] = [...conflictVanPlichtenVoorwaarden]
  .sort((a, b) => a.nummer - b.nummer)
  .map((v) => ({
    nummer: v.nummer,
    id: v.id,
    sleutel: SLEUTEL_PER_ID[v.id],
    tekst: v.tekst,
    vraag: v.vraag,
    nietVoldaan: v.nietVoldaan,
  }));

/** The five answers judged apart: a missing motivation is refused, a no is an outcome (niet delen). */
export interface VijfVragenOordeel {
  /** Answers without written reasons: the command is refused until they are there. */
  zonderOnderbouwing: Overtreding[];
  /** The conditions answered no, in the handbook's order: each one alone ends in niet delen. */
  nietVoldaan: readonly { nummer: number; id: VoorwaardeId; vraag: string; nietVoldaan: string }[];
}

/**
 * The five questions as the process asks them: every answer, yes or no, needs its motivation; then
 * any no means the secret stays kept and nothing is shared.
 */
export function beoordeelVijfVragen(antwoorden: ConflictVanPlichten): VijfVragenOordeel {
  const zonderOnderbouwing = voorwaardenConflictVanPlichten
    .filter((v) => antwoorden[v.sleutel].onderbouwing.trim().length < MIN_ONDERBOUWING)
    .map((v) => ({
      code: `vijf-vragen-${v.nummer}-onderbouwing`,
      bericht: `Schrijf bij vraag ${v.nummer} op waarom u ja of nee antwoordt (minstens ${MIN_ONDERBOUWING} tekens): ${v.vraag}`,
      bron: BRON(v.nummer),
    }));
  const nietVoldaan = voorwaardenConflictVanPlichten
    .filter((v) => !antwoorden[v.sleutel].voldaan)
    .map(({ nummer, id, vraag, nietVoldaan }) => ({ nummer, id, vraag, nietVoldaan }));
  return { zonderOnderbouwing, nietVoldaan };
}

/**
 * A conflict van plichten opens professional secrecy only when all five conditions hold, each
 * with written reasons. One violation per condition that is not met or not explained.
 */
export function toetsConflictVanPlichten(toets: ConflictVanPlichten): Resultaat<ConflictVanPlichten> {
  const overtredingen: Overtreding[] = [];
  for (const v of voorwaardenConflictVanPlichten) {
    const antwoord = toets[v.sleutel];
    if (!antwoord.voldaan) {
      overtredingen.push({
        code: `conflict-van-plichten-voorwaarde-${v.nummer}`,
        bericht: `Voorwaarde ${v.nummer} is niet vervuld. ${v.nietVoldaan}`,
        bron: BRON(v.nummer),
      });
    } else if (antwoord.onderbouwing.trim().length < MIN_ONDERBOUWING) {
      overtredingen.push({
        code: `conflict-van-plichten-voorwaarde-${v.nummer}-onderbouwing`,
        bericht: `Schrijf bij voorwaarde ${v.nummer} op waarom die vervuld is (minstens ${MIN_ONDERBOUWING} tekens): ${v.vraag}`,
        bron: BRON(v.nummer),
      });
    }
  }
  return overtredingen.length === 0 ? gelukt(toets) : geweigerd(...overtredingen);
}
