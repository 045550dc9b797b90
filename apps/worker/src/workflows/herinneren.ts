import { MAIL_GEWEIGERD_FAILURE } from '@deelwijs/temporal/contract/deelverzoek';
import { ActivityFailure, ApplicationFailure, log, proxyActivities } from '@temporalio/workflow';
import type {
  DeelverzoekActivities,
  Herinnering,
  RolHerinnering,
} from '../activities/deelverzoek.activities';

// A mail server that is down is retried until it is back (the activity's failure is retryable).
const activiteit = proxyActivities<DeelverzoekActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const isMailGeweigerd = (fout: unknown): boolean =>
  fout instanceof ActivityFailure &&
  fout.cause instanceof ApplicationFailure &&
  fout.cause.type === MAIL_GEWEIGERD_FAILURE;

/**
 * Reminds in-app and by e-mail. When the mail server refuses the e-mail for good (5xx), the in-app
 * reminder is already written: the process goes on instead of failing over an e-mail.
 */
export async function herinner(h: Herinnering): Promise<void> {
  try {
    await activiteit.herinner(h);
  } catch (fout) {
    if (!isMailGeweigerd(fout)) throw fout;
    log.warn('Herinnering staat in Deelwijs; de mailserver weigerde de e-mail', { herinnering: h.id });
  }
}

/** Reminds everyone with a role; the activity deals with a refused e-mail per recipient. */
export async function herinnerRol(h: RolHerinnering): Promise<void> {
  await activiteit.herinnerRol(h);
}
