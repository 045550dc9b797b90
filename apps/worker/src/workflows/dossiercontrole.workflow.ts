import { proxyActivities } from '@temporalio/workflow';
import type { DossierActivities, DossiercontroleSamenvatting } from '../activities/dossier.activities';

const { controleerDossier } = proxyActivities<DossierActivities>({
  // Every chain is read; on a large dossier that takes a while.
  startToCloseTimeout: '15 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', maximumAttempts: 5 },
});

/** Started by a Temporal Schedule: recompute every chain and sign checkpoints of the whole ones. */
export async function dossiercontroleWorkflow(): Promise<DossiercontroleSamenvatting> {
  return controleerDossier();
}
