import { z } from 'zod';
import type { Deelverzoek } from '../deelverzoek/deelverzoek.schema';
import type { DeelverzoekStap } from '../deelverzoek/start';
import { aantekeningId } from '../deelverzoek/start';
import type { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { gelukt, geweigerd, type Resultaat } from '../regels/resultaat';

const BRON = 'Handleiding hoofdstuk 4, afweging 1';

export const Afweging1Antwoord = z
  .object({
    hoortBijMij: z.boolean({ error: 'Geef aan of de vraag bij u hoort (ja of nee).' }),
    toelichting: z
      .string()
      .trim()
      .min(5, 'Licht uw antwoord toe in minstens 5 tekens.')
      .max(2000, 'De toelichting is te lang (hoogstens 2000 tekens).'),
    doorverwezenNaar: z.string().trim().max(200, 'Hoogstens 200 tekens.').optional(),
  })
  .refine((a) => a.hoortBijMij || (a.doorverwezenNaar?.length ?? 0) >= 2, {
    message: 'Noem bij een doorverwijzing naar wie u de cliënt verwijst.',
    path: ['doorverwezenNaar'],
  });
export type Afweging1Antwoord = z.infer<typeof Afweging1Antwoord>;

/**
 * Afweging 1: does the question belong to me? Yes → afweging 2. No → refer the client and close
 * the deelverzoek as doorverwezen. Both answers go into the file.
 */
export function beantwoordAfweging1(
  deelverzoek: Deelverzoek,
  volgnummer: number,
  antwoord: Afweging1Antwoord,
  door: Actor,
  op: string,
): Resultaat<DeelverzoekStap> {
  if (deelverzoek.status !== 'afweging-1') {
    return geweigerd({
      code: 'afweging-1-al-beantwoord',
      bericht:
        'Afweging 1 is voor dit deelverzoek al beantwoord; een vastgelegd antwoord verandert niet meer.',
      bron: BRON,
    });
  }
  const tekst = antwoord.hoortBijMij
    ? `Afweging 1: de vraag hoort bij mij. Toelichting: ${antwoord.toelichting}`
    : `Afweging 1: de vraag hoort niet bij mij; doorverwezen naar ${antwoord.doorverwezenNaar}. Toelichting: ${antwoord.toelichting}`;
  return gelukt({
    deelverzoek: { ...deelverzoek, status: antwoord.hoortBijMij ? 'afweging-2' : 'doorverwezen' },
    aantekeningen: [
      {
        id: aantekeningId(deelverzoek.id, volgnummer),
        deelverzoekId: deelverzoek.id,
        clientId: deelverzoek.clientId,
        soort: 'afweging-1',
        tekst,
        door,
        op,
        contentVersie: deelverzoek.contentVersie,
        beleidVersie: deelverzoek.beleidVersie,
      },
    ],
  });
}
