'use server';
// The job retry resource's form action: create. Retrying a failed job is not one of a job's seven
// actions, so it is a resource of its own (ARCHITECTURE.md §3), posted from /jobs. Parse the
// form with zod, authorize, call the service, then redirect back to the list with a flash.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize } from '@/lib/authorization';
import { setFlash } from '@/lib/flash';
import { answerForbidden } from '@/lib/form-response';
import { formFields, parseJobId, parseQueueName, userText } from '@/lib/params';
import { jobsPath } from '@/lib/routes';
import { JobRetrier } from '@/services/job-retrier';

// The job (its queue and id) and the queue the list was filtered by, if any, to go back to. A
// queue or id that cannot name a job reads as null: the job is not there.
const jobRetryFormSchema = z
  .object({ queue: userText, id: userText, list_queue: userText })
  .transform(({ queue, id, list_queue }) => ({
    queue: parseQueueName(queue),
    id: parseJobId(id),
    listQueue: parseQueueName(list_queue) ?? undefined,
  }));

/** Each failed job's row on /jobs posts its queue and id in hidden fields. */
export async function createJobRetry(formData: FormData): Promise<void> {
  const { queue, id, listQueue } = jobRetryFormSchema.parse(formFields(formData));
  if (!(await authorize('update', 'Job')).allowed) return answerForbidden();

  // Back to the failed jobs, the list the form was on, keeping its queue filter.
  const list = jobsPath({ state: 'failed', queue: listQueue });
  if (queue === null || id === null) return leaveUnretried(list, 'not-found');
  const result = await new JobRetrier().retryJob(queue, id);
  if (!result.retried) return leaveUnretried(list, result.reason);

  await setFlash({ kind: 'notice', message: 'Job queued to run again.' });
  redirect(list);
}

const NOT_RETRIED_MESSAGES = {
  'not-found': 'That job no longer exists.',
  'not-failed': 'That job has not failed, so it was not retried.',
} as const;

// The job is gone (deleted by pg-boss's retention, or an id made up) or was not failed (someone
// retried it first): the list, saying so.
async function leaveUnretried(
  list: string,
  reason: keyof typeof NOT_RETRIED_MESSAGES,
): Promise<never> {
  await setFlash({ kind: 'alert', message: NOT_RETRIED_MESSAGES[reason] });
  redirect(list);
}
