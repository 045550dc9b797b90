import { existsSync } from 'node:fs';
import { createDb } from '@deelwijs/db';
import { NativeConnection } from '@temporalio/worker';
import { createDeelverzoekActivities } from './activities/deelverzoek.activities';
import { bundlePath } from './bundle';
import { leesConfig } from './config';
import { consoleMail } from './meldingen/mail';
import { createWorker } from './worker';

async function main() {
  const config = leesConfig();
  const db = createDb(config.DATABASE_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const worker = await createWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      payloadSleutels: config.DEELWIJS_PAYLOAD_KEYS,
      activities: createDeelverzoekActivities(db.db, consoleMail, config.DASHBOARD_URL),
      // The build makes the bundle; without it (a dev run of tsc only) the worker bundles itself.
      ...(existsSync(bundlePath) ? { workflowBundle: { codePath: bundlePath } } : {}),
    });
    console.log(
      `Worker luistert op taakwachtrij "${config.TEMPORAL_TASK_QUEUE}" (${config.TEMPORAL_ADDRESS})`,
    );
    await worker.run(); // stops gracefully on SIGINT/SIGTERM
  } finally {
    await connection.close();
    await db.close();
  }
}

main().catch((error) => {
  console.error('Worker gestopt door een fout:', error);
  process.exit(1);
});
