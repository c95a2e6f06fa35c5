import { createJobRetry } from '@/app/job_retries/actions';
import { Button } from '@/components/button';
import type { QueueName } from '@/jobs/queues';

/**
 * A failed job's "Retry" button: a form posting the job's queue and id, and the queue the list is
 * filtered by (to come back to), to createJobRetry. A plain post without JavaScript.
 */
export function JobRetryForm({
  job,
  listQueue,
}: {
  job: { queue: QueueName; id: string };
  listQueue?: QueueName;
}) {
  return (
    <form action={createJobRetry}>
      <input type="hidden" name="queue" value={job.queue} />
      <input type="hidden" name="id" value={job.id} />
      {listQueue && <input type="hidden" name="list_queue" value={listQueue} />}
      <Button variant="secondary">Retry</Button>
    </form>
  );
}
