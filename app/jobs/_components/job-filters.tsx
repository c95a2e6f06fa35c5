import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/button';
import { QUEUE_NAMES, type QueueName } from '@/jobs/queues';
import { JOB_LIST_STATES, type JobListState } from '@/lib/params';
import { jobsPath } from '@/lib/routes';

/** How each group of states is named on the page (PRODUCT.md §4: queued, running, failed, finished). */
export const JOB_STATE_NAMES: Record<JobListState, string> = {
  queued: 'Queued',
  active: 'Running',
  failed: 'Failed',
  completed: 'Completed',
};

/**
 * What the jobs list shows: one group of states, chosen by a link (keeping the queue), and
 * optionally one queue, chosen with a GET form (keeping the state). Both start again from the
 * first page, and both work without JavaScript.
 */
export function JobFilters({ state, queue }: { state: JobListState; queue?: QueueName }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <nav aria-label="Job states">
        <ul className="flex flex-wrap gap-6">
          {JOB_LIST_STATES.map((option) => (
            <li key={option}>
              <Link
                href={jobsPath({ state: option, queue })}
                aria-current={option === state ? 'page' : undefined}
                className="link aria-[current=page]:font-bold aria-[current=page]:text-text aria-[current=page]:no-underline"
              >
                {JOB_STATE_NAMES[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form action={jobsPath()} className="flex items-end gap-2">
        <input type="hidden" name="state" value={state} />
        <div className="flex flex-col gap-1">
          <label htmlFor="queue" className="font-semibold">
            Queue
          </label>
          <select
            id="queue"
            name="queue"
            defaultValue={queue ?? ''}
            className="rounded-md border border-border px-3 py-2"
          >
            <option value="">All queues</option>
            {QUEUE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <Button>Show</Button>
      </Form>
    </div>
  );
}
