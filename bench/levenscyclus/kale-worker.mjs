// The bare worker: its own process, as the product's worker is, on the same Temporal server and the
// same PostgreSQL. Each activity is one INSERT in its own transaction (a pool of the product's size).
// Env: TEMPORAL_ADDRESS, KAAL_TASK_QUEUE, KAAL_DATABASE_URL.
import { fileURLToPath } from 'node:url';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pg from 'pg';

Runtime.install({ logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error } });

const pool = new pg.Pool({ connectionString: process.env.KAAL_DATABASE_URL, max: 5 });
const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
const worker = await Worker.create({
  connection,
  taskQueue: process.env.KAAL_TASK_QUEUE,
  workflowsPath: fileURLToPath(new URL('./kale-workflow.mjs', import.meta.url)),
  activities: {
    async schrijf({ id, volgnummer, soort }) {
      await pool.query(
        'insert into kaal.stappen (id, volgnummer, soort, op) values ($1, $2, $3, now()) on conflict do nothing',
        [id, volgnummer, soort],
      );
    },
  },
});
console.log(`Kale worker luistert op ${process.env.KAAL_TASK_QUEUE}`);
await worker.run();
await connection.close();
await pool.end();
