import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { JOB_STATE_NAMES, JobFilters } from '@/app/jobs/_components/job-filters';
import { JobRetryForm } from '@/app/jobs/_components/job-retry-form';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { FINISHED_JOB_RETENTION_DAYS, type QueueName } from '@/jobs/queues';
import { authorize } from '@/lib/authorization';
import { formatDateTime } from '@/lib/dates';
import type { Cursor } from '@/lib/pagination';
import { parseJobListParams, type JobListState, type SearchParams } from '@/lib/params';
import { jobsPath } from '@/lib/routes';
import { listJobs, type JobListRow } from '@/services/job-queries';

export const metadata: Metadata = { title: 'Jobs' };

type JobColumn =
  'queue' | 'id' | 'status' | 'attempts' | 'created' | 'started' | 'finished' | 'error' | 'retry';

// The columns each list shows: what its jobs have (a queued job has not started, a running one
// has not finished) and what is needed there (a failed job's error and its "Retry" button).
const COLUMNS: Record<JobListState, DataTableColumn<JobColumn>[]> = {
  queued: [
    { key: 'queue', label: 'Queue' },
    { key: 'id', label: 'Job' },
    { key: 'status', label: 'Status' },
    { key: 'attempts', label: 'Attempts', align: 'end' },
    { key: 'created', label: 'Queued' },
    { key: 'error', label: 'Last error' },
  ],
  active: [
    { key: 'queue', label: 'Queue' },
    { key: 'id', label: 'Job' },
    { key: 'attempts', label: 'Attempts', align: 'end' },
    { key: 'created', label: 'Queued' },
    { key: 'started', label: 'Started' },
  ],
  failed: [
    { key: 'queue', label: 'Queue' },
    { key: 'id', label: 'Job' },
    { key: 'attempts', label: 'Attempts', align: 'end' },
    { key: 'created', label: 'Queued' },
    { key: 'finished', label: 'Failed' },
    { key: 'error', label: 'Error' },
    { key: 'retry', label: 'Action' },
  ],
  completed: [
    { key: 'queue', label: 'Queue' },
    { key: 'id', label: 'Job' },
    { key: 'attempts', label: 'Attempts', align: 'end' },
    { key: 'created', label: 'Queued' },
    { key: 'started', label: 'Started' },
    { key: 'finished', label: 'Completed' },
  ],
};

// What the table shows: which jobs and in which order, not how many (ADR 11).
function describeList(state: JobListState, queue: QueueName | undefined): string {
  return `${JOB_STATE_NAMES[state]} jobs${queue ? ` in ${queue}` : ''}, newest first`;
}

function time(date: Date | null): ReactNode {
  if (!date) return '—';
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await authorize('read', 'Job')).allowed) return renderForbidden();

  const { state, queue, cursor } = parseJobListParams(await searchParams);
  const list = await listJobs({ state, queue, cursor });

  // Paging keeps the state and the queue.
  const pageHref = (page: Cursor<string> | null) =>
    page ? jobsPath({ state, queue, ...page }) : undefined;

  const cells = (job: JobListRow): Record<JobColumn, ReactNode> => ({
    queue: job.queue,
    id: <span className="font-mono text-sm break-all">{job.id}</span>,
    status: job.state === 'retry' ? 'Waiting to retry' : 'Waiting',
    attempts: `${job.attempts} of ${job.maxAttempts}`,
    created: time(job.createdOn),
    started: time(job.startedOn),
    finished: time(job.completedOn),
    // The whole message, as written: a payload's errors are one per line.
    error: job.error && (
      <pre className="font-mono text-sm break-words whitespace-pre-wrap">{job.error}</pre>
    ),
    retry: <JobRetryForm job={job} listQueue={queue} />,
  });

  return (
    <>
      <PageHeader
        heading="Jobs"
        description="Work the app does in the background, such as the emails a new widget sends."
      />

      <JobFilters state={state} queue={queue} />

      <DataTable
        caption={describeList(state, queue)}
        columns={COLUMNS[state]}
        rows={list.jobs.map((job) => ({ key: job.id, cells: cells(job) }))}
        emptyMessage={`No ${JOB_STATE_NAMES[state].toLowerCase()} jobs${queue ? ` in ${queue}` : ''}.`}
      />

      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />

      {(state === 'completed' || state === 'failed') && (
        <p className="mt-6 text-muted">
          A finished job is kept for {FINISHED_JOB_RETENTION_DAYS} days, then deleted.
        </p>
      )}
    </>
  );
}
