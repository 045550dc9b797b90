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

/** The conditions in the handbook's order, each with the question the professional answers. */
export const voorwaardenConflictVanPlichten: readonly {
  nummer: number;
  sleutel: keyof ConflictVanPlichten;
  vraag: string;
  nietVoldaan: string;
}[] = [
  {
    nummer: 1,
    sleutel: 'allesGedaanVoorToestemming',
    vraag: 'Heeft u alles gedaan om eerst toestemming van de cliënt te krijgen?',
    nietVoldaan:
      'Probeer eerst echt toestemming te krijgen. Pas als dat niet lukt, kan doorbreken aan de orde zijn.',
  },
  {
    nummer: 2,
    sleutel: 'gewetensnood',
    vraag: 'Komt u in gewetensnood als u blijft zwijgen?',
    nietVoldaan: 'Zonder gewetensnood is er geen conflict van plichten. Houd uw zwijgplicht aan.',
  },
  {
    nummer: 3,
    sleutel: 'geenAndereWeg',
    vraag: 'Is doorbreken van uw zwijgplicht de enige manier om het probleem op te lossen?',
    nietVoldaan: 'Er is nog een andere weg. Kies die in plaats van de zwijgplicht te doorbreken.',
  },
  {
    nummer: 4,
    sleutel: 'zwijgenGeeftErnstigeSchade',
    vraag: 'Leidt zwijgen tot ernstige schade voor de cliënt of een ander?',
    nietVoldaan: 'Zonder ernstige schade bij zwijgen mag u uw zwijgplicht niet doorbreken.',
  },
  {
    nummer: 5,
    sleutel: 'doorbrekenVoorkomtSchade',
    vraag: 'Is het vrijwel zeker dat doorbreken die schade voorkomt of kleiner maakt?',
    nietVoldaan: 'Als niet vrijwel zeker is dat delen de schade voorkomt of beperkt, mag u niet doorbreken.',
  },
];

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
