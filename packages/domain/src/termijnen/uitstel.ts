import type { Beleid } from '@deelwijs/content';
import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { controleerFunctiescheiding, Medewerker } from '../functiescheiding/functiescheiding';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';
import { IsoTijdstip, naarMs } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import { tijdstipNa } from './termijnen';

/** The three gerechtvaardigde redenen of afweging 4b (cf. UAVG art. 41). */
export const GerechtvaardigdeReden = z.enum([
  'voorkomen-strafbare-feiten',
  'bescherming-betrokkene',
  'rechten-en-vrijheden-anderen',
]);
export type GerechtvaardigdeReden = z.infer<typeof GerechtvaardigdeReden>;

export const gerechtvaardigdeRedenLabel: Record<GerechtvaardigdeReden, string> = {
  'voorkomen-strafbare-feiten': 'Om strafbare feiten te voorkomen',
  'bescherming-betrokkene': 'Om de cliënt zelf te beschermen',
  'rechten-en-vrijheden-anderen': 'Om de rechten en vrijheden van anderen te beschermen',
};

/**
 * A request to postpone informeren achteraf. Reason and approver are optional here so that their
 * absence becomes a rule violation with its source, not a bare parse error.
 */
export const UitstelAanvraag = z.object({
  reden: GerechtvaardigdeReden.optional(),
  onderbouwing: z.string().trim().max(4000, 'De onderbouwing is te lang (hoogstens 4000 tekens).'),
  vanaf: IsoTijdstip,
  tot: IsoTijdstip,
  aangevraagdDoor: Actor,
  goedgekeurdDoor: Medewerker.optional(),
});
export type UitstelAanvraag = z.infer<typeof UitstelAanvraag>;

export const Uitstel = UitstelAanvraag.extend({ reden: GerechtvaardigdeReden, goedgekeurdDoor: Medewerker });
export type Uitstel = z.infer<typeof Uitstel>;

const BRON_REDEN = 'Handleiding hoofdstuk 4, afweging 4b (gerechtvaardigde redenen); UAVG art. 41';
const BRON_TERMIJN = 'AVG art. 14 lid 3; beleid van de organisatie (uitstel, hoogstens per keer)';
const MIN_ONDERBOUWING = 10;

/**
 * Uitstel of informeren achteraf is allowed only for a gerechtvaardigde reden, with reasons
 * written down, approved by a leidinggevende other than the requester, for at most the policy's
 * maximum per time (default 30 days); it is re-assessed when it runs out.
 */
export function valideerUitstel(
  beleid: Beleid,
  aanvraag: UitstelAanvraag,
  opties: WerkdagOptiesInvoer = {},
): Resultaat<Uitstel> {
  const overtredingen: Overtreding[] = [];
  if (!aanvraag.reden) {
    overtredingen.push({
      code: 'uitstel-zonder-gerechtvaardigde-reden',
      bericht:
        'Uitstel mag alleen om een gerechtvaardigde reden: strafbare feiten voorkomen, de cliënt beschermen, of de rechten en vrijheden van anderen beschermen.',
      bron: BRON_REDEN,
    });
  }
  if (aanvraag.onderbouwing.trim().length < MIN_ONDERBOUWING) {
    overtredingen.push({
      code: 'uitstel-zonder-onderbouwing',
      bericht: `Schrijf op waarom de cliënt nu nog niet geïnformeerd kan worden (minstens ${MIN_ONDERBOUWING} tekens).`,
      bron: BRON_REDEN,
    });
  }
  const vanaf = naarMs(aanvraag.vanaf);
  const tot = naarMs(aanvraag.tot);
  if (tot <= vanaf) {
    overtredingen.push({
      code: 'uitstel-einde-voor-begin',
      bericht: 'Het einde van het uitstel moet na het begin liggen.',
      bron: BRON_TERMIJN,
    });
  } else if (tot > naarMs(tijdstipNa(aanvraag.vanaf, beleid.uitstel.maximaal, opties))) {
    const { aantal, eenheid } = beleid.uitstel.maximaal;
    overtredingen.push({
      code: 'uitstel-te-lang',
      bericht: `Uitstel duurt hoogstens ${aantal} ${eenheid} per keer. Beoordeel daarna opnieuw of het nog nodig is.`,
      bron: BRON_TERMIJN,
    });
  }
  const scheiding = controleerFunctiescheiding(
    { aanvrager: aanvraag.aangevraagdDoor, ondertekenaar: aanvraag.goedgekeurdDoor },
    { collegialeToetsing: false, akkoordLeidinggevende: true },
  );
  if (!scheiding.ok) overtredingen.push(...scheiding.overtredingen);

  if (overtredingen.length > 0 || !aanvraag.reden || !aanvraag.goedgekeurdDoor)
    return geweigerd(...overtredingen);
  return gelukt({ ...aanvraag, reden: aanvraag.reden, goedgekeurdDoor: aanvraag.goedgekeurdDoor });
}
