import { toestemmingStand } from '@deelwijs/domain';
import { pogingSignal, type ToestemmingsklokInput } from '@deelwijs/temporal/contract';
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { DeelverzoekActivities } from '../activities/deelverzoek.activities';

const { herinner } = proxyActivities<DeelverzoekActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const nu = () => new Date().toISOString();

/**
 * The consent clock (policy "consent"): reminds the professional when no attempt is recorded in
 * time, and prompts a decision (afweging 4a) after the maximum attempts or days. It never decides
 * and never shares: it only reminds. Ends when an attempt is answered or the decision is prompted.
 */
export async function toestemmingsklokWorkflow(
  input: ToestemmingsklokInput,
): Promise<'beantwoord' | 'beslissen'> {
  const pogingen: Array<{ op: string; beantwoord: boolean }> = [];
  setHandler(pogingSignal, (poging) => void pogingen.push(poging));
  let herinnerd = false;

  for (;;) {
    const stand = toestemmingStand(input.beleid, { gestartOp: input.gestartOp, pogingen }, nu());
    if (pogingen.some((p) => p.beantwoord)) return 'beantwoord';
    if (stand.herinneren && !herinnerd) {
      herinnerd = true;
      await herinner({
        id: `${input.deelverzoekId}:herinnering-geen-poging`,
        gebruikerId: input.gebruikerId,
        deelverzoekId: input.deelverzoekId,
        soort: 'toestemming-geen-poging',
        op: nu(),
      });
    }
    if (stand.beslissen) {
      await herinner({
        id: `${input.deelverzoekId}:beslismoment-toestemming`,
        gebruikerId: input.gebruikerId,
        deelverzoekId: input.deelverzoekId,
        soort:
          stand.beslissen === 'max-pogingen' ? 'toestemming-max-pogingen' : 'toestemming-termijn-verstreken',
        op: nu(),
      });
      return 'beslissen';
    }
    const aantal = pogingen.length;
    const wacht = stand.volgendeControle
      ? Math.max(0, Date.parse(stand.volgendeControle) - Date.now())
      : undefined;
    // Wake on a new attempt or when the next due moment comes, whichever is first.
    await (wacht === undefined
      ? condition(() => pogingen.length > aantal)
      : condition(() => pogingen.length > aantal, wacht));
  }
}
