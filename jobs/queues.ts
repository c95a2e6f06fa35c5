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

/** Retries with exponential backoff; a job that runs longer than this is taken as crashed. */
export const QUEUE_OPTIONS = {
  retryLimit: 5,
  retryDelay: 2,
  retryBackoff: true,
  expireInSeconds: 60,
} as const;
