import { type Beleid, VolgendeActieId } from '@deelwijs/content';
import type { DeelverzoekProces } from './proces.schema';
import { procestermijn } from './termijnen';

/** What a running deelverzoek waits for in the werkvoorraad; its labels are in `@deelwijs/content`. */
export const VolgendeActie = VolgendeActieId;
export type VolgendeActie = VolgendeActieId;

/** The next action and when it is due; both null when nothing waits (a weighing step, or closed). */
export interface VolgendeActieOp {
  actie: VolgendeActie | null;
  op: string | null;
}

/** The werkvoorraad's next action, from the clock that runs in the current step. */
export function volgendeActie(proces: DeelverzoekProces, beleid: Beleid): VolgendeActieOp {
  const termijn = procestermijn(proces, beleid);
  if (!termijn) return { actie: null, op: null };
  switch (termijn.klok) {
    case 'toestemming':
      // Before the first attempt the reminder is due; after it, the moment to decide.
      return {
        actie: 'toestemming-vragen',
        op: proces.pogingen.length ? termijn.beslismoment : termijn.herinneringZonderPoging,
      };
    case 'collegiale-toetsing':
      return { actie: 'collegiale-toetsing', op: termijn.herinnering };
    case 'akkoord-leidinggevende':
      return { actie: 'akkoord-leidinggevende', op: termijn.uiterlijk };
    case 'akkoord-achteraf':
      return { actie: 'akkoord-achteraf', op: termijn.uiterlijk };
    case 'informeren-achteraf':
      // An uitstel asked for waits on the leidinggevende; the client's deadline still stands.
      return {
        actie:
          proces.status === 'informeren-achteraf' && proces.uitstelVerzoek
            ? 'uitstel-beoordelen'
            : 'informeren-achteraf',
        op: termijn.uiterlijk,
      };
  }
}
