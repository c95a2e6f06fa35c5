import type { SendOptions } from 'pg-boss';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueName } from '@/jobs/queues';
import { jobQueue } from '@/lib/job-queue';
import { PER_PAGE, type Cursor } from '@/lib/pagination';
import type { JobListParams } from '@/lib/params';
import { deleteTestData, testDb } from '@/test/support/database';
import { listJobs } from './job-queries';

// Jobs are queued with pg-boss and moved through its states with its own calls (fetch, complete,
// fail), as a worker would; no worker runs here, so nothing else moves them.

beforeEach(deleteTestData);

const QUEUE: QueueName = 'high-priced-widget-check';
const OTHER_QUEUE: QueueName = 'widget-from-new-manufacturer-check';

const failedList: JobListParams = { state: 'failed', cursor: null };

const idsOf = (list: { jobs: { id: string }[] }) => list.jobs.map(({ id }) => id);

async function sendJob(options: SendOptions = {}, queue: QueueName = QUEUE): Promise<string> {
  const boss = await jobQueue();
  const id = await boss.send(queue, { widgetId: 1, priceCents: 1_00 }, options);
  if (!id) throw new Error('pg-boss queued no job');
  return id;
}

// Takes the queue's next job, as a worker does: it is then active, its first run started.
async function startNextJob(queue: QueueName = QUEUE): Promise<string> {
  const [job] = await (await jobQueue()).fetch(queue);
  if (!job) throw new Error(`no job to start in ${queue}`);
  return job.id;
}

async function completedJob(): Promise<string> {
  await sendJob();
  const id = await startNextJob();
  await (await jobQueue()).complete(QUEUE, id, { emailed: false });
  return id;
}

// A job whose one run threw: failed for good, or, with a retry left, waiting for it (an hour
// away, so nothing takes it in the meantime).
async function failedJob(
  message: string,
  { retryLimit = 0, queue = QUEUE }: { retryLimit?: number; queue?: QueueName } = {},
): Promise<string> {
  await sendJob({ retryLimit, retryDelay: 3_600, retryBackoff: false }, queue);
  const id = await startNextJob(queue);
  await (await jobQueue()).fail(queue, id, new Error(message));
  return id;
}

// Follows "Next" from the first page to the last, then "Previous" back to the first, and
// returns the ids each way in the order shown.
async function walk(params: JobListParams) {
  const forward: string[] = [];
  let cursor: Cursor<string> | null = null;
  let last;
  do {
    last = await listJobs({ ...params, cursor });
    forward.push(...idsOf(last));
    cursor = last.nextPage;
  } while (cursor);
  const backward: string[] = [...idsOf(last)];
  cursor = last.previousPage;
  while (cursor) {
    const list = await listJobs({ ...params, cursor });
    backward.unshift(...idsOf(list));
    cursor = list.previousPage;
  }
  return { forward, backward };
}

describe('listJobs', () => {
  it('lists the jobs of each group of states, newest first, with their attempts and times', async () => {
    const completed = await completedJob();
    const failed = await failedJob('SMTP server said no\n  at deliverMail');
    const retrying = await failedJob('Connection refused', { retryLimit: 5 });
    const active = await sendJob().then(() => startNextJob());
    const waiting = await sendJob();

    const queued = await listJobs({ state: 'queued', cursor: null });
    expect(idsOf(queued)).toEqual([waiting, retrying]);
    expect(queued.jobs[0]).toEqual({
      id: waiting,
      queue: QUEUE,
      state: 'created',
      attempts: 0,
      maxAttempts: 6,
      createdOn: expect.any(Date),
      startedOn: null,
      completedOn: null,
      error: null,
    });
    expect(queued.jobs[1]).toMatchObject({
      state: 'retry',
      attempts: 1,
      maxAttempts: 6,
      startedOn: expect.any(Date),
      completedOn: null,
      error: 'Connection refused',
    });
    expect(queued).toMatchObject({ previousPage: null, nextPage: null });

    expect((await listJobs({ state: 'active', cursor: null })).jobs).toEqual([
      expect.objectContaining({ id: active, state: 'active', attempts: 1, error: null }),
    ]);
    expect((await listJobs(failedList)).jobs).toEqual([
      expect.objectContaining({
        id: failed,
        state: 'failed',
        attempts: 1,
        maxAttempts: 1,
        completedOn: expect.any(Date),
        error: 'SMTP server said no\n  at deliverMail',
      }),
    ]);
    const [done] = (await listJobs({ state: 'completed', cursor: null })).jobs;
    expect(done).toMatchObject({ id: completed, state: 'completed', attempts: 1, error: null });
    expect(done!.createdOn <= done!.startedOn!).toBe(true);
    expect(done!.startedOn! <= done!.completedOn!).toBe(true);
  });

  it('counts the runs of a job that was retried', async () => {
    await sendJob({ retryLimit: 2, retryDelay: 0, retryBackoff: false });
    const boss = await jobQueue();
    for (let run = 1; run <= 3; run++) {
      await boss.fail(QUEUE, await startNextJob(), new Error(`run ${run} failed`));
    }

    expect((await listJobs(failedList)).jobs).toEqual([
      expect.objectContaining({ attempts: 3, maxAttempts: 3, error: 'run 3 failed' }),
    ]);
  });

  it('shows the message pg-boss records for a job that ran out of time', async () => {
    const id = await failedJob('replaced below');
    await testDb.$executeRaw`
      UPDATE pgboss.job SET output = '{"value": {"message": "job timed out"}}' WHERE id = ${id}::uuid`;

    expect((await listJobs(failedList)).jobs[0]?.error).toBe('job timed out');
  });

  it('lists the jobs of one queue only, when asked', async () => {
    const mine = await failedJob('mine', { queue: OTHER_QUEUE });
    const other = await failedJob('other');

    expect(idsOf(await listJobs({ ...failedList, queue: OTHER_QUEUE }))).toEqual([mine]);
    expect(idsOf(await listJobs(failedList))).toEqual([other, mine]);
  });

  it(`shows ${PER_PAGE} jobs a page, forward and back, and knows the last page without counting`, async () => {
    const ids = [];
    for (let i = 0; i < PER_PAGE + 2; i++) ids.push(await sendJob());
    const newestFirst = ids.toReversed();

    const first = await listJobs({ state: 'queued', cursor: null });
    expect(idsOf(first)).toEqual(newestFirst.slice(0, PER_PAGE));
    expect(first).toMatchObject({ previousPage: null, nextPage: { after: newestFirst[24] } });

    const second = await listJobs({ state: 'queued', cursor: first.nextPage });
    expect(idsOf(second)).toEqual(newestFirst.slice(PER_PAGE));
    expect(second).toMatchObject({ previousPage: { before: newestFirst[25] }, nextPage: null });

    expect(await walk({ state: 'queued', cursor: null })).toEqual({
      forward: newestFirst,
      backward: newestFirst,
    });
  });

  it('pages through jobs queued at the same moment by id, without skipping or repeating one', async () => {
    const boss = await jobQueue();
    // One statement queues them all: they share created_on, and only their ids order them.
    const ids = Array.from({ length: PER_PAGE + 3 }, () => crypto.randomUUID());
    await boss.insert(
      QUEUE,
      ids.map((id) => ({ id, data: { widgetId: 1, priceCents: 1_00 } })),
    );

    const { forward, backward } = await walk({ state: 'queued', cursor: null });

    expect(forward).toEqual(ids.toSorted().toReversed());
    expect(backward).toEqual(forward);
  });

  it('keeps its place when the job a page starts after has left the list', async () => {
    const ids = [];
    for (let i = 0; i < PER_PAGE + 2; i++) ids.push(await sendJob());
    const first = await listJobs({ state: 'queued', cursor: null });
    // The page's last job starts running: it is no longer queued, but the next page follows it.
    await testDb.$executeRaw`UPDATE pgboss.job SET state = 'active' WHERE id = ${ids[2]}::uuid`;

    const second = await listJobs({ state: 'queued', cursor: first.nextPage });

    expect(idsOf(second)).toEqual([ids[1], ids[0]]);
  });

  it('shows the first page for a cursor that names no job', async () => {
    const id = await sendJob();

    const list = await listJobs({ state: 'queued', cursor: { after: crypto.randomUUID() } });

    expect(idsOf(list)).toEqual([id]);
    expect(list).toMatchObject({ previousPage: null, nextPage: null });
  });

  it('returns an empty first page when no job is in the state', async () => {
    await sendJob();

    expect(await listJobs(failedList)).toEqual({ jobs: [], previousPage: null, nextPage: null });
  });
});
