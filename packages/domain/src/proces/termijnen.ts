import type { Beleid } from '@deelwijs/content';
import {
  akkoordLeidinggevendeKlok,
  collegialeToetsingKlok,
  type InformerenAchterafKlok,
  informerenAchterafKlok,
  toestemmingsklok,
} from '../termijnen/klokken';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';
import type { DeelverzoekProces } from './proces.schema';

/** The clock that runs in the current step, with its due moments (from the organisation's policy). */
export type Procestermijn =
  | { klok: 'toestemming'; herinneringZonderPoging: string; beslismoment: string }
  | { klok: 'collegiale-toetsing'; herinnering: string; escalatie: string }
  | { klok: 'akkoord-leidinggevende'; uiterlijk: string; spoed: boolean }
  | ({ klok: 'informeren-achteraf' } & InformerenAchterafKlok);

/** Which clock runs now, or null when none does (a weighing step, or closed). */
export function procestermijn(
  p: DeelverzoekProces,
  beleid: Beleid,
  opties: WerkdagOptiesInvoer = {},
): Procestermijn | null {
  const { status } = p.deelverzoek;
  const a4 = p.afweging4;
  if (status === 'toestemming') {
    return { klok: 'toestemming', ...toestemmingsklok(beleid, p.toestemmingGevraagdVanaf!, opties) };
  }
  if (status === 'afweging-4' && a4?.fase === 'collegiale-toetsing') {
    return { klok: 'collegiale-toetsing', ...collegialeToetsingKlok(beleid, a4.voorstelOp!, opties) };
  }
  if (status === 'afweging-4' && a4?.fase === 'akkoord') {
    const { uiterlijk } = akkoordLeidinggevendeKlok(beleid, a4.collegialeToetsing!.op, a4.spoed, opties);
    return { klok: 'akkoord-leidinggevende', uiterlijk, spoed: a4.spoed };
  }
  if (status === 'informeren-achteraf') {
    return {
      klok: 'informeren-achteraf',
      ...informerenAchterafKlok(beleid, p.verstrekking!.op, p.uitstel, opties),
    };
  }
  return null;
}
