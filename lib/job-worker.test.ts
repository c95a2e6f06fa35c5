// The worker in this process, against the test database and the tests' mail catcher: jobs queued
// by WidgetCreator.createWidget are worked, and a job that fails is recorded as failed; both are
// counted in the job metrics, and a failure is reported (errors_total).
// worker.test.ts runs it as a process (signals, a killed worker).
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobQueue } from '@/lib/job-queue';
import { startJobWorker } from '@/lib/job-worker';
import { runWithRequestContext } from '@/lib/request-context';
import { WidgetCreator } from '@/services/widget-creator';
import { manufacturerFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { mailCatcherInbox } from '@/test/support/mail-catcher';
import { metricValue } from '@/test/support/metrics';

const inbox = mailCatcherInbox();
let worker: PgBoss;

beforeAll(async () => {
  worker = await startJobWorker();
});

afterAll(async () => {
  await worker.stop({ graceful: true, timeout: 1_000 });
});

beforeEach(async () => {
  await deleteTestData();
  await inbox.deleteAll();
});

type JobRow = { name: string; state: string; retry_count: number; output: Record<string, unknown> };

async function jobs(): Promise<JobRow[]> {
  return testDb.$queryRawUnsafe(
    'SELECT name, state, retry_count, output FROM pgboss.job ORDER BY created_on, name',
  );
}

describe('the job worker', () => {
  it('works both checks a new widget queues: each email is sent once', async () => {
    const manufacturer = await manufacturerFactory.create({ name: 'Cyberdyne Systems' });
    const highPriced = { queue: 'high-priced-widget-check' };
    const newManufacturer = { queue: 'widget-from-new-manufacturer-check' };
    const completedBefore = await metricValue('jobs_completed_total', highPriced);
    const timedBefore = await metricValue('job_duration_seconds_count', newManufacturer);

    const result = await runWithRequestContext({ requestId: 'request-1' }, () =>
      new WidgetCreator().createWidget({
        name: 'Stembolt',
        priceCents: 8_100_00,
        manufacturerId: manufacturer.id,
      }),
    );

    expect(result.created).toBe(true);
    const emails = await inbox.waitForEmails(2);
    expect(emails.map((email) => email.to[0]?.address).sort()).toEqual([
      'admin@example.com',
      'finance@example.com',
    ]);
    await vi.waitFor(async () => {
      expect(await jobs()).toEqual([
        expect.objectContaining({ name: 'high-priced-widget-check', state: 'completed' }),
        expect.objectContaining({ name: 'widget-from-new-manufacturer-check', state: 'completed' }),
      ]);
    });
    expect((await jobs())[0]?.output).toMatchObject({ emailed: true });
    expect(await metricValue('jobs_completed_total', highPriced)).toBe(completedBefore + 1);
    expect(await metricValue('job_duration_seconds_count', newManufacturer)).toBe(timedBefore + 1);
  });

  it('records a job that throws as failed, with its error, once its retries are used up', async () => {
    const boss = await jobQueue();
    const failedBefore = await metricValue('jobs_failed_total', {
      queue: 'high-priced-widget-check',
    });
    const errorsBefore = await metricValue('errors_total', { source: 'job' });
    await boss.send(
      'high-priced-widget-check',
      { widgetId: 'twelve', priceCents: 9_000_00 },
      { retryLimit: 1, retryDelay: 1, retryBackoff: false },
    );

    await vi.waitFor(
      async () => {
        expect(await jobs()).toEqual([
          expect.objectContaining({ state: 'failed', retry_count: 1 }),
        ]);
      },
      { timeout: 10_000, interval: 200 },
    );
    const [failed] = await jobs();
    expect(failed?.output.message).toMatch(
      /^Invalid high-priced-widget-check payload:\n.*expected number, received string\n  → at widgetId$/,
    );
    expect(await inbox.waitForEmails(0)).toEqual([]);
    // Both runs (the first and its one retry) failed, and each was reported.
    expect(await metricValue('jobs_failed_total', { queue: 'high-priced-widget-check' })).toBe(
      failedBefore + 2,
    );
    expect(await metricValue('errors_total', { source: 'job' })).toBe(errorsBefore + 2);
  });
});
