// Jobs for browser tests: queued with pg-boss on the test database, and worked (or not) by the
// worker the suite runs.
import { testDb } from '@/test/support/database';
import { jobState, testJobQueue } from '@/test/support/job-queue';
import { expect } from './test';

/**
 * A job whose payload its handler refuses, sent with no retries: the worker fails it for good.
 * Its next run is then put an hour off, as if it were backing off, so that once retried it stays
 * queued while the test looks at it, rather than being taken and failed again at once.
 */
export async function failedJob(): Promise<string> {
  const id = await (
    await testJobQueue()
  ).send(
    'high-priced-widget-check',
    { widgetId: 'twelve', priceCents: 9_000_00 },
    { retryLimit: 0 },
  );
  if (!id) throw new Error('pg-boss queued no job');
  await expect.poll(() => jobState(id), { timeout: 15_000 }).toBe('failed');
  await testDb.$executeRaw`
    UPDATE pgboss.job SET start_after = now() + interval '1 hour' WHERE id = ${id}::uuid`;
  return id;
}

/** How many of the widget's follow-up jobs the worker (or workers) have finished. */
export async function completedJobs(widgetId: number): Promise<number> {
  const rows = await testDb.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pgboss.job
    WHERE state = 'completed' AND (data->>'widgetId')::int = ${widgetId}`;
  return Number(rows[0]?.count ?? 0);
}
