import { gelukt, geweigerd, type Resultaat } from '../regels/resultaat';
import { type Datum, dagnummer, type Tijdstip } from '../werkdagen/amsterdam-tijd';
import { leeftijdOp, peilDatum } from './leeftijd';
import {
  type Client,
  type Partij,
  UitzonderingTwaalfTotZestien,
  type Vertegenwoordiger,
  type VertegenwoordigerRol,
  type WieMoetToestemmen,
} from './vertegenwoordiging.schema';

const HOOFDSTUK_3 = 'Handleiding hoofdstuk 3 (Privacy en leeftijd)';
const BRON = {
  jong: `${HOOFDSTUK_3}; WGBO art. 7:465 lid 1 en 7:448; Jeugdwet art. 7.3.4 en 7.3.15`,
  tiener: `${HOOFDSTUK_3}; WGBO art. 7:450 lid 2; Jeugdwet art. 7.3.4 en 7.3.5`,
  zestien: `${HOOFDSTUK_3}; WGBO art. 7:447 en 7:450; Jeugdwet art. 7.3.4`,
  wilsonbekwaamMinderjarig: `${HOOFDSTUK_3}; WGBO art. 7:465 lid 1; Jeugdwet art. 7.3.15`,
  wilsonbekwaamMeerderjarig: `${HOOFDSTUK_3}; WGBO art. 7:465`,
} as const;

const CLIENT: Partij = { soort: 'client' };

/** One key per person in a role, so consents and attempts can be matched to who must give them. */
export const partijSleutel = (p: Partij): string => (p.soort === 'client' ? 'client' : `${p.id}:${p.rol}`);
const naarPartij = (v: Vertegenwoordiger): Partij => ({ soort: 'vertegenwoordiger', id: v.id, rol: v.rol });

/** For an adult without capacity: the first level that has someone decides (WGBO art. 7:465). */
const RANGORDE_MEERDERJARIG: readonly {
  rollen: readonly VertegenwoordigerRol[];
  vereist: 'allen' | 'een-van';
}[] = [
  { rollen: ['curator'], vereist: 'allen' },
  { rollen: ['mentor'], vereist: 'allen' },
  { rollen: ['schriftelijk-gemachtigde'], vereist: 'allen' },
  { rollen: ['partner'], vereist: 'allen' },
  { rollen: ['ouder', 'kind', 'broer-zus'], vereist: 'een-van' },
];

/** One person listed twice (e.g. as ouder and as ouder-met-gezag) is asked once. */
function uniek(partijen: Partij[]): Partij[] {
  const gezien = new Set<string>();
  return partijen.filter((p) => {
    const sleutel = partijSleutel(p);
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

const gezagsdragers = (client: Client): Partij[] =>
  uniek(
    client.vertegenwoordigers.filter((v) => v.rol === 'ouder-met-gezag' || v.rol === 'voogd').map(naarPartij),
  );

/**
 * Who must consent to sharing a client's data on `peildatum`, and who is only informed:
 * - under 12: the parents with gezag or the voogd; the child is told at its level;
 * - 12–15: the child and the parents with gezag (or voogd), unless ernstig nadeel or the
 *   child's weloverwogen wens makes the child's consent enough;
 * - 16 and older: the client alone;
 * - a minor of 12+ without capacity: the parents with gezag or voogd;
 * - an adult without capacity: curator → mentor → schriftelijk gemachtigde → partner →
 *   ouder/kind/broer/zus, the first present; the client is told at their level.
 * Refused (with the rule) when the law's representative is missing.
 */
export function wieMoetToestemmen(
  client: Client,
  peildatum: Datum | Tijdstip,
  uitzondering: UitzonderingTwaalfTotZestien = {},
): Resultaat<WieMoetToestemmen> {
  const peil = peilDatum(peildatum);
  if (dagnummer(client.geboortedatum) > dagnummer(peil)) {
    return geweigerd({
      code: 'geboortedatum-na-peildatum',
      bericht: 'De geboortedatum ligt na de datum van het verzoek. Controleer de geboortedatum.',
      bron: HOOFDSTUK_3,
    });
  }
  const leeftijd = leeftijdOp(client.geboortedatum, peil);
  const { ernstigNadeel, weloverwogenWens } = UitzonderingTwaalfTotZestien.parse(uitzondering);

  const doorGezag = (
    regel: WieMoetToestemmen['regel'],
    bron: string,
    uitleg: string,
    kindStemtMee: boolean,
  ): Resultaat<WieMoetToestemmen> => {
    const gezag = gezagsdragers(client);
    if (gezag.length === 0) {
      return geweigerd({
        code: 'geen-gezagsdrager',
        bericht:
          'Voor deze minderjarige cliënt staat geen ouder met gezag of voogd vastgelegd. Zoek uit wie het gezag heeft (gezagsregister) en leg die vast.',
        bron,
      });
    }
    return gelukt({
      regel,
      leeftijd,
      vereist: 'allen',
      toestemmers: kindStemtMee ? [CLIENT, ...gezag] : gezag,
      informeren: kindStemtMee ? [] : [CLIENT],
      uitleg,
      bron,
    });
  };

  if (leeftijd < 12) {
    return doorGezag(
      'jonger-dan-12',
      BRON.jong,
      'De cliënt is jonger dan 12: de ouders met gezag of de voogd beslissen. Vertel het kind wat er gebeurt, op een manier die het begrijpt.',
      false,
    );
  }
  if (leeftijd < 18 && client.wilsonbekwaam) {
    return doorGezag(
      'wilsonbekwame-minderjarige',
      BRON.wilsonbekwaamMinderjarig,
      'De minderjarige cliënt kan zijn belangen hierin niet goed overzien: de ouders met gezag of de voogd beslissen. Betrek de cliënt zoveel als kan.',
      false,
    );
  }
  if (leeftijd < 16) {
    if (ernstigNadeel || weloverwogenWens) {
      return gelukt({
        regel: '12-tot-16-uitzondering',
        leeftijd,
        vereist: 'allen',
        toestemmers: [CLIENT],
        informeren: [],
        uitleg: ernstigNadeel
          ? 'De cliënt is 12 tot 16 en het delen is duidelijk nodig om ernstig nadeel te voorkomen: de toestemming van de cliënt is genoeg.'
          : 'De cliënt is 12 tot 16 en blijft het delen weloverwogen willen, ook nu de ouders nee zeggen: de toestemming van de cliënt is genoeg.',
        bron: BRON.tiener,
      });
    }
    return doorGezag(
      '12-tot-16',
      BRON.tiener,
      'De cliënt is 12 tot 16: de cliënt én de ouders met gezag (of de voogd) moeten toestemming geven.',
      true,
    );
  }
  if (!client.wilsonbekwaam) {
    return gelukt({
      regel: '16-en-ouder',
      leeftijd,
      vereist: 'allen',
      toestemmers: [CLIENT],
      informeren: [],
      uitleg: 'De cliënt is 16 of ouder: alleen de cliënt zelf beslist.',
      bron: BRON.zestien,
    });
  }
  for (const niveau of RANGORDE_MEERDERJARIG) {
    const aanwezig = uniek(
      client.vertegenwoordigers.filter((v) => niveau.rollen.includes(v.rol)).map(naarPartij),
    );
    if (aanwezig.length > 0) {
      return gelukt({
        regel: 'wilsonbekwame-volwassene',
        leeftijd,
        vereist: aanwezig.length > 1 ? niveau.vereist : 'allen',
        toestemmers: aanwezig,
        informeren: [CLIENT],
        uitleg:
          'De meerderjarige cliënt kan zijn belangen hierin niet goed overzien: de eerste vertegenwoordiger in de wettelijke volgorde beslist. Vertel de cliënt wat er gebeurt, op een manier die bij de cliënt past.',
        bron: BRON.wilsonbekwaamMeerderjarig,
      });
    }
  }
  return geweigerd({
    code: 'geen-vertegenwoordiger',
    bericht:
      'Er is niemand vastgelegd die voor deze cliënt mag beslissen (curator, mentor, schriftelijk gemachtigde, partner, ouder, kind, broer of zus). Leg die vast of vraag de kantonrechter om een mentor of curator.',
    bron: BRON.wilsonbekwaamMeerderjarig,
  });
}
