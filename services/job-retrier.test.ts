import type { PgBoss } from 'pg-boss';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueName } from '@/jobs/queues';
import { jobQueue } from '@/lib/job-queue';
import { startJobWorker } from '@/lib/job-worker';
import { deleteTestData, testDb } from '@/test/support/database';
import { JobRetrier } from './job-retrier';

const retrier = new JobRetrier();
const QUEUE: QueueName = 'high-priced-widget-check';

let worker: PgBoss | undefined;

beforeEach(deleteTestData);

afterEach(async () => {
  await worker?.stop({ graceful: true, timeout: 1_000 });
  worker = undefined;
});

type JobRow = { state: string; retry_count: number; retry_limit: number; output: unknown };

async function jobRow(id: string): Promise<JobRow | undefined> {
  const [row] = await testDb.$queryRaw<JobRow[]>`
    SELECT state::text AS state, retry_count, retry_limit, output FROM pgboss.job
    WHERE id = ${id}::uuid`;
  return row;
}

// A job whose payload its handler refuses, sent with no retries: the worker fails it for good.
async function sendJobThatFails(): Promise<string> {
  const id = await (
    await jobQueue()
  ).send(QUEUE, { widgetId: 'twelve', priceCents: 9_000_00 }, { retryLimit: 0 });
  if (!id) throw new Error('pg-boss queued no job');
  return id;
}

async function waitUntilFailed(id: string, attempts: number) {
  await vi.waitFor(
    async () => {
      expect(await jobRow(id)).toMatchObject({ state: 'failed', retry_count: attempts - 1 });
    },
    { timeout: 10_000, interval: 100 },
  );
}

describe('JobRetrier.retryJob', () => {
  it('queues a failed job to run again, which the worker then does', async () => {
    worker = await startJobWorker();
    const id = await sendJobThatFails();
    await waitUntilFailed(id, 1);
    // Stopped, so the job stays queued while the test looks at it.
    await worker.stop({ graceful: true, timeout: 1_000 });

    expect(await retrier.retryJob(QUEUE, id)).toEqual({ retried: true });

    expect(await jobRow(id)).toMatchObject({ state: 'retry', retry_count: 0, retry_limit: 1 });

    worker = await startJobWorker();
    await waitUntilFailed(id, 2);
    expect(await jobRow(id)).toMatchObject({
      retry_limit: 1,
      output: { message: expect.stringMatching(/^Invalid high-priced-widget-check payload/) },
    });
  });

  it('answers a job that does not exist, or is in another queue, as not found', async () => {
    const id = await sendJobThatFails();

    expect(await retrier.retryJob(QUEUE, crypto.randomUUID())).toEqual({
      retried: false,
      reason: 'not-found',
    });
    expect(await retrier.retryJob('widget-from-new-manufacturer-check', id)).toEqual({
      retried: false,
      reason: 'not-found',
    });
  });

  it('refuses a job that has not failed, and leaves it as it is', async () => {
    const boss = await jobQueue();
    const completed = await sendJobThatFails();
    await boss.fetch(QUEUE);
    await boss.complete(QUEUE, completed);
    const waiting = await sendJobThatFails();

    for (const id of [completed, waiting]) {
      const before = await jobRow(id);
      expect(await retrier.retryJob(QUEUE, id)).toEqual({
        retried: false,
        reason: 'not-failed',
      });
      expect(await jobRow(id)).toEqual(before);
    }
    expect((await jobRow(completed))?.state).toBe('completed');
    expect((await jobRow(waiting))?.state).toBe('created');
  });

  it('retries a job once when two admins retry it at the same time', async () => {
    const boss = await jobQueue();
    await sendJobThatFails();
    const [fetched] = await boss.fetch(QUEUE);
    await boss.fail(QUEUE, fetched!.id, new Error('SMTP server said no'));

    const results = await Promise.all([
      retrier.retryJob(QUEUE, fetched!.id),
      retrier.retryJob(QUEUE, fetched!.id),
    ]);

    expect(results).toEqual(
      expect.arrayContaining([{ retried: true }, { retried: false, reason: 'not-failed' }]),
    );
    expect(await jobRow(fetched!.id)).toMatchObject({ state: 'retry', retry_limit: 1 });
  });
});
