import type { Deelverzoek } from '../deelverzoek/deelverzoek.schema';
import type { DeelverzoekStap } from '../deelverzoek/start';
import { aantekeningId } from '../deelverzoek/start';
import type { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { uitkomstVan } from '../regels/beslisgraaf';
import { bronAfweging } from '../regels/bron';
import { gelukt, geweigerd, type Resultaat } from '../regels/resultaat';
import { AFWEGING_1_VRAGEN, type Afweging1Antwoord } from './afweging-1.schema';

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
  // What the answer leads to is the graph's edge, not a second copy of it here.
  const uitkomst = uitkomstVan(deelverzoek.contentVersie, '1', {
    [AFWEGING_1_VRAGEN.hoortBijMij]: antwoord.hoortBijMij,
  });
  if (!uitkomst.ok) return geweigerd(...uitkomst.overtredingen);
  const doorverwezen = uitkomst.waarde === 'verwijs-door';
  const tekst = !doorverwezen
    ? `Afweging 1: de vraag hoort bij mij. Toelichting: ${antwoord.toelichting}`
    : `Afweging 1: de vraag hoort niet bij mij; doorverwezen naar ${antwoord.doorverwezenNaar}. Toelichting: ${antwoord.toelichting}`;
  return gelukt({
    deelverzoek: { ...deelverzoek, status: doorverwezen ? 'doorverwezen' : 'afweging-2' },
    aantekeningen: [
      {
        id: aantekeningId(deelverzoek.id, volgnummer),
        deelverzoekId: deelverzoek.id,
        clientId: deelverzoek.clientId,
        soort: 'afweging-1',
        tekst,
        // Who, not with which roles: every entry names its actor the same way.
        door: { gebruikerId: door.gebruikerId },
        op,
        contentVersie: deelverzoek.contentVersie,
        beleidVersie: deelverzoek.beleidVersie,
      },
    ],
  });
}
