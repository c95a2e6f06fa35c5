// pg-boss on the test database, for tests that queue jobs themselves and watch what the worker
// does with them. Browser tests cannot use the app's client (lib/job-queue.ts is server-only).
import { PgBoss } from 'pg-boss';
import { JOB_QUEUE_SCHEMA } from '@/jobs/queues';
import { testDatabaseUrl, testDb } from '@/test/support/database';

let started: Promise<PgBoss> | undefined;

/** A pg-boss client that only sends (no maintenance, no schema changes); stop it when done. */
export function testJobQueue(): Promise<PgBoss> {
  started ??= new PgBoss({
    connectionString: testDatabaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    supervise: false,
    schedule: false,
    migrate: false,
    createSchema: false,
  }).start();
  return started;
}

export async function stopTestJobQueue(): Promise<void> {
  const boss = await started;
  started = undefined;
  await boss?.stop({ graceful: false });
}

/** A job's state as pg-boss records it ('created', 'active', 'failed', …), or null once it is gone. */
export async function jobState(id: string): Promise<string | null> {
  const [job] = await testDb.$queryRaw<{ state: string }[]>`
    SELECT state::text AS state FROM pgboss.job WHERE id = ${id}::uuid`;
  return job?.state ?? null;
}

/** Deletes jobs a test queued, so that no other test sees them. */
export async function deleteJobs(ids: string[]): Promise<void> {
  await testDb.$executeRaw`DELETE FROM pgboss.job WHERE id = ANY(${ids}::uuid[])`;
}
