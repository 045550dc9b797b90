import { type PogingMoment, toestemmingStand } from '@deelwijs/domain/termijnen/klokken';
import { eigenaarSignal, klaarSignal, pogingSignal } from '@deelwijs/temporal/contract/deelverzoek';
import {
  type ToestemmingsklokInput,
  ToestemmingsklokInvoer,
} from '@deelwijs/temporal/contract/toestemmingsklok-invoer';
import { condition, setHandler } from '@temporalio/workflow';
import { herinner } from './herinneren';
import { leesInvoer } from './invoer';

const nu = () => new Date().toISOString();

/**
 * The consent clock (policy "consent"): reminds the professional when no attempt is recorded in
 * time, and prompts a decision (afweging 4a) after the maximum attempts or days. It never decides
 * and never shares: it only reminds. After an answer it stays quiet; it ends when the parent says
 * consent is no longer being asked, or once the decision has been prompted.
 */
export async function toestemmingsklokWorkflow(
  gestartMet: ToestemmingsklokInput,
): Promise<'klaar' | 'beslissen'> {
  const input = leesInvoer(ToestemmingsklokInvoer, gestartMet);
  const pogingen: PogingMoment[] = [];
  let klaar = false;
  setHandler(pogingSignal, (poging) => void pogingen.push(poging));
  setHandler(klaarSignal, () => {
    klaar = true;
  });
  // After an overdracht the next reminder goes to the new casemanager. A handler issues no command,
  // so histories from before it replay unchanged.
  let gebruikerId = input.gebruikerId;
  setHandler(eigenaarSignal, (eigenaar) => {
    gebruikerId = eigenaar.gebruikerId;
  });
  let herinnerd = false;

  for (;;) {
    if (klaar) return 'klaar';
    const stand = toestemmingStand(input.beleid, { gestartOp: input.gestartOp, pogingen }, nu());
    if (stand.herinneren && !herinnerd) {
      herinnerd = true;
      await herinner({
        id: `${input.deelverzoekId}:herinnering-geen-poging`,
        gebruikerId,
        deelverzoekId: input.deelverzoekId,
        soort: 'toestemming-geen-poging',
        op: nu(),
      });
    }
    if (stand.beslissen) {
      await herinner({
        id: `${input.deelverzoekId}:beslismoment-toestemming`,
        gebruikerId,
        deelverzoekId: input.deelverzoekId,
        soort:
          stand.beslissen === 'max-pogingen' ? 'toestemming-max-pogingen' : 'toestemming-termijn-verstreken',
        op: nu(),
      });
      return 'beslissen';
    }
    const aantal = pogingen.length;
    const gewekt = () => klaar || pogingen.length > aantal;
    const wacht = stand.volgendeControle
      ? Math.max(0, Date.parse(stand.volgendeControle) - Date.now())
      : undefined;
    // Wake on a new attempt, on the parent's word, or when the next due moment comes.
    await (wacht === undefined ? condition(gewekt) : condition(gewekt, wacht));
  }
}
