import type { Beleid, Duur } from '@deelwijs/content/beleid/beleid.schema';
import { VolgendeActieId } from '@deelwijs/content/labels/volgende-actie';
import type { DeelverzoekProces } from './proces.schema';
import { procestermijn } from './termijnen';

/** What a running deelverzoek waits for in the werkvoorraad; its labels are in `@deelwijs/content`. */
export const VolgendeActie = VolgendeActieId;
export type VolgendeActie = VolgendeActieId;

/** The next action and when it is due; both null when nothing waits (a weighing step, or closed). */
export interface VolgendeActieOp {
  actie: VolgendeActie | null;
  op: string | null;
  /**
   * Whether the policy set `op` in werkdagen, so the werkvoorraad counts what is left in werkdagen
   * too ("nog 2 werkdagen"); absent on steps stored before it was known, which read as calendar time.
   */
  inWerkdagen?: boolean;
}

const metEenheid = (actie: VolgendeActie, op: string, duur: Duur): VolgendeActieOp => ({
  actie,
  op,
  inWerkdagen: duur.eenheid === 'werkdagen',
});

/** The werkvoorraad's next action, from the clock that runs in the current step. */
export function volgendeActie(proces: DeelverzoekProces, beleid: Beleid): VolgendeActieOp {
  const termijn = procestermijn(proces, beleid);
  if (!termijn) return { actie: null, op: null, inWerkdagen: false };
  switch (termijn.klok) {
    case 'toestemming':
      // Before the first attempt the reminder is due; after it, the moment to decide.
      return proces.pogingen.length
        ? metEenheid(
            'toestemming-vragen',
            termijn.beslismoment,
            beleid.toestemming.beslismomentZonderAntwoord,
          )
        : metEenheid(
            'toestemming-vragen',
            termijn.herinneringZonderPoging,
            beleid.toestemming.herinneringZonderPoging,
          );
    case 'collegiale-toetsing':
      return metEenheid('collegiale-toetsing', termijn.herinnering, beleid.collegialeToetsing.herinnering);
    case 'akkoord-leidinggevende': {
      const { termijn: gewoon, termijnSpoed } = beleid.akkoordLeidinggevende;
      return metEenheid('akkoord-leidinggevende', termijn.uiterlijk, termijn.spoed ? termijnSpoed : gewoon);
    }
    case 'akkoord-achteraf':
      return metEenheid('akkoord-achteraf', termijn.uiterlijk, beleid.vitaalBelang.akkoordAchteraf);
    case 'informeren-achteraf':
      // An uitstel asked for waits on the leidinggevende; the client's deadline still stands.
      return metEenheid(
        proces.status === 'informeren-achteraf' && proces.uitstelVerzoek
          ? 'uitstel-beoordelen'
          : 'informeren-achteraf',
        termijn.uiterlijk,
        beleid.informerenAchteraf.termijn,
      );
  }
}
