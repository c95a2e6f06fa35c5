import 'server-only';
import { SpanKind } from '@opentelemetry/api';
import { PgBoss, fromPrisma } from 'pg-boss';
import type { Prisma } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/lifecycle';
import { logger } from '@/lib/logger';
import { currentRequestContext } from '@/lib/request-context';
import { currentTraceContext, inSpan } from '@/lib/tracing';
import { JOB_QUEUE_SCHEMA, type JobPayload, type QueueName } from '@/jobs/queues';

// pg-boss on the app's own PostgreSQL (ARCHITECTURE.md §7). The web process only sends jobs; the
// worker (worker.ts) works them. Its schema and queues are created by `npm run db:migrate`.

const globalForJobs = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

/** The process's pg-boss client for sending jobs (no maintenance, no schema changes). */
export function jobQueue(): Promise<PgBoss> {
  globalForJobs.jobQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: env.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      supervise: false,
      schedule: false,
      migrate: false,
      createSchema: false,
    });
    // pg-boss reports connection trouble as 'error' events; unheard, one would end the process.
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    // Closed once the web process has served its last request (lib/graceful-shutdown.ts).
    onShutdown('job queue', () => boss.stop());
    return boss;
  })();
  return globalForJobs.jobQueue;
}

/**
 * Queues a job inside the caller's transaction: if the transaction rolls back, the job is gone
 * too. The current request id travels with the job so the worker's log lines carry it, and so
 * does the trace (while tracing is on), so that the job's spans join the request's trace.
 */
export async function enqueueJob<Name extends QueueName>(
  tx: Prisma.TransactionClient,
  queue: Name,
  payload: Omit<JobPayload<Name>, 'requestId'>,
): Promise<void> {
  const boss = await jobQueue();
  const requestId = currentRequestContext()?.requestId;
  // Attribute names from OpenTelemetry's messaging conventions.
  const attributes = { 'messaging.system': 'pg-boss', 'messaging.destination.name': queue };
  await inSpan(`send ${queue}`, { kind: SpanKind.PRODUCER, attributes }, async (span) => {
    const traceContext = currentTraceContext();
    const jobId = await boss.send(
      queue,
      { ...payload, requestId, traceContext },
      { db: fromPrisma(tx) },
    );
    if (jobId) span.setAttribute('messaging.message.id', jobId);
  });
}
