import { UitnodigingInvoer } from '@deelwijs/temporal/contract/invoer';
import type { UitnodigingUitkomst } from '@deelwijs/temporal/contract/uitnodiging';
import { proxyActivities } from '@temporalio/workflow';
import type { UitnodigingActivities } from '../activities/uitnodiging.activities';
import { leesInvoer } from './invoer';

const { markeerUitnodigingNietVerstuurd } = proxyActivities<UitnodigingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Mails one invitation link. The activity makes the token, so the history holds only the account id,
 * the link's volgnummer, its expiry and the outcome. A mail server that is away is tried again until
 * the link expires; one that refuses the address, or a link that was never committed, ends as
 * 'niet-verstuurd', which the beheerder sees in the account list (and sends anew).
 */
export async function uitnodigingWorkflow(input: unknown): Promise<UitnodigingUitkomst> {
  const invoer = leesInvoer(UitnodigingInvoer, input);
  const verzending = { gebruikerId: invoer.gebruikerId, volgnummer: invoer.volgnummer };
  // Trying longer than the link works is pointless: the invitee could not use it anyway.
  const resterend = Math.max(5_000, Date.parse(invoer.verlooptOp) - Date.now());
  const { verstuurUitnodiging } = proxyActivities<UitnodigingActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: resterend,
    // Quick at first: the API's transaction commits right after the start.
    retry: { initialInterval: '300 milliseconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
  });
  try {
    return await verstuurUitnodiging(verzending);
  } catch {
    await markeerUitnodigingNietVerstuurd(verzending);
    return { status: 'niet-verstuurd' };
  }
}
