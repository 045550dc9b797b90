import type { Deelverzoek } from '../deelverzoek/deelverzoek.schema';
import type { DeelverzoekStap } from '../deelverzoek/start';
import { aantekeningId } from '../deelverzoek/start';
import type { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, type Resultaat } from '../regels/resultaat';
import type { Afweging1Antwoord } from './afweging-1.schema';

const BRON = bronAfweging('1');

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
): Resultaat<DeelverzoekStap & { deelverzoek: { status: 'afweging-2' | 'doorverwezen' } }> {
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
