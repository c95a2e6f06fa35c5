import 'server-only';
import { fromPrisma } from 'pg-boss';
import type { QueueName } from '@/jobs/queues';
import { db } from '@/lib/db';
import { jobQueue } from '@/lib/job-queue';
import { logger } from '@/lib/logger';
import { JOB_TABLE } from '@/services/job-queries';

// Running a failed job again (the jobs page's "Retry"). pg-boss's retry() puts the job back in
// its queue with one more run allowed; the worker takes it as it takes any retry.

export type RetryJobResult =
  { retried: true } | { retried: false; reason: 'not-found' | 'not-failed' };

export class JobRetrier {
  /**
   * Queues a failed job to run again. Only a failed job: one that is queued, running or done
   * already has what a retry would give it. A job that is gone (deleted by pg-boss's retention,
   * or an id made up) is a result, not an error.
   */
  async retryJob(queue: QueueName, id: string): Promise<RetryJobResult> {
    const boss = await jobQueue();
    // retry() answers only how many jobs it changed, which cannot tell a job that is gone from
    // one that is not failed. So the job's row is read and locked first, and retried in the same
    // transaction: of two admins retrying it at once, the second finds it queued again.
    const result = await db.$transaction(async (tx): Promise<RetryJobResult> => {
      const [job] = await tx.$queryRaw<{ state: string }[]>`
        SELECT state::text AS state FROM ${JOB_TABLE}
        WHERE name = ${queue} AND id = ${id}::uuid
        FOR UPDATE`;
      if (!job) return { retried: false, reason: 'not-found' };
      if (job.state !== 'failed') return { retried: false, reason: 'not-failed' };
      await boss.retry(queue, id, { db: fromPrisma(tx) });
      return { retried: true };
    });
    if (result.retried) logger.info({ queue, jobId: id }, `Job ${queue} queued to run again`);
    return result;
  }
}
