import type { Beleid } from '@deelwijs/content/beleid/beleid.schema';
import {
  GerechtvaardigdeRedenId,
  gerechtvaardigdeRedenen,
} from '@deelwijs/content/grondslagen/gerechtvaardigde-redenen';
import { z } from 'zod';
import { Actor } from '../dossieraantekening/dossieraantekening.schema';
import { controleerFunctiescheiding, Medewerker } from '../functiescheiding/functiescheiding';
import { gelukt, geweigerd, type Overtreding, type Resultaat } from '../regels/resultaat';
import { IsoTijdstip, naarMs } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import { tijdstipNa } from './termijnen';

/** The three gerechtvaardigde redenen of afweging 4b (cf. UAVG art. 41), as the content names them. */
export const GerechtvaardigdeReden = GerechtvaardigdeRedenId;
export type GerechtvaardigdeReden = GerechtvaardigdeRedenId;

export const gerechtvaardigdeRedenLabel = Object.fromEntries(
  gerechtvaardigdeRedenen.map((r) => [r.id, r.naam]),
) as Record<GerechtvaardigdeReden, string>;

export const BRON_GERECHTVAARDIGDE_REDEN =
  'Handleiding hoofdstuk 4, afweging 4b (gerechtvaardigde redenen); UAVG art. 41';

/**
 * Whether a reason given for not telling the client (beforehand, or yet) is one of the three. Any
 * other text is a rule violation with its source, so the caller learns why, not a parse error.
 */
export function toetsGerechtvaardigdeReden(
  reden: string | undefined,
  code = 'geen-gerechtvaardigde-reden',
): Resultaat<GerechtvaardigdeReden> {
  const r = GerechtvaardigdeReden.safeParse(reden);
  if (r.success) return gelukt(r.data);
  return geweigerd({
    code,
    bericht: `${reden ? `"${reden}" is geen gerechtvaardigde reden. ` : ''}Dit mag alleen om een gerechtvaardigde reden: ${gerechtvaardigdeRedenen.map((g) => g.naam.toLowerCase()).join(', of ')}.`,
    bron: BRON_GERECHTVAARDIGDE_REDEN,
  });
}

/**
 * A request to postpone informeren achteraf. Reason and approver are optional here so that their
 * absence becomes a rule violation with its source, not a bare parse error.
 */
export const UitstelAanvraag = z.object({
  reden: z.string().trim().max(200, 'De reden is te lang (hoogstens 200 tekens).').optional(),
  onderbouwing: z.string().trim().max(4000, 'De onderbouwing is te lang (hoogstens 4000 tekens).'),
  vanaf: IsoTijdstip,
  tot: IsoTijdstip,
  aangevraagdDoor: Actor,
  goedgekeurdDoor: Medewerker.optional(),
});
export type UitstelAanvraag = z.infer<typeof UitstelAanvraag>;

export const Uitstel = UitstelAanvraag.extend({ reden: GerechtvaardigdeReden, goedgekeurdDoor: Medewerker });
export type Uitstel = z.infer<typeof Uitstel>;

/** An uitstel the professional asked for, waiting for a leidinggevende's decision. */
export const UitstelVerzoek = UitstelAanvraag.omit({ vanaf: true, goedgekeurdDoor: true }).extend({
  aangevraagdOp: IsoTijdstip,
});
export type UitstelVerzoek = z.infer<typeof UitstelVerzoek>;

const BRON_REDEN = BRON_GERECHTVAARDIGDE_REDEN;
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
  const overtredingen = toetsUitstelAanvraag(beleid, aanvraag, opties);
  const reden = GerechtvaardigdeReden.safeParse(aanvraag.reden);
  const scheiding = controleerFunctiescheiding(
    { aanvrager: aanvraag.aangevraagdDoor, ondertekenaar: aanvraag.goedgekeurdDoor },
    { collegialeToetsing: false, akkoordLeidinggevende: true },
  );
  if (!scheiding.ok) overtredingen.push(...scheiding.overtredingen);

  if (overtredingen.length > 0 || !reden.success || !aanvraag.goedgekeurdDoor)
    return geweigerd(...overtredingen);
  return gelukt({ ...aanvraag, reden: reden.data, goedgekeurdDoor: aanvraag.goedgekeurdDoor });
}

/**
 * What the request itself must hold, before anyone decides on it: a gerechtvaardigde reden, its
 * reasons, and a period within the policy's maximum.
 */
export function toetsUitstelAanvraag(
  beleid: Beleid,
  aanvraag: Omit<UitstelAanvraag, 'aangevraagdDoor' | 'goedgekeurdDoor'>,
  opties: WerkdagOptiesInvoer = {},
): Overtreding[] {
  const overtredingen: Overtreding[] = [];
  const reden = toetsGerechtvaardigdeReden(aanvraag.reden, 'uitstel-zonder-gerechtvaardigde-reden');
  if (!reden.ok) overtredingen.push(...reden.overtredingen);
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
  return overtredingen;
}
