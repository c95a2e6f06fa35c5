// Every background job queue, with its payload and retry policy: the one list the web process
// (sending), the worker (working) and bin/db.ts (creating the queues) read.
import { z } from 'zod';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

const requestId = z.string().max(128).optional();

export const JOB_PAYLOADS = {
  'high-priced-widget-check': z.object({
    widgetId: z.number().int().positive(),
    priceCents: z.number().int(),
    requestId,
  }),
  'widget-from-new-manufacturer-check': z.object({
    widgetId: z.number().int().positive(),
    manufacturerCreatedAt: z.iso.datetime({ offset: true }),
    requestId,
  }),
} as const;

export type QueueName = keyof typeof JOB_PAYLOADS;
export type JobPayload<Name extends QueueName> = z.infer<(typeof JOB_PAYLOADS)[Name]>;

export const QUEUE_NAMES = Object.keys(JOB_PAYLOADS) as QueueName[];

/** A job's payload as typed values; throws an error naming each bad field when it does not parse. */
export function parseJobPayload<Name extends QueueName>(
  queue: Name,
  data: unknown,
): JobPayload<Name> {
  const result = JOB_PAYLOADS[queue].safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid ${queue} payload:\n${z.prettifyError(result.error)}`);
  }
  return result.data as JobPayload<Name>;
}

/**
 * The request id a job's payload carries, read on its own: the worker logs a job with it even
 * when the rest of the payload does not parse.
 */
export function requestIdOf(data: unknown): string | undefined {
  return z.object({ requestId }).safeParse(data).data?.requestId;
}

/**
 * The trace a job was queued in (W3C traceparent/tracestate; lib/tracing.ts), carried beside the
 * payload while tracing is on. Every queue has it, so no payload schema lists it.
 */
export function traceContextOf(data: unknown): Record<string, string> | undefined {
  const traceContext = z.record(z.string().max(64), z.string().max(512)).optional();
  return z.object({ traceContext }).safeParse(data).data?.traceContext;
}

/**
 * How long pg-boss keeps a finished job (completed or failed) before the worker's maintenance
 * deletes it: what /jobs can show, and how long a failed job can be retried from there.
 */
export const FINISHED_JOB_RETENTION_DAYS = 7;

/**
 * How pg-boss runs every queue's jobs:
 * - a job that throws is retried 5 times with exponential backoff (waits from about 2 s,
 *   doubling each time, with jitter), then recorded as failed;
 * - a running job's worker refreshes its heartbeat every 5 s: a job whose worker died (crash,
 *   SIGKILL) is retried once its heartbeat is 10 s old, and one still running after 60 s is
 *   taken as hung and retried too;
 * - `notify` wakes idle workers the moment a job is queued (LISTEN/NOTIFY), rather than at
 *   their next poll;
 * - a finished job is kept for FINISHED_JOB_RETENTION_DAYS (pg-boss's default, said here because
 *   the jobs page depends on it).
 */
export const QUEUE_OPTIONS = {
  retryLimit: 5,
  retryDelay: 2,
  retryBackoff: true,
  heartbeatSeconds: 10,
  expireInSeconds: 60,
  notify: true,
  deleteAfterSeconds: FINISHED_JOB_RETENTION_DAYS * 24 * 60 * 60,
} as const;
