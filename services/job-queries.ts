import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { JOB_QUEUE_SCHEMA, type QueueName } from '@/jobs/queues';
import { db } from '@/lib/db';
import { readPage, type KeysetOrder } from '@/lib/pagination';
import type { JobListParams, JobListState } from '@/lib/params';

// The data the jobs page shows: pg-boss's own job table, read with SQL. pg-boss's API has no
// paginated list (findJobs returns every job of one queue, unordered and unfiltered by state),
// so the page reads the table as lists read ours (ADR 11), and writes only through pg-boss's
// API (services/job-retrier.ts).
//
// pg-boss's indexes serve its workers, not this list, and the app adds none to tables it does
// not own: a page scans the jobs and sorts those in its states rather than seeking an index.
// That cost grows with the jobs pg-boss keeps, which a finished job leaves after
// FINISHED_JOB_RETENTION_DAYS (jobs/queues.ts): with 200,000 kept (EXPLAIN ANALYZE, PostgreSQL
// 18) a page took 0.05-0.25 s, acceptable for an admin page and far more jobs than this app makes.

/** pg-boss's job table, for SQL. */
export const JOB_TABLE = Prisma.raw(`${JOB_QUEUE_SCHEMA}.job`);

/** pg-boss's states (its job_state type). The app never cancels a job, so no list shows one. */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

// What each list shows. "Queued" is a job waiting for its first run or, after a failed run, for
// its next one.
const STATES: Record<JobListState, JobState[]> = {
  queued: ['created', 'retry'],
  active: ['active'],
  failed: ['failed'],
  completed: ['completed'],
};

// Newest first, whatever the state. Job ids are random uuids: they only break ties.
const ORDER: KeysetOrder = {
  table: JOB_TABLE,
  columns: [Prisma.sql`${JOB_TABLE}.created_on`, Prisma.sql`${JOB_TABLE}.id`],
  direction: 'descending',
};

// A row as the list's SQL selects it ($queryRaw does not check it; the tests do).
export type JobListRow = {
  id: string;
  queue: QueueName;
  state: JobState;
  /** Runs started so far: pg-boss counts its retries, from 0, once the first run has started. */
  attempts: number;
  /** The runs it may have: the first and its retries. */
  maxAttempts: number;
  createdOn: Date;
  startedOn: Date | null;
  /** When it completed or finally failed. */
  completedOn: Date | null;
  /** Why its last run failed, for a failed job or one waiting to retry. */
  error: string | null;
};

/**
 * One page of the jobs in a group of states, newest first, optionally of one queue. A failed
 * job's error is the message of what its handler threw (pg-boss keeps the error, serialized, as
 * the job's output); a job that timed out has pg-boss's own message, nested one level deeper.
 */
export async function listJobs({ state, queue, cursor }: JobListParams) {
  const inQueue = queue ? Prisma.sql`${JOB_TABLE}.name = ${queue}` : Prisma.sql`TRUE`;
  const states = Prisma.join(STATES[state].map((jobState) => Prisma.sql`${jobState}`));
  const page = await readPage(
    ORDER,
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<JobListRow[]>`
      SELECT ${JOB_TABLE}.id::text AS id, ${JOB_TABLE}.name AS queue,
             ${JOB_TABLE}.state::text AS state,
             CASE WHEN ${JOB_TABLE}.started_on IS NULL THEN 0
                  ELSE ${JOB_TABLE}.retry_count + 1 END AS attempts,
             ${JOB_TABLE}.retry_limit + 1 AS "maxAttempts",
             ${JOB_TABLE}.created_on AS "createdOn", ${JOB_TABLE}.started_on AS "startedOn",
             ${JOB_TABLE}.completed_on AS "completedOn",
             CASE WHEN ${JOB_TABLE}.state IN ('retry', 'failed') THEN
               COALESCE(${JOB_TABLE}.output ->> 'message',
                        ${JOB_TABLE}.output -> 'value' ->> 'message',
                        ${JOB_TABLE}.output::text)
             END AS error
      FROM ${JOB_TABLE}
      WHERE ${JOB_TABLE}.state::text IN (${states}) AND ${inQueue} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`,
  );
  return { jobs: page.rows, previousPage: page.previousPage, nextPage: page.nextPage };
}
