// Creates (or upgrades) pg-boss's tables and this app's queues in a database. Run by
// `npm run db:migrate` after the SQL migrations, so every environment's database has them.
import { PgBoss } from 'pg-boss';
import { JOB_QUEUE_SCHEMA, QUEUE_NAMES, QUEUE_OPTIONS } from '../../jobs/queues';

export async function installJobQueue(
  connectionString: string,
  log: (line: string) => void,
): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => log(`job queue error: ${error.message}`));
  await boss.start();
  try {
    for (const name of QUEUE_NAMES) {
      if (await boss.getQueue(name)) {
        await boss.updateQueue(name, QUEUE_OPTIONS);
      } else {
        await boss.createQueue(name, QUEUE_OPTIONS);
        log(`Created job queue ${name}`);
      }
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
