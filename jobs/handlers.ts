import 'server-only';
import type { QueueName } from '@/jobs/queues';
import { highPricedWidgetCheck } from './high-priced-widget-check';
import { widgetFromNewManufacturerCheck } from './widget-from-new-manufacturer-check';

/**
 * The handler of every queue in jobs/queues.ts, which the worker (lib/job-worker.ts) registers.
 * A queue without a handler here does not compile. A handler gets the job's payload as stored
 * (untrusted JSON), parses it, and returns what pg-boss keeps as the job's output.
 */
export const JOB_HANDLERS: Record<QueueName, (data: unknown) => Promise<unknown>> = {
  'high-priced-widget-check': highPricedWidgetCheck,
  'widget-from-new-manufacturer-check': widgetFromNewManufacturerCheck,
};
