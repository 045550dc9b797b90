import type { OpdrachtSoort } from '../proces/proces.schema';
import { type Overtreding, overtreding } from '../regels/resultaat';
import type { Gebruikersrol, Medewerker } from './functiescheiding';

/** Casework: the professional, or a deskundige collega who is one, weighs and records. */
const CASUS: readonly Gebruikersrol[] = ['professional', 'deskundige-collega'];
const TOETSEN: readonly Gebruikersrol[] = ['deskundige-collega'];
const TEKENEN: readonly Gebruikersrol[] = ['leidinggevende'];

/**
 * Which roles may give each kind of command, in one place: the domain refuses anyone else, and the
 * API can check the same table before a command reaches a workflow. A role is never enough on its
 * own: who may act on one deelverzoek (not your own request, not both review and sign) is checked
 * by the handlers (`controleerFunctiescheiding`).
 */
export const opdrachtRollen = {
  'afweging-1': CASUS,
  'afweging-2': CASUS,
  'afweging-3': CASUS,
  toestemmingspoging: CASUS,
  'toestemming-intrekken': CASUS,
  'partij-geinformeerd': CASUS,
  'start-afweging-4': CASUS,
  doorbrekingsvoorstel: CASUS,
  'voorstel-wijzigen': CASUS,
  'toetser-toewijzen': CASUS,
  'toetsing-oppakken': TOETSEN,
  'collegiale-toetsing': TOETSEN,
  'akkoord-leidinggevende': TEKENEN,
  'acute-verstrekking': CASUS,
  'meldrecht-overleg': CASUS,
  verstrekking: CASUS,
  uitstel: CASUS,
  'uitstel-besluit': TEKENEN,
  'informeren-achteraf': CASUS,
  intrekken: CASUS,
} as const satisfies Record<OpdrachtSoort, readonly Gebruikersrol[]>;

const ROL_NAAM: Record<Gebruikersrol, string> = {
  professional: 'professional',
  'deskundige-collega': 'deskundige collega',
  leidinggevende: 'leidinggevende',
  'privacy-officer': 'privacy officer',
  'functioneel-beheerder': 'functioneel beheerder',
};

const BRON =
  'PRODUCT.md, gebruikers en hun taken; Handleiding hoofdstuk 4 (collegiale toetsing, akkoord leidinggevende)';

/** Whether someone with these roles may give this kind of command. */
export const magOpdrachtGeven = (soort: OpdrachtSoort, rollen: readonly Gebruikersrol[]): boolean =>
  opdrachtRollen[soort].some((r) => rollen.includes(r));

/** The violation for someone whose roles do not allow this command, or none. */
export function controleerOpdrachtRol(soort: OpdrachtSoort, door: Medewerker): Overtreding | undefined {
  if (magOpdrachtGeven(soort, door.rollen)) return undefined;
  return overtreding(
    'rol-mag-opdracht-niet-geven',
    `Met uw rol kunt u dit niet doen ("${soort}"). Dit kan alleen een ${opdrachtRollen[soort].map((r) => ROL_NAAM[r]).join(' of een ')}.`,
    BRON,
  );
}
