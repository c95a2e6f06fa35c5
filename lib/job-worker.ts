import 'server-only';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  type ConstructorOptions,
  type Job,
  type JobResult,
  PgBoss,
  type WorkOptions,
} from 'pg-boss';
import { JOB_HANDLERS } from '@/jobs/handlers';
import {
  JOB_QUEUE_SCHEMA,
  QUEUE_NAMES,
  type QueueName,
  requestIdOf,
  traceContextOf,
} from '@/jobs/queues';
import { env } from '@/lib/env';
import { reportError } from '@/lib/error-reporter';
import { logger } from '@/lib/logger';
import { metrics } from '@/lib/metrics';
import { runWithRequestContext } from '@/lib/request-context';
import { inSpan, traceContextFrom } from '@/lib/tracing';

// The worker's side of pg-boss (ARCHITECTURE.md §7): works every queue of jobs/queues.ts with its
// handler from jobs/handlers.ts, inside the request context of the request that queued the job.
// worker.ts runs it as its own process (`npm run worker`); bin/bench-jobs.ts runs it in-process.

/**
 * A worker also supervises: every 10 s it retries the jobs of workers that died (their heartbeat
 * stopped) or hung (expired). Its schema is installed by `npm run db:migrate`, not here.
 */
export const WORKER_OPTIONS = {
  schema: JOB_QUEUE_SCHEMA,
  supervise: true,
  superviseIntervalSeconds: 10,
  monitorIntervalSeconds: 10,
  schedule: false,
  migrate: false,
  createSchema: false,
  // Queues opt in with `notify` (jobs/queues.ts): a job is picked up as soon as it is committed.
  useListenNotify: true,
} as const satisfies ConstructorOptions;

/**
 * How each queue is fetched. Pickup is immediate through LISTEN/NOTIFY; the polls are its
 * backstop (every 2 s while notifications arrive, every 0.5 s, pg-boss's minimum, when they
 * cannot) and what finds retries, which are not notified. Up to 10 jobs are fetched at a time
 * and fetching goes on without pause while batches come back full, so a backlog drains at full
 * speed; each job of a batch still succeeds or fails on its own (`perJobResults`).
 */
export const WORK_OPTIONS = {
  batchSize: 10,
  burstWhenBatchFull: true,
  perJobResults: true,
  pollingIntervalSeconds: 0.5,
  notifyPollingIntervalSeconds: 2,
} as const satisfies WorkOptions;

/** How long a stopping worker waits for its running jobs before it hands them back for retry. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Runs one job in its request's context and in a span of the trace that queued it (while
 * tracing is on); logs its start and its end, completed or failed (a failure goes to the error
 * reporter), and counts it in the job metrics.
 */
async function runJob(queue: QueueName, job: Job<unknown>): Promise<JobResult> {
  // Jobs queued outside a request (a script, the console) are logged under their own id.
  const requestId = requestIdOf(job.data) ?? `job-${job.id}`;
  const fields = { queue, jobId: job.id, attempt: job.retryCount + 1 };
  // Attribute names from OpenTelemetry's messaging conventions, plus the request id for logs.
  const attributes = {
    'messaging.system': 'pg-boss',
    'messaging.destination.name': queue,
    'messaging.message.id': job.id,
    'widgets.job.attempt': fields.attempt,
    'widgets.request_id': requestId,
  };
  const parent = traceContextFrom(traceContextOf(job.data));
  return runWithRequestContext({ requestId }, () =>
    inSpan(`process ${queue}`, { kind: SpanKind.CONSUMER, attributes, parent }, async (span) => {
      logger.info(fields, `Job ${queue} started`);
      const stopTimer = metrics.jobDuration.startTimer({ queue });
      const started = performance.now();
      const durationMs = () => Math.round(performance.now() - started);
      try {
        const output = await JOB_HANDLERS[queue](job.data);
        stopTimer();
        metrics.jobsCompleted.inc({ queue });
        logger.info({ ...fields, durationMs: durationMs(), output }, `Job ${queue} completed`);
        return { id: job.id, status: 'completed', output };
      } catch (error) {
        stopTimer();
        metrics.jobsFailed.inc({ queue });
        // pg-boss stores the error as the job's output and retries the job while retries remain.
        reportError(error, {
          source: 'job',
          job: queue,
          jobId: job.id,
          attempt: fields.attempt,
          details: { queue, durationMs: durationMs() },
        });
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        return { id: job.id, status: 'failed', output: error };
      }
    }),
  );
}

/** Starts pg-boss and works every queue. Stop it with `worker.stop({ graceful: true, ... })`. */
export async function startJobWorker(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env.databaseUrl, ...WORKER_OPTIONS });
  boss.on('error', (error) => logger.error({ err: error }, 'Job queue error'));
  boss.on('warning', ({ message, data }) => logger.warn({ data }, `Job queue: ${message}`));
  await boss.start();
  for (const queue of QUEUE_NAMES) {
    await boss.work(queue, WORK_OPTIONS, (jobs) =>
      Promise.all(jobs.map((job) => runJob(queue, job))),
    );
  }
  return boss;
}
