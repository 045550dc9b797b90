import { z } from 'zod';
import { Tekst } from '../bronnen/bron.schema';

export const VersieNummer = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'Een contentversie heeft de vorm jaar.reeks.correctie.');

export const ChangelogRegel = z
  .object({
    versie: VersieNummer,
    datum: z.iso.date(),
    wijzigingen: z.array(Tekst).min(1),
  })
  .strict();
export type ChangelogRegel = z.infer<typeof ChangelogRegel>;

/** Newest first. Add an entry with every new content version; never edit a published one. */
export const changelog: ChangelogRegel[] = [
  {
    versie: '2025.2.0',
    datum: '2026-12-02',
    wijzigingen: [
      'Doorbreken van de zwijgplicht in losse stappen: een vastgelegd gesprek met de cliënt, een grond (conflict van plichten of vitaal belang) met de vijf vragen, toetsing door een deskundige collega uit de pool of op naam, en het akkoord van een leidinggevende per versie van het voorstel.',
      'Bij acuut gevaar eerst delen en het akkoord daarna; uitstel van informeren achteraf vraagt de professional aan en een leidinggevende beslist erover.',
      'Elke soort opdracht hoort bij vaste rollen; wie handelt volgt uit de ingelogde gebruiker.',
    ],
  },
  {
    versie: '2025.1.0',
    datum: '2026-11-22',
    wijzigingen: [
      'Eerste versie: de handleiding "Zo delen we gegevens in Zutphen" als gestructureerde, gevalideerde gegevens.',
      'Afwegingen 1, 2, 3, 4a, 4b en 4c als beslisgrafen met vragen, antwoorden en uitkomsten.',
      'Bijlage 1 volledig, per domein en pet, met grondslagen, gegevenscategorieën en wat je vastlegt.',
    ],
  },
];

/** Compares two `x.y.z` versions numerically; negative when a comes first. */
export function vergelijkVersies(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const verschil = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (verschil !== 0) return verschil;
  }
  return 0;
}
